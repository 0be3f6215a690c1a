using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Tests.TestSupport;
using Xunit.Abstractions;

namespace SmartVillage.Learning.Tests.Data.SqlServer;

/// <summary>
/// Issue 15 item 4: every service of every feature, run on the app's own SQL Server registration with no server behind
/// it (<see cref="NoServerInterceptor"/>), through <see cref="ServiceSweep"/>. Each query must translate for SQL Server,
/// and every command it would send must parse as T-SQL. What this cannot prove (query plans, locking, data-dependent
/// branches a fake row does not reach) is listed in docs/deployment.md.
/// </summary>
public sealed partial class SqlServerQueryTranslationTests(ITestOutputHelper output)
{
    [GeneratedRegex("could not be translated|translation of|cannot be translated|execution strategy|is not supported|not supported by", RegexOptions.IgnoreCase)]
    private static partial Regex TranslationFailure();

    [Fact]
    public async Task EveryServiceQuery_TranslatesForSqlServer_AndParsesAsTSql()
    {
        var interceptor = new NoServerInterceptor();
        var folder = Directory.CreateTempSubdirectory("smartvillage-sqlserver-").FullName;
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "SqlServer",
                ["ConnectionStrings:Learning"] = "Server=sql.invalid;Database=SmartVillage;User Id=app;Password=never-used;TrustServerCertificate=True;Connect Timeout=1",
                ["Content:Path"] = RepositoryPaths.Content,
            }).Build();
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddSingleton<IConfiguration>(configuration);
            services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(folder, "Production"));
            services.AddSingleton<IHostApplicationLifetime>(new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance));
            services.AddLearningCore(configuration, new TestHostEnvironment(folder, "Production"));
            services.ConfigureDbContext<SqlServerLearningDbContext>(o => o.AddInterceptors(interceptor));
            var appServices = services.Where(d => d.ImplementationType?.Namespace?.StartsWith("SmartVillage.Learning.", StringComparison.Ordinal) == true)
                .Select(d => d.ImplementationType!).Distinct().ToList();
            foreach (var type in appServices) services.AddScoped(type);
            // A service split or moved keeps its registration, so it stays swept: every feature's *Service class must be here.
            var unswept = typeof(LearningDbContext).Assembly.GetTypes()
                .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && t.Name.EndsWith("Service", StringComparison.Ordinal)
                            && t.Namespace?.StartsWith("SmartVillage.Learning.Features.", StringComparison.Ordinal) == true)
                .Except(appServices).Select(t => t.FullName).ToList();
            Assert.True(unswept.Count == 0, "Feature services the sweep does not reach (not registered?): " + string.Join(", ", unswept));
            await using var provider = services.BuildServiceProvider();

            var calls = await new ServiceSweep(provider).RunAsync(appServices);

            var commands = interceptor.Commands;
            var untranslated = calls.Where(c => c.Failure is { } e && TranslationFailure().IsMatch(e.ToString().Split(" at ")[0])).ToList();
            var distinct = commands.GroupBy(c => c.Sql).ToList();
            var parseErrors = distinct.Select(g => (g.First().Call, Sql: g.Key, Errors: TSqlParse.Errors(g.Key))).Where(x => x.Errors.Count > 0).ToList();

            var features = appServices.Select(FeatureOf).Distinct().Order().ToList();
            var reached = commands.Where(c => c.Call != "(outside a call)").Select(c => FeatureOf(appServices.First(t => c.Call.StartsWith(t.Name + ".", StringComparison.Ordinal)))).Distinct().ToHashSet();
            var methods = calls.Select(c => c.Label).Distinct().Count();
            var withSql = commands.Select(c => c.Call).Distinct().Count();
            output.WriteLine($"{appServices.Count} services, {methods} methods, {calls.Count} calls ({calls.Count(c => c.NotCalled is not null)} not made), " +
                             $"{withSql} methods sent SQL: {commands.Count} commands, {distinct.Count} distinct, all parsed as T-SQL.");
            foreach (var feature in features) output.WriteLine($"  {feature}: {commands.Count(c => c.Call != "(outside a call)" && FeatureOf(appServices.First(t => c.Call.StartsWith(t.Name + ".", StringComparison.Ordinal))) == feature)} commands");
            foreach (var notCalled in calls.Where(c => c.NotCalled is not null).Select(c => $"{c.Label}: {c.NotCalled}").Distinct()) output.WriteLine("  " + notCalled);

            Assert.True(untranslated.Count == 0, "Not translatable for SQL Server:\n" + string.Join("\n\n", untranslated.Select(c => $"{c.Label} [{c.Pass}]: {c.Failure!.Message}").Distinct().Take(10)));
            Assert.True(parseErrors.Count == 0, "Not valid T-SQL:\n" + string.Join("\n\n", parseErrors.Take(10).Select(p => $"{p.Call}: {string.Join("; ", p.Errors)}\n{p.Sql}")));
            foreach (var slow in calls.OrderByDescending(c => c.Elapsed).Take(12)) output.WriteLine($"  slow: {slow.Label} [{slow.Pass}] {slow.Elapsed.TotalMilliseconds:0} ms");
            // Without SQL by design: Markdown touches no database; Data registers only the context factory; the event dispatcher
            // only calls its reactions (swept as their features' services); backups copy SQLite files; synthetic data is SQLite only;
            // Shared keeps one copy of markup that open pages share.
            var silent = features.Except(["Infrastructure.Markdown", "Data", "Shared", "Shared.Events", "Data.Backups", "Seeding.Synthetic"]).Where(f => !reached.Contains(f)).ToList();
            Assert.True(silent.Count == 0, "No SQL reached from: " + string.Join(", ", silent));
            Assert.True(distinct.Count > 300, $"Only {distinct.Count} distinct commands: the sweep stopped short.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string FeatureOf(Type type) => type.Namespace!["SmartVillage.Learning.".Length..].Replace("Features.", "");
}
