using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Tests.Features.Authoring;
using SmartVillage.Learning.Features.Assessments.QuestionBank;

namespace SmartVillage.Learning.Tests.Features.Assessments;

public sealed class QuestionBankServiceTests(AuthoringDatabaseFixture fixture) : IClassFixture<AuthoringDatabaseFixture>
{
    private async Task<string> NewCourseAsync(Actor owner)
    {
        var form = CourseFormBuilder.New("Bank Soal APBDes");
        await fixture.WithServiceAsync(s => s.CreateCourseAsync(form, owner));
        return form.Slug;
    }

    private Task<T> BankAsync<T>(Func<QuestionBankService, Task<T>> use) => fixture.WithBankAsync(use);

    private Task<List<BankQuestion>> QuestionsOfAsync(string slug) => fixture.BankQuestionsOfAsync(slug);

    [Fact]
    public async Task ImportGift_EveryQuestionType_LandsAsTheParserReadIt()
    {
        var slug = await NewCourseAsync(fixture.Hendra);
        var parsed = GiftParser.Parse(GiftFiles.EveryType);
        Assert.True(parsed.IsValid, string.Join("\n", parsed.Errors));

        var result = await BankAsync(s => s.ImportGiftAsync(fixture.Hendra, slug, GiftFiles.EveryType));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(9, result.Created);
        Assert.Equal(2, result.CategoriesCreated);
        var stored = await QuestionsOfAsync(slug);
        Assert.Equal(parsed.Questions.ToList(), stored.Select(q => q.ToQuestion()).ToList());
        Assert.Equal(Enum.GetValues<QuestionType>().Order(), stored.Select(q => q.Type).Order());
        var multiple = stored.Single(q => q.Type == QuestionType.MultipleAnswer).ToQuestion();
        Assert.Equal([50m, 50m, -100m], multiple.Choices.Select(c => c.Weight));
        Assert.Equal("Bukan pendapatan.", multiple.Choices[2].Feedback);
        var numerical = stored.Single(q => q.Type == QuestionType.Numerical).ToQuestion();
        Assert.True(numerical.NumericalAnswers[1].IsRange);
        Assert.Equal("Bagi realisasi dengan pagu.", numerical.FeedbackForOtherNumbers);
        Assert.Equal(["Pre-test", "Pre-test", "Pre-test", "Pre-test/Istilah", "Pre-test/Istilah", "Pre-test/Istilah", "Pre-test/Istilah", "Pre-test/Istilah", "Pre-test/Istilah"],
            stored.Select(q => q.Category!.Path));
    }

    [Fact]
    public async Task ImportGift_BrokenQuestion_NamesItsLineAndImportsNothing()
    {
        var slug = await NewCourseAsync(fixture.Hendra);

        var result = await BankAsync(s => s.ImportGiftAsync(fixture.Hendra, slug, GiftFiles.Broken));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Line == 5);
        Assert.Empty(await QuestionsOfAsync(slug));
        Assert.False(await fixture.Database.QueryAsync(db => db.QuestionCategories.AnyAsync(c => db.Courses.Any(x => x.Id == c.CourseId && x.Slug == slug))));
    }

    [Fact]
    public async Task ImportGift_IdNumberTwiceInOneCategory_NamesTheSecondLineAndImportsNothing()
    {
        var slug = await NewCourseAsync(fixture.Hendra);
        const string text = "// [id:q1]\n::Satu::Pertama?{T}\n\n// [id:Q1]\n::Dua::Kedua?{F}\n";

        var result = await BankAsync(s => s.ImportGiftAsync(fixture.Hendra, slug, text));

        Assert.False(result.Succeeded);
        Assert.Equal(5, Assert.Single(result.Errors).Line);
        Assert.Empty(await QuestionsOfAsync(slug));
    }

    [Fact]
    public async Task ReImport_QuestionRenamedInMoodle_IsFoundByItsIdNumber()
    {
        var slug = await NewCourseAsync(fixture.Hendra);
        await BankAsync(s => s.ImportGiftAsync(fixture.Hendra, slug, "// [id:apb-01]\n::Lama::APBDes ditetapkan dengan Perdes.{T}\n"));
        var before = Assert.Single(await QuestionsOfAsync(slug));

        var again = await BankAsync(s => s.ImportGiftAsync(fixture.Hendra, slug, "// [id:apb-01]\n::Baru::APBDes ditetapkan dengan Peraturan Desa.{T}\n"));

        Assert.Equal((0, 1), (again.Created, again.Updated));
        Assert.Equal(QuestionMatch.IdNumber, Assert.Single(again.Questions).Match);
        var after = Assert.Single(await QuestionsOfAsync(slug));
        Assert.Equal((before.Id, "Baru"), (after.Id, after.Name));
    }

    [Fact]
    public async Task ReImport_NameUsedTwice_CannotSayWhichSoBothAreAddedAgainAndTheSummarySaysWhy()
    {
        var slug = await NewCourseAsync(fixture.Hendra);
        const string text = "::Sama::APBDes ditetapkan dengan Perdes.{T}\n\n::Sama::Camat memimpin Musdes.{F}\n\n::Lain::BPD dipilih warga.{T}\n";
        await BankAsync(s => s.ImportGiftAsync(fixture.Hendra, slug, text));

        var again = await BankAsync(s => s.ImportGiftAsync(fixture.Hendra, slug, text));

        Assert.Equal([QuestionMatch.NewKeyRepeated, QuestionMatch.NewKeyRepeated, QuestionMatch.Name], again.Questions.Select(q => q.Match));
        Assert.Equal([1, 3, 5], again.Questions.Select(q => q.Line));
        Assert.Equal((2, 0, 1), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(5, (await QuestionsOfAsync(slug)).Count);
    }

    [Fact]
    public async Task ReImport_FileWithIdsAfterOneWithout_MatchesByNameAndTakesTheIds()
    {
        var slug = await NewCourseAsync(fixture.Hendra);
        await BankAsync(s => s.ImportGiftAsync(fixture.Hendra, slug, "::TF::APBDes ditetapkan dengan Perdes.{T}\n"));

        var withIds = await BankAsync(s => s.ImportGiftAsync(fixture.Hendra, slug, "// [id:apb-01] [tag:apbdes]\n::TF::APBDes ditetapkan dengan Perdes.{T}\n"));
        var withoutAgain = await BankAsync(s => s.ImportGiftAsync(fixture.Hendra, slug, "// [tag:apbdes]\n::TF::APBDes ditetapkan dengan Perdes.{T}\n"));

        Assert.Equal((QuestionMatch.Name, QuestionChange.Updated), (withIds.Questions[0].Match, withIds.Questions[0].Change));
        // A file without the ID number keeps the one the bank learned.
        Assert.Equal((QuestionMatch.Name, QuestionChange.Unchanged), (withoutAgain.Questions[0].Match, withoutAgain.Questions[0].Change));
        var stored = Assert.Single(await QuestionsOfAsync(slug));
        Assert.Equal("apb-01", stored.IdNumber);
        Assert.Equal(["apbdes"], stored.Tags);
    }

    [Fact]
    public async Task ImportGift_SameFileAgainWithOneEdit_UpdatesInPlaceWithoutDuplicates()
    {
        var slug = await NewCourseAsync(fixture.Hendra);
        await BankAsync(s => s.ImportGiftAsync(fixture.Hendra, slug, GiftFiles.EveryType));
        var before = await QuestionsOfAsync(slug);

        var again = await BankAsync(s => s.ImportGiftAsync(fixture.Hendra, slug, GiftFiles.EveryType));
        var edited = await BankAsync(s => s.ImportGiftAsync(fixture.Hendra, slug,
            GiftFiles.EveryType.Replace("~Camat#Camat mengevaluasi.", "~Camat#Camat mengevaluasi rancangan Perdes.")));

        Assert.Equal((0, 0, 9), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal((0, 1, 8), (edited.Created, edited.Updated, edited.Unchanged));
        var after = await QuestionsOfAsync(slug);
        Assert.Equal(before.Select(q => q.Id), after.Select(q => q.Id));
        Assert.Equal("Camat mengevaluasi rancangan Perdes.", after.Single(q => q.Name == "SC Koordinator").ToQuestion().Choices[2].Feedback);
    }

    [Fact]
    public async Task ExportGift_ThenImportIntoAnotherCourse_GivesTheSameQuestions()
    {
        var source = await NewCourseAsync(fixture.Hendra);
        var target = await NewCourseAsync(fixture.Dewi);
        await BankAsync(s => s.ImportGiftAsync(fixture.Hendra, source, GiftFiles.EveryType));

        var exported = await BankAsync(s => s.ExportGiftAsync(fixture.Hendra, source));
        var imported = await BankAsync(s => s.ImportGiftAsync(fixture.Dewi, target, exported));

        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        Assert.Contains("$CATEGORY: $course$/Pre-test/Istilah", exported);
        var original = (await QuestionsOfAsync(source)).Select(q => q.ToQuestion()).ToList();
        var copy = (await QuestionsOfAsync(target)).Select(q => q.ToQuestion()).ToList();
        Assert.Equal(original, copy);
        var reexported = await BankAsync(s => s.ExportGiftAsync(fixture.Dewi, target));
        Assert.Equal(WithoutHeader(exported), WithoutHeader(reexported));
    }

    private static string WithoutHeader(string gift) => gift[(gift.IndexOf('\n') + 1)..];

    [Fact]
    public async Task ImportGift_NoCategoryInFile_UsesTheDefaultCategory()
    {
        var slug = await NewCourseAsync(fixture.Hendra);

        await BankAsync(s => s.ImportGiftAsync(fixture.Hendra, slug, "::Satu::APBDes ditetapkan dengan Perdes.{T}\n", "Latihan/Bab 1"));

        Assert.Equal("Latihan/Bab 1", Assert.Single(await QuestionsOfAsync(slug)).Category!.Path);
    }

    [Fact]
    public async Task ImportAndExport_AnotherTrainer_AreRefusedAndChangeNothing()
    {
        var slug = await NewCourseAsync(fixture.Hendra);

        var import = await Assert.ThrowsAsync<DomainException>(() => BankAsync(s => s.ImportGiftAsync(fixture.Dewi, slug, GiftFiles.EveryType)));
        var export = await Assert.ThrowsAsync<DomainException>(() => BankAsync(s => s.ExportGiftAsync(fixture.Dewi, slug)));

        Assert.Equal(CourseAccess.RefusedMessage, import.Message);
        Assert.Equal(CourseAccess.RefusedMessage, export.Message);
        Assert.Empty(await QuestionsOfAsync(slug));
    }

    [Fact]
    public async Task ImportGift_Admin_IsAllowedOnAnyCourse()
    {
        var slug = await NewCourseAsync(fixture.Hendra);

        var result = await BankAsync(s => s.ImportGiftAsync(fixture.Admin, slug, GiftFiles.EveryType));

        Assert.True(result.Succeeded);
        Assert.Equal(9, (await QuestionsOfAsync(slug)).Count);
    }

    [Fact]
    public async Task Bank_ListsCategoriesAndQuestionsInFileOrder()
    {
        var slug = await NewCourseAsync(fixture.Hendra);
        await BankAsync(s => s.ImportGiftAsync(fixture.Hendra, slug, GiftFiles.EveryType));
        var courseId = await fixture.Database.QueryAsync(db => db.Courses.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());

        var bank = await BankAsync(s => s.BankAsync(fixture.Hendra, courseId));

        Assert.NotNull(bank);
        Assert.Equal(["Pre-test", "Pre-test/Istilah"], bank.Categories.Select(c => c.Path));
        Assert.Equal(["TF APBDes", "SC Koordinator", "MA Sumber pendapatan"], bank.Categories[0].Questions.Select(q => q.Name));
        await Assert.ThrowsAsync<DomainException>(() => BankAsync(s => s.BankAsync(fixture.Dewi, courseId)));
    }
}
