using CsCheck;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Tests.Assessments.MoodleFormats;
using SmartVillage.Learning.Data.Configurations;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Assessments.QuestionBank;
using SmartVillage.Learning.Tests.Features.Authoring;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Assessments;

/// <summary>
/// Issue 16, item 1, for every field of every type: what the bank stores reads back as what was stored, defaults
/// included (a value left out of the JSON is filled in by the reading side's default, which once turned 0% into 100%).
/// </summary>
public sealed class StoredQuestionPropertyTests(AuthoringDatabaseFixture fixture) : IClassFixture<AuthoringDatabaseFixture>
{
    [Fact]
    public void PartsJson_OfEveryGeneratedQuestion_ReadsBackEqual() =>
        QuestionGenerators.ForMoodleXml.Sample(q =>
        {
            var parts = QuestionParts.Of(q);
            var json = QuestionPartsJson.Serialize(parts);
            Assert.True(parts == QuestionPartsJson.Deserialize(json), json);
        }, iter: 500);

    [Fact]
    public async Task GeneratedMoodleXmlBanks_ThroughTheBankAndBack_AreEqual()
    {
        // Through the real upload path and database: file → bank rows (JSON, tags, files) → Moodle XML → the same questions.
        var course = 0;
        // Moodle refuses an ID number twice in a category, and so does the bank: such banks are not valid files.
        var banks = QuestionGenerators.ForMoodleXml.List[1, 5]
            .Where(b => b.Where(q => q.IdNumber is not null).GroupBy(q => (Canonical(q.Category).ToUpperInvariant(), q.IdNumber!.ToUpperInvariant())).All(g => g.Count() == 1));
        await banks.SampleAsync(async bank =>
        {
            var form = CourseFormBuilder.New($"Bank Acak {++course}");
            await fixture.WithServiceAsync(s => s.CreateCourseAsync(form, fixture.Hendra));
            await using var scope = fixture.Database.Services.CreateAsyncScope();
            var service = scope.ServiceProvider.GetRequiredService<QuestionBankService>();
            var xml = MoodleXmlWriter.Write(bank);

            var imported = await service.ImportAsync(fixture.Hendra, form.Slug, "acak.xml", System.Text.Encoding.UTF8.GetBytes(xml));
            Assert.True(imported.Succeeded, string.Join("\n", imported.Errors) + "\n" + xml);
            var exported = await service.ExportAsync(fixture.Hendra, form.Slug, QuestionFileFormat.MoodleXml);
            var back = MoodleXmlReader.Read(exported.Text);

            // The export lists categories in path order; compare as sets of questions per category, in file order within each.
            // A category differing only in case is the same category (as SQL Server compares), spelled as first met.
            var spelling = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var q in bank) spelling.TryAdd(Canonical(q.Category), Canonical(q.Category));
            Assert.Equal(Order(bank.Select(q => q with { Category = spelling[Canonical(q.Category)] })), Order(back.Questions));
        }, iter: 40);
    }

    /// <summary>A question without a category lands in the bank's default category, and comes back in it.</summary>
    private static string Canonical(string? category) => category ?? QuestionCategory.CoursePrefix + QuestionBankService.DefaultCategory;

    private static List<Question> Order(IEnumerable<Question> questions) =>
        questions.Select((q, i) => (q, i)).OrderBy(x => x.q.Category, StringComparer.OrdinalIgnoreCase).ThenBy(x => x.i).Select(x => x.q).ToList();
}
