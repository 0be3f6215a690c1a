using Microsoft.AspNetCore.Identity;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>Identity stores and account use cases, shared by the web host and the command line.</summary>
    public static IdentityBuilder AddAccountsCore(this IServiceCollection services)
    {
        // OWASP's 2023 floor for PBKDF2-HMAC-SHA256; the framework default is 100,000.
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);
        services.AddScoped<OfficialRosterImporter>();
        services.AddScoped<UserDirectory>();
        services.AddScoped<SignInNameResolver>();
        services.AddSingleton<DecoyPassword>();

        return services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Password.RequiredLength = 8;
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<LearningDbContext>()
            .AddClaimsPrincipalFactory<LearningClaimsPrincipalFactory>();
    }
}
