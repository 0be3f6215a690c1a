using FluentValidation;
using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Regions;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Features.Catalog;
using SmartVillage.Learning.Features.Certificates;
using SmartVillage.Learning.Features.Competencies;
using SmartVillage.Learning.Features.Learning;
using SmartVillage.Learning.Features.Mentoring;
using SmartVillage.Learning.Features.Messaging;
using SmartVillage.Learning.Features.Networks;
using SmartVillage.Learning.Infrastructure.Clock;
using SmartVillage.Learning.Features.Workshops;
using SmartVillage.Learning.Seeding;
using SmartVillage.Learning.Infrastructure.Markdown;
using SmartVillage.Learning.Features.Reports;
using SmartVillage.Learning.Features.Evaluations;
using SmartVillage.Learning.Features.Calendar;
using SmartVillage.Learning.Features.ContentImport;
using SmartVillage.Learning.Features.Home;
using SmartVillage.Learning.Startup;
using SmartVillage.Learning.Shared;
using SmartVillage.Learning.Shared.Events;

namespace SmartVillage.Learning;

public static class LearningCoreServiceCollectionExtensions
{
    /// <summary>Everything the web host and the command-line verbs share: data, clock, rules, use cases.</summary>
    public static IServiceCollection AddLearningCore(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (AdjustableClock.IsRequested(configuration))
        {
            if (!AdjustableClock.IsAllowed(environment))
                throw new InvalidOperationException($"{AdjustableClock.SwitchKey} is for tests only and refused in the {environment.EnvironmentName} environment.");
            services.AddSingleton<TimeProvider>(new AdjustableClock());
        }
        else
        {
            services.AddSingleton(TimeProvider.System);
        }
        services.AddLearningData(configuration, environment);
        services.AddSingleton<DatabaseInitializer>();
        // The content validators are built per import with what the content itself declares (its tracks).
        services.AddValidatorsFromAssemblyContaining<OfficialRosterRowValidator>(
            filter: r => r.ValidatorType.Namespace != typeof(SmartVillage.Domain.Content.CourseManifestValidator).Namespace
                         && r.ValidatorType.Namespace != typeof(SmartVillage.Domain.Competencies.CompetencyFrameworkValidator).Namespace);
        services.AddValidatorsFromAssemblyContaining<NewUserFormValidator>();
        services.AddSingleton<MarkdownRenderer>();
        services.Configure<QuestionContentOptions>(configuration.GetSection(QuestionContentOptions.Section));
        services.AddSingleton<QuestionTextRenderer>();
        services.AddSingleton<SharedMarkup>();
        services.AddDomainEvents();
        services.AddRegionsFeature();
        services.AddContentImportFeature(configuration);
        services.AddCatalogFeature();
        services.AddLearningFeature();
        services.AddAuthoringFeature();
        services.AddWorkshopsFeature(configuration);
        services.AddAssessmentsFeature();
        services.AddMentoringFeature();
        services.AddCertificatesFeature(configuration);
        services.AddNetworksFeature();
        services.AddCompetenciesFeature();
        services.AddMessagingFeature(configuration);
        services.AddReportsFeature();
        services.AddEvaluationsFeature();
        services.AddCalendarFeature();
        services.AddHomeFeature();
        services.AddAccountsCore();
        services.AddSeeding();
        return services;
    }
}
