using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Tests.Data.Migrations;

/// <summary>
/// Issue 16, item 1: rows written before the fix hold short-answer alternatives of 0% without a weight (the JSON writer
/// left defaults out), which read back as 100%. The MoodleQuestions migration gives them their 0 back, in the bank and
/// in attempts, and leaves every written weight alone.
/// </summary>
public sealed class ZeroWeightRepairTests : IDisposable
{
    // Exactly what the writer produced before the fix: "weight" left out where it was 0, written where it was 100 or 50.
    private const string WrittenWrongly =
        """{"textAfterBlank":"","choices":[],"acceptedAnswers":[{"text":"Bandar Lampung","weight":100,"feedback":""},{"text":"Metro","feedback":"kota lain"},{"text":"Bandar*","weight":50,"feedback":""}],"numericalAnswers":[],"feedbackForOtherNumbers":"","matchingPairs":[]}""";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "smartvillage-tests", Guid.NewGuid().ToString("N"));

    public ZeroWeightRepairTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }

    [Fact]
    public async Task MoodleQuestionsMigration_AlternativeStoredWithoutWeight_ReadsBackAsZeroInBankAndAttempt()
    {
        var options = new DbContextOptionsBuilder<SqliteLearningDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "old.db")}")
            .UseApplicationServiceProvider(DesignTimeServices.Create())
            .Options;
        await using var context = new SqliteLearningDbContext(options);
        var migrations = context.Database.GetMigrations().ToList();
        var repair = migrations.FindIndex(m => m.EndsWith("_MoodleQuestions", StringComparison.Ordinal));
        Assert.True(repair > 0, "The MoodleQuestions migration must follow an earlier one.");
        var migrator = context.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[repair - 1]);

        await context.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        await ExecuteAsync(connection, "PRAGMA foreign_keys = OFF;");
        await InsertAsync(connection, "BankQuestions", new() { ["Id"] = 1, ["Type"] = "ShortAnswer", ["TextFormat"] = "Moodle", ["Text"] = "Ibu kota Lampung?", ["PartsJson"] = WrittenWrongly });
        await InsertAsync(connection, "AttemptQuestions", new() { ["Id"] = 1, ["BankQuestionId"] = 1, ["Number"] = 1, ["Type"] = "ShortAnswer", ["TextFormat"] = "Moodle", ["Text"] = "Ibu kota Lampung?", ["PartsJson"] = WrittenWrongly, ["ChoiceOrder"] = "", ["FeedbackJson"] = "[]" });

        await migrator.MigrateAsync();

        var bank = await context.BankQuestions.AsNoTracking().Where(q => q.Id == 1).Select(q => q.Parts).SingleAsync();
        var attempt = await context.AttemptQuestions.AsNoTracking().Where(q => q.Id == 1).Select(q => q.Parts).SingleAsync();
        foreach (var parts in new[] { bank, attempt })
        {
            Assert.Equal([100m, 0m, 50m], parts.AcceptedAnswers.Select(a => a.Weight));
            Assert.Equal(["Bandar Lampung", "Metro", "Bandar*"], parts.AcceptedAnswers.Select(a => a.Text));
            Assert.Equal("kota lain", parts.AcceptedAnswers[1].Feedback);
        }
        var question = bank.ApplyTo(Question.ShortAnswer("Ibu kota Lampung?", []));
        Assert.Equal(0, AnswerGrader.Grade(question, new TextResponse("Metro")).Fraction);
        Assert.Equal(0.3333333m, await context.BankQuestions.Where(q => q.Id == 1).Select(q => q.Penalty).SingleAsync());
    }

    [Fact]
    public void SqlServerScript_RepairsTheSameRows_InBankAndAttempts()
    {
        // No SQL Server runs here: the script is checked for the repair of both tables, as the DBA would receive it.
        using var context = new SqlServerLearningDbContextDesignFactory().CreateDbContext([]);

        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("FROM [BankQuestions] AS q", script);
        Assert.Contains("FROM [AttemptQuestions] AS q", script);
        Assert.Contains("JSON_MODIFY(a.[value], '$.weight', 0)", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_BankQuestions_CategoryId_IdNumber] ON [BankQuestions] ([CategoryId], [IdNumber]) WHERE IdNumber IS NOT NULL", script);
    }

    /// <summary>Inserts a row with the given values and a plain value for every other NOT NULL column, whatever the schema of the day.</summary>
    private static async Task InsertAsync(SqliteConnection connection, string table, Dictionary<string, object> values)
    {
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"PRAGMA table_info({table});";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var (name, type, notNull, hasDefault) = (reader.GetString(1), reader.GetString(2), reader.GetInt32(3) == 1, !reader.IsDBNull(4));
                if (notNull && !hasDefault && !values.ContainsKey(name))
                    values[name] = type.Equals("INTEGER", StringComparison.OrdinalIgnoreCase) ? 1 : name.EndsWith("At", StringComparison.Ordinal) ? "2026-11-28 08:00:00+00:00" : "0";
            }
        }
        await using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO {table} ({string.Join(", ", values.Keys)}) VALUES ({string.Join(", ", values.Keys.Select(k => "$" + k))});";
        foreach (var (key, value) in values) insert.Parameters.AddWithValue("$" + key, value);
        await insert.ExecuteNonQueryAsync();
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
