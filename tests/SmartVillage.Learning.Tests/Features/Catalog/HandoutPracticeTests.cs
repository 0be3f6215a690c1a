using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Assessments.QuestionBank;
using SmartVillage.Learning.Features.Assessments.Quizzes;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Features.Catalog;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Features.Catalog;

/// <summary>The course handout's practice questions, in their text formats, read back from the PDF.</summary>
public sealed class HandoutPracticeTests : IAsyncLifetime
{
    private const string Apbdes = "pengelolaan-apbdes-siskeudes";
    private static readonly Actor Admin = Actor.Admin("admin-uji");
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task<T> InScopeAsync<TService, T>(Func<TService, Task<T>> use) where TService : notnull
    {
        await using var scope = database.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private Task<Guid> VersionAsync(int quizId) => database.QueryAsync(db => db.Quizzes.Where(q => q.Id == quizId).Select(q => q.RowVersion).SingleAsync());

    [Fact]
    public async Task Handout_PracticeQuiz_ShowsBoldAsBoldWithoutMarkupOrKeys_AndNeverThePreTest()
    {
        var courseId = await database.QueryAsync(db => db.Courses.Where(c => c.Slug == Apbdes).Select(c => c.Id).SingleAsync());
        const string gift = """
            $CATEGORY: $course$/Latihan

            ::H1::[html]<p>Siapa yang <b>menetapkan</b> APBDes?</p>{=Kepala Desa bersama BPD#Benar sekali ~Camat#Bukan}

            ::H2::[markdown]Dana Desa **bersumber dari APBN**.{T}
            """;
        var imported = await InScopeAsync<QuestionBankService, QuestionImportResult>(s => s.ImportAsync(Admin, courseId, "latihan.gift", Encoding.UTF8.GetBytes(gift)));
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        var ids = await database.QueryAsync(db => db.BankQuestions.Where(q => q.CourseId == courseId && q.Category!.Path == "Latihan").OrderBy(q => q.Position).Select(q => q.Id).ToListAsync());
        var quizId = await InScopeAsync<QuizService, int>(s => s.CreateAsync(Admin, courseId, "Latihan APBDes", QuizPurpose.Practice));
        foreach (var id in ids) await InScopeAsync<QuizService, Guid>(async s => await s.AddQuestionAsync(Admin, courseId, quizId, await VersionAsync(quizId), id));
        await InScopeAsync<QuizService, Guid>(async s => await s.PublishAsync(Admin, courseId, quizId, await VersionAsync(quizId)));

        var pdf = await InScopeAsync<CourseHandout, byte[]?>(h => h.CreateAsync(Apbdes));

        using var text = new PdfText(pdf!);
        var practice = text.PageTexts.Select((t, i) => (t, i)).Last(p => p.t.Contains("Latihan soal: Latihan APBDes"));
        Assert.Contains("Siapa yang menetapkan APBDes?", practice.t);
        Assert.Contains("Dana Desa bersumber dari APBN.", practice.t);
        Assert.Contains("a. Kepala Desa bersama BPD", practice.t);
        Assert.Contains("a. Benar b. Salah", practice.t);
        Assert.DoesNotContain("<b>", text.All);
        Assert.DoesNotContain("**", text.All);
        Assert.DoesNotContain("Benar sekali", text.All);
        // The pre-test is a test, not practice: none of its questions is printed.
        Assert.DoesNotContain("APBDes terdiri atas tiga bagian besar", text.All);
        var words = text.Pages[practice.i].GetWords().ToList();
        string FontOf(string word) => words.First(w => w.Text.StartsWith(word, StringComparison.Ordinal)).Letters[0].FontName ?? "";
        Assert.Contains("Bold", FontOf("menetapkan"));
        Assert.Contains("Bold", FontOf("bersumber"));
        Assert.DoesNotContain("Bold", FontOf("Siapa"));
    }
}
