using FluentValidation;
using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Features.Regions;
using SmartVillage.Learning.Infrastructure.Content;

namespace SmartVillage.Learning;

public static class LearningCoreServiceCollectionExtensions
{
    /// <summary>Everything the web host and the command-line verbs share: data, clock, rules, use cases.</summary>
    public static IServiceCollection AddLearningCore(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(TimeProvider.System);
        services.Configure<ContentOptions>(configuration.GetSection(ContentOptions.Section));
        services.AddLearningData(configuration, environment);
        services.AddSingleton<DatabaseInitializer>();
        services.AddValidatorsFromAssemblyContaining<OfficialRosterRowValidator>();
        services.AddValidatorsFromAssemblyContaining<NewUserFormValidator>();
        services.AddSingleton<RegionCatalogImporter>();
        services.AddScoped<RegionDirectory>();
        services.AddAccountsCore();
        return services;
    }
}
