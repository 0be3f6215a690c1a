using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Tests.Startup;

#pragma warning disable EF1001 // EF's own migrations lookup, extended: the only way to add a migration without building another app.
/// <summary>The app's migrations plus <see cref="NextReleaseMigration"/>: what the next release's build would hold.</summary>
public sealed class NextReleaseMigrations(
    ICurrentDbContext currentContext,
    IDbContextOptions options,
    IMigrationsIdGenerator idGenerator,
    IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
    : MigrationsAssembly(currentContext, options, idGenerator, logger)
{
    public override IReadOnlyDictionary<string, TypeInfo> Migrations =>
        new SortedDictionary<string, TypeInfo>(base.Migrations.ToDictionary(), StringComparer.Ordinal)
        {
            [NextReleaseMigration.Id] = typeof(NextReleaseMigration).GetTypeInfo(),
        };

    /// <summary>The app's own registration, built with the next release's migrations.</summary>
    public static void Register(IServiceCollection services) =>
        services.ConfigureDbContext<SqliteLearningDbContext>(o => o.ReplaceService<IMigrationsAssembly, NextReleaseMigrations>());
}
#pragma warning restore EF1001
