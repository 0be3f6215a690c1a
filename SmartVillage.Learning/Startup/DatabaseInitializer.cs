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
    /// <summary>Applies this version's pending migrations; returns the migration the database is at afterwards.</summary>
    public async Task<string> MigrateAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var known = db.Database.GetMigrations().ToList();
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        var unknown = applied.Except(known).ToList();
        // Migration ids begin with their creation time. Unknown ones after this version's last were applied by a newer
        // release's `db migrate` during an upgrade: this version keeps running on that schema until its instance is
        // switched (docs/deployment.md, "Upgrade"), so a crashed old instance can start again. Unknown ones before it
        // come from another history.
        var latest = known.LastOrDefault() ?? "";
        var foreign = unknown.Where(id => string.CompareOrdinal(id, latest) < 0).ToList();
        if (foreign.Count > 0)
            throw new InvalidOperationException(
                $"The database was made by migrations this version does not have ({string.Join(", ", foreign)}): the migrations were squashed " +
                "into one before the first production install (decision 0015). Delete the development database (App_Data/learning.db) and start again.");
        var newer = unknown.Except(foreign).ToList();
        if (newer.Count > 0)
        {
            logger.LogWarning("The database was migrated by a newer release ({Migrations}); this version runs on it until it is upgraded", string.Join(", ", newer));
            return newer.Max(StringComparer.Ordinal)!;
        }
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while one writer writes; the setting sticks to the file.
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
        }
        var pending = known.Except(applied).ToList();
        if (pending.Count > 0)
        {
            // EF Core holds a database lock while it migrates (SQLite: the __EFMigrationsLock table; SQL Server: sp_getapplock)
            // and reads the history again under it, so instances and `db migrate` started together apply each migration once.
            logger.LogInformation("Migrating: {Count} migration(s) pending ({Migrations})", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(ct);
        }
        return latest;
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
