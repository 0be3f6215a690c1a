using Microsoft.EntityFrameworkCore;
using SmartVillage.Learning.Cli;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class GiftVerbTests : IAsyncLifetime
{
    private const string Course = "pengelolaan-apbdes-siskeudes";
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    private Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) => CliHarness.RunAsync(database, "Development", args);

    private Task<int> CountQuestionsAsync() => database.QueryAsync(db => db.BankQuestions.CountAsync());

    [Fact]
    public async Task GiftImport_BrokenFile_ExitsOneNamingFileAndLineAndChangesNothing()
    {
        var file = Path.Combine(database.Folder, "latihan.gift");
        await File.WriteAllTextAsync(file, "::Baik::APBDes ditetapkan dengan Perdes.{T}\n\n::Rusak::Tanpa jawaban benar.{~Satu ~Dua}\n");
        var before = await CountQuestionsAsync();

        var (exit, stdout, stderr) = await RunAsync("gift", "import", file, "--course", Course);

        Assert.Equal(1, exit);
        Assert.Contains($"{file}:3: ", stderr);
        Assert.Contains("Nothing imported", stderr);
        Assert.Equal("", stdout);
        Assert.Equal(before, await CountQuestionsAsync());
    }

    [Fact]
    public async Task GiftImport_GoodFile_ImportsIntoTheCourseWithASummary()
    {
        var file = Path.Combine(database.Folder, "latihan.gift");
        await File.WriteAllTextAsync(file, "$CATEGORY: $course$/Latihan\n\n::L1::APBDes ditetapkan dengan Perdes.{T}\n\n::L2::Musdes dipimpin oleh {=Ketua BPD ~Camat} bersama warga.\n");
        var before = await CountQuestionsAsync();

        var (exit, stdout, stderr) = await RunAsync("gift", "import", file, "--course", Course);

        Assert.True(exit == 0, stderr);
        Assert.Contains("2 questions (2 new", stdout);
        Assert.Equal(before + 2, await CountQuestionsAsync());
        Assert.True(await database.QueryAsync(db => db.QuestionCategories.AnyAsync(c => c.Path == "Latihan")));
    }

    [Fact]
    public async Task GiftImport_FileNotInUtf8_IsRefusedWithItsLineAndChangesNothing()
    {
        // "Café" saved as Windows-1252 (é = 0xE9), as Notepad on an old office PC does; Moodle refuses such a file too.
        var file = Path.Combine(database.Folder, "latin1.gift");
        await File.WriteAllBytesAsync(file, [.. "::L1::Kopi di "u8, .. "Caf"u8, 0xE9, .. " pekon.{T}\n"u8]);
        var before = await CountQuestionsAsync();

        var (exit, _, stderr) = await RunAsync("gift", "import", file, "--course", Course);

        Assert.Equal(1, exit);
        Assert.Contains($"{file}:1: ", stderr);
        Assert.Contains("UTF-8", stderr);
        Assert.Equal(before, await CountQuestionsAsync());
        Assert.False(await database.QueryAsync(db => db.BankQuestions.AnyAsync(q => q.Text.Contains("\uFFFD"))));
    }

    [Fact]
    public async Task GiftImport_Utf8WithByteOrderMark_IsAccepted()
    {
        var file = Path.Combine(database.Folder, "bom.gift");
        await File.WriteAllBytesAsync(file, [0xEF, 0xBB, 0xBF, .. "::Kafe::Kopi di Café pekon.{T}\n"u8]);

        var (exit, _, stderr) = await RunAsync("gift", "import", file, "--course", Course);

        Assert.True(exit == 0, stderr);
        Assert.True(await database.QueryAsync(db => db.BankQuestions.AnyAsync(q => q.Name == "Kafe" && q.Text == "Kopi di Café pekon.")));
    }

    [Fact]
    public async Task GiftImport_UnknownCourse_FailsAndChangesNothing()
    {
        var file = Path.Combine(database.Folder, "latihan.gift");
        await File.WriteAllTextAsync(file, "::L1::APBDes ditetapkan dengan Perdes.{T}\n");

        var (exit, _, stderr) = await RunAsync("gift", "import", file, "--course", "tidak-ada");

        Assert.Equal(1, exit);
        Assert.Contains("tidak ditemukan", stderr);
    }

    [Fact]
    public async Task GiftExport_ToFileAndStdout_WritesTheBankWithCategories()
    {
        var output = Path.Combine(database.Folder, "bank.gift");

        var (exit, stdout, stderr) = await RunAsync("gift", "export", "--course", Course, "--out", output);
        var (stdoutExit, text, _) = await RunAsync("gift", "export", "--course", Course);

        Assert.True(exit == 0, stderr);
        Assert.Contains($"to {output}", stdout);
        Assert.Equal(0, stdoutExit);
        var written = await File.ReadAllTextAsync(output);
        Assert.Contains("$CATEGORY: $course$/Pre-test", written);
        Assert.Contains("$CATEGORY: $course$/Post-test", written);
        Assert.Contains("$CATEGORY: $course$/Pre-test", text);
        Assert.Equal(await database.QueryAsync(db => db.BankQuestions.CountAsync(q => db.Courses.Any(c => c.Id == q.CourseId && c.Slug == Course))),
            Domain.Assessments.GiftParser.Parse(written).Questions.Count);
    }

    [Fact]
    public async Task MoodleXmlExportThenImport_IntoAnotherCourse_CopiesTheBankWhole()
    {
        var output = Path.Combine(database.Folder, "bank.xml");

        var (exportExit, exported, exportErr) = await RunAsync("moodlexml", "export", "--course", Course, "--out", output);
        var (importExit, imported, importErr) = await RunAsync("moodlexml", "import", output, "--course", "layanan-publik-digital", "--category", "Salinan");

        Assert.True(exportExit == 0, exportErr);
        Assert.Contains($"to {output}", exported);
        Assert.True(importExit == 0, importErr);
        var count = await database.QueryAsync(db => db.BankQuestions.CountAsync(q => db.Courses.Any(c => c.Id == q.CourseId && c.Slug == Course)));
        Assert.Contains($"{count} questions ({count} new", imported);
        Assert.Equal(count, Domain.Assessments.MoodleXmlReader.Read(await File.ReadAllTextAsync(output)).Questions.Count);
    }

    [Fact]
    public async Task MoodleXmlImport_ClozeQuestion_IsRefusedByNameAtItsLineAndChangesNothing()
    {
        var file = Path.Combine(database.Folder, "cloze.xml");
        await File.WriteAllTextAsync(file, """
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz>
              <question type="essay"><name><text>Baik</text></name><questiontext format="html"><text>Jelaskan.</text></questiontext></question>
              <question type="multianswer"><name><text>Cloze</text></name><questiontext format="html"><text>{1:SHORTANSWER:=Musdes}</text></questiontext></question>
            </quiz>
            """);
        var before = await CountQuestionsAsync();

        var (exit, stdout, stderr) = await RunAsync("moodlexml", "import", file, "--course", Course);

        Assert.Equal(1, exit);
        Assert.Contains($"{file}:4: ", stderr);
        Assert.Contains("multianswer", stderr);
        Assert.Equal("", stdout);
        Assert.Equal(before, await CountQuestionsAsync());
    }
}
