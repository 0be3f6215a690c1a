using Microsoft.EntityFrameworkCore;
using SmartVillage.Learning.Cli;
using SmartVillage.Learning.Tests.Features.Accounts;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Cli;

[Collection(CliCollection.Name)]
public class CommandLineTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    private Task<(int Exit, string Out, string Err)> RunAsync(string environmentName, params string[] args) =>
        CliHarness.RunAsync(database, environmentName, args);

    [Fact]
    public async Task Help_ListsEveryVerb()
    {
        var (exit, stdout, _) = await RunAsync("Development", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("db migrate", stdout);
        Assert.Contains("seed demo", stdout);
        Assert.Contains("officials import", stdout);
    }

    [Fact]
    public async Task UnknownVerb_ExitsWithUsageError()
    {
        var (exit, _, stderr) = await RunAsync("Development", "officials", "export");

        Assert.Equal(2, exit);
        Assert.Contains("Unknown command: officials export", stderr);
    }

    [Fact]
    public async Task OfficialsImport_FileWithOneBadRow_FailsNamingTheLineAndChangesNothing()
    {
        var file = await new RosterFileBuilder().Row().Row().Row(villageCode: "18.06.16.2999").Row().WriteToAsync(database.Folder);
        var before = await database.CountUsersAsync();

        var (exit, stdout, stderr) = await RunAsync("Development", "officials", "import", file);

        Assert.NotEqual(0, exit);
        Assert.Contains($"{file}:4:", stderr);
        Assert.Contains("18.06.16.2999", stderr);
        Assert.Contains("Nothing imported", stderr);
        Assert.Equal("", stdout);
        Assert.Equal(before, await database.CountUsersAsync());
    }

    [Fact]
    public async Task OfficialsImport_GoodFile_ImportsAndWritesPasswords()
    {
        var file = await new RosterFileBuilder().Rows(3).WriteToAsync(database.Folder);
        var passwords = Path.Combine(database.Folder, "passwords.csv");

        var (exit, stdout, stderr) = await RunAsync("Production", "officials", "import", file, "--passwords-out", passwords);

        Assert.True(exit == 0, stderr);
        Assert.Contains("3 created, 0 updated", stdout);
        Assert.Equal(3, await database.CountUsersAsync());
        var lines = await File.ReadAllLinesAsync(passwords);
        Assert.Equal("line,name,sign_in,first_password", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith($"2,Aparatur 1,{RosterFileBuilder.E164For(1)},", lines[1]);
    }

    [Fact]
    public async Task OfficialsImport_NameLikeAFormula_PasswordsFileHoldsItAsText()
    {
        var file = await new RosterFileBuilder().Row(name: "=HYPERLINK(\"http://evil.example\",\"Klik\")").Row(name: "@SUM(1+1)").WriteToAsync(database.Folder);
        var passwords = Path.Combine(database.Folder, "passwords.csv");

        var (exit, _, stderr) = await RunAsync("Production", "officials", "import", file, "--passwords-out", passwords);

        Assert.True(exit == 0, stderr);
        var lines = await File.ReadAllLinesAsync(passwords);
        // A spreadsheet shows these as text, not as a link or a sum, beside the passwords.
        Assert.StartsWith("2,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Klik\"\")\",", lines[1]);
        Assert.StartsWith("3,'@SUM(1+1),", lines[2]);
    }

    [Fact]
    public async Task OfficialsImport_MissingFile_IsAUsageError()
    {
        var (exit, _, stderr) = await RunAsync("Development", "officials", "import", Path.Combine(database.Folder, "nope.csv"));

        Assert.Equal(2, exit);
        Assert.Contains("File not found", stderr);
    }

    [Fact]
    public async Task SeedDemo_InProduction_IsRefusedAndCreatesNoUser()
    {
        var (exit, _, stderr) = await RunAsync("Production", "seed", "demo");

        Assert.NotEqual(0, exit);
        Assert.Contains("refused in Production", stderr);
        Assert.Equal(0, await database.CountUsersAsync());
    }

    [Fact]
    public async Task SeedDemo_InDevelopment_CreatesTheDemoAccounts()
    {
        var (exit, stdout, stderr) = await RunAsync("Development", "seed", "demo");

        Assert.True(exit == 0, stderr);
        Assert.Contains("49 account(s) created", stdout);
        Assert.Equal(49, await database.CountUsersAsync());
    }

    [Fact]
    public async Task DbMigrate_UpToDateDatabase_ReportsRegions()
    {
        var (exit, stdout, stderr) = await RunAsync("Production", "db", "migrate");

        Assert.True(exit == 0, stderr);
        var latest = await database.QueryAsync(db => Task.FromResult(db.Database.GetMigrations().Last()));
        Assert.Contains($"Database is up to date at migration {latest} (Sqlite); 15 regencies, 229 districts, 2,651 villages.", stdout);
    }
}

[Collection(CliCollection.Name)]
public sealed class ContentImportVerbTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ContentImport_BrokenCourse_ExitsNonZeroNamingFileAndLineAndChangesNothing()
    {
        using var content = new ContentFolder("sistem-informasi-desa");
        content.Write("courses/sistem-informasi-desa/course.yml",
            File.ReadAllText(content.PathOf("courses/sistem-informasi-desa/course.yml")).Replace("level: Dasar", "level: Ahli"));
        var coursesBefore = await database.QueryAsync(db => db.Courses.CountAsync());

        var (exit, _, stderr) = await CliHarness.RunAsync(database, "Development", "content", "import", content.Root);

        Assert.Equal(1, exit);
        Assert.Matches(@"courses/sistem-informasi-desa/course\.yml:\d+: level ""Ahli""", stderr);
        Assert.Equal(coursesBefore, await database.QueryAsync(db => db.Courses.CountAsync()));
    }

    [Fact]
    public async Task ContentImport_RepositoryContentAgain_ReportsNothingChanged()
    {
        var (exit, stdout, _) = await CliHarness.RunAsync(database, "Development", "content", "import");

        Assert.Equal(0, exit);
        Assert.Contains("(0 new, 0 changed); lessons: 0 added, 0 changed, 0 removed", stdout);
    }
}
