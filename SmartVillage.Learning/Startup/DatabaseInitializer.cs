using SmartVillage.Learning.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Features.Workshops.Attendance;
using SmartVillage.Learning.Features.Competencies;
using SmartVillage.Learning.Features.Regions;
using SmartVillage.Learning.Infrastructure.Content;
using SmartVillage.Learning.Features.ContentImport;
using SmartVillage.Learning.Seeding.Demo;

namespace SmartVillage.Learning.Startup;

/// <summary>
/// Brings the database to the current schema and fills what a new database needs: roles, the
/// regions of Lampung and (outside Production) the demo accounts. Migrations are the only way the schema is made.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<LearningDbContext> dbFactory,
    DatabaseSettings settings,
    IServiceScopeFactory scopes,
    RegionCatalogImporter regions,
    ContentImporter content,
    EarnedEvidenceRefresher evidence,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        var unknown = (await db.Database.GetAppliedMigrationsAsync(ct)).Except(db.Database.GetMigrations()).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException(
                $"The database was made by migrations this version does not have ({string.Join(", ", unknown)}): the migrations were squashed " +
                "into one before the first production install (decision 0015). Delete the development database (App_Data/learning.db) and start again.");
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while one writer writes; the setting sticks to the file.
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
        }
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(ct);
        }
    }

    /// <summary>Migrates, then seeds what is missing. Returns true when demo data was seeded.</summary>
    public async Task<bool> InitializeAsync(CancellationToken ct = default)
    {
        await MigrateAsync(ct);
        await EnsureReferenceDataAsync(ct);
        // A database from before the stored evidence existed gets its copy once, on the first start after the upgrade.
        if (await evidence.FillIfEmptyAsync(ct)) logger.LogInformation("Competency evidence copied for existing officials");

        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.Users.AnyAsync(ct)) return false;
        }

        if (!configuration.GetValue("Database:SeedDemo", true) || environment.IsProduction()) return false;
        using var scope = scopes.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(ct);
        // Parts of the demo are written straight to the tables, past the hooks that keep the stored counts and evidence current.
        await using (var db = await dbFactory.CreateDbContextAsync(ct)) await RegistrationAttendance.RecountAsync(db, null, ct);
        await evidence.RebuildAsync(ct);
        return true;
    }

    /// <summary>Roles, the regions of Lampung and (into an empty catalog) the curricula of content/; returns what the database holds.</summary>
    public async Task<string> EnsureReferenceDataAsync(CancellationToken ct = default)
    {
        var regionSummary = await EnsureRolesAndRegionsAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Courses.AnyAsync(ct))
        {
            var imported = await content.ImportAsync(ct: ct);
            if (!imported.Succeeded)
                throw new InvalidOperationException("Content in " + string.Join("; ", imported.Errors));
        }
        return $"{regionSummary}, {await db.Courses.CountAsync(ct)} courses";
    }

    /// <summary>Roles and the regions of Lampung; returns the region counts.</summary>
    public async Task<string> EnsureRolesAndRegionsAsync(CancellationToken ct = default)
    {
        await EnsureRolesAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Villages.AnyAsync(ct)) await regions.ImportAsync(ct);
        return $"{await db.Regencies.CountAsync(ct)} regencies, {await db.Districts.CountAsync(ct)} districts, {await db.Villages.CountAsync(ct):N0} villages";
    }

    private async Task EnsureRolesAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            ct.ThrowIfCancellationRequested();
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        }
    }
}
