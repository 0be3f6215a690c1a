using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SmartVillage.Learning.Data;
using Xunit.Abstractions;

namespace SmartVillage.Learning.Tests.Data.SqlServer;

/// <summary>
/// Issue 15 item 4: no SQL Server runs on these machines, so what a DBA would run is checked as T-SQL instead: the
/// scripts EF Core generates from Data/Migrations/SqlServer, plain and idempotent (the form handed to a DBA).
/// </summary>
public sealed class SqlServerMigrationScriptTests(ITestOutputHelper output)
{
    public static TheoryData<string> Forms => new() { "plain", "idempotent" };

    [Theory]
    [MemberData(nameof(Forms))]
    public void MigrationScript_ParsesAsTSql(string form)
    {
        using var db = new SqlServerLearningDbContextDesignFactory().CreateDbContext([]);
        var migrations = db.Database.GetMigrations().ToList();
        var options = form == "idempotent" ? MigrationsSqlGenerationOptions.Idempotent : MigrationsSqlGenerationOptions.Default;

        var script = db.GetService<IMigrator>().GenerateScript(options: options);

        Assert.NotEmpty(migrations);
        foreach (var migration in migrations) Assert.Contains(migration, script);
        var errors = TSqlParse.Errors(script);
        Assert.True(errors.Count == 0, $"The {form} SQL Server script does not parse:\n{string.Join('\n', errors.Take(20))}");
        var statements = TSqlParse.StatementCount(script);
        Assert.True(statements > 100, $"Only {statements} statements parsed: the script was not read whole.");
        output.WriteLine($"{form}: {migrations.Count} migration(s), {statements} statements, {script.Length:N0} characters, no parse error.");
    }

    [Fact]
    public void Parser_RefusesSqliteDialect_SoAPassMeansSomething()
    {
        Assert.NotEmpty(TSqlParse.Errors("PRAGMA journal_mode = WAL;"));
        Assert.NotEmpty(TSqlParse.Errors("SELECT \"Id\" FROM \"Courses\" LIMIT 5;"));
        Assert.NotEmpty(TSqlParse.Errors("IF 1 = 1 BEGIN EXEC(N'CREATE TABLE [x] ([Id] int AUTOINCREMENT)'); END;"));
        Assert.Empty(TSqlParse.Errors("SELECT TOP(5) [c].[Id] FROM [Courses] AS [c] WHERE [c].[Slug] = @slug;"));
    }
}
