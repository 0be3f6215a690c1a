using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Tests.Features.Authoring;
using SmartVillage.Learning.Seeding.Demo;
using SmartVillage.Learning.Features.Assessments.Attempts;
using SmartVillage.Learning.Features.Assessments.QuestionBank;
using SmartVillage.Learning.Features.Assessments.Quizzes;

namespace SmartVillage.Learning.Tests.Features.Assessments;

/// <summary>The trainer's quiz editor service on a real, demo-seeded SQLite file; every test writes its own course.</summary>
public sealed class QuizServiceTests(AuthoringDatabaseFixture fixture) : IClassFixture<AuthoringDatabaseFixture>
{
    /// <summary>A new course of Pak Hendra with the every-type bank: "Pre-test" holds 3 questions, "Pre-test/Istilah" 6.</summary>
    private async Task<int> NewCourseWithBankAsync()
    {
        var form = CourseFormBuilder.New("Kuis APBDes");
        var courseId = await fixture.WithServiceAsync(s => s.CreateCourseAsync(form, fixture.Hendra));
        var imported = await BankAsync(s => s.ImportGiftAsync(fixture.Hendra, courseId, GiftFiles.EveryType));
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        return courseId;
    }

    private async Task<T> QuizzesAsync<T>(Func<QuizService, Task<T>> use)
    {
        await using var scope = fixture.Database.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<QuizService>());
    }

    private Task QuizzesAsync(Func<QuizService, Task> use) => QuizzesAsync<int>(async s => { await use(s); return 0; });

    private async Task<T> BankAsync<T>(Func<QuestionBankService, Task<T>> use)
    {
        await using var scope = fixture.Database.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<QuestionBankService>());
    }

    private Task<QuizEditorView> EditorAsync(int courseId, int quizId, Actor? editor = null) =>
        QuizzesAsync(async s => (await s.QuizAsync(editor ?? fixture.Hendra, courseId, quizId))!);

    private Task<Quiz> StoredAsync(int quizId) =>
        fixture.Database.QueryAsync(db => db.Quizzes.AsNoTracking().Include(q => q.Slots).SingleAsync(q => q.Id == quizId));

    private Task<Dictionary<string, int>> QuestionIdsAsync(int courseId) =>
        fixture.Database.QueryAsync(db => db.BankQuestions.Where(q => q.CourseId == courseId).ToDictionaryAsync(q => q.Name!, q => q.Id));

    private Task<Dictionary<string, int>> CategoryIdsAsync(int courseId) =>
        fixture.Database.QueryAsync(db => db.QuestionCategories.Where(c => c.CourseId == courseId).ToDictionaryAsync(c => c.Path, c => c.Id));

    private async Task<(int CourseId, int QuizId)> NewPracticeQuizAsync()
    {
        var courseId = await NewCourseWithBankAsync();
        var quizId = await QuizzesAsync(s => s.CreateAsync(fixture.Hendra, courseId, "Latihan istilah APBDes", QuizPurpose.Practice));
        return (courseId, quizId);
    }

    [Fact]
    public async Task Quizzes_ContentCourse_ListsItsPreTestAndPostTest()
    {
        var courseId = await fixture.Database.QueryAsync(db => db.Courses.Where(c => c.Slug == DemoCourses.SitiCourseSlug).Select(c => c.Id).SingleAsync());

        var list = await QuizzesAsync(s => s.QuizzesAsync(fixture.Hendra, courseId));

        Assert.True(list!.FromContent);
        Assert.Equal([QuizPurpose.PreTest, QuizPurpose.PostTest], list.Quizzes.Select(q => q.Purpose));
        Assert.All(list.Quizzes, q => Assert.Equal(QuizStatus.Published, q.Status));
        Assert.All(list.Quizzes, q => Assert.True(q.QuestionCount >= 10));
    }

    [Fact]
    public async Task Create_Practice_IsADraftWithTheCoursePassingScore()
    {
        var (courseId, quizId) = await NewPracticeQuizAsync();

        var editor = await EditorAsync(courseId, quizId);

        Assert.Equal(QuizPurpose.Practice, editor.Purpose);
        Assert.Equal(QuizStatus.Draft, editor.Status);
        Assert.Equal("Latihan istilah APBDes", editor.Settings.Title);
        Assert.Equal(70, editor.Settings.PassingScore);
        Assert.Empty(editor.Slots);
        Assert.Equal(["Pre-test", "Pre-test/Istilah"], editor.Bank.Select(c => c.Path));
    }

    [Fact]
    public async Task Create_SecondPreTest_IsRefusedButPracticeQuizzesAreMany()
    {
        var courseId = await NewCourseWithBankAsync();
        await QuizzesAsync(s => s.CreateAsync(fixture.Hendra, courseId, "Pre-test", QuizPurpose.PreTest));

        var e = await Assert.ThrowsAsync<DomainException>(() => QuizzesAsync(s => s.CreateAsync(fixture.Hendra, courseId, "Pre-test lagi", QuizPurpose.PreTest)));
        await QuizzesAsync(s => s.CreateAsync(fixture.Hendra, courseId, "Latihan 1", QuizPurpose.Practice));
        await QuizzesAsync(s => s.CreateAsync(fixture.Hendra, courseId, "Latihan 2", QuizPurpose.Practice));

        Assert.Contains("sudah punya Pre-test", e.Message);
        var list = await QuizzesAsync(s => s.QuizzesAsync(fixture.Hendra, courseId));
        Assert.Equal(["Pre-test", "Latihan 1", "Latihan 2"], list!.Quizzes.Select(q => q.Title));
    }

    [Fact]
    public async Task Create_EmptyTitle_IsRefusedInIndonesian()
    {
        var courseId = await NewCourseWithBankAsync();

        var e = await Assert.ThrowsAsync<DomainException>(() => QuizzesAsync(s => s.CreateAsync(fixture.Hendra, courseId, "  ", QuizPurpose.Practice)));

        Assert.Equal("Judul kuis wajib diisi.", e.Message);
    }

    [Fact]
    public async Task SaveSettings_EverySetting_IsKeptAndDatesTypedInWibAreStoredInUtc()
    {
        var (courseId, quizId) = await NewPracticeQuizAsync();
        var form = (await EditorAsync(courseId, quizId)).Settings;
        form.Title = "Latihan Musdes";
        form.TimeLimitMinutes = 20;
        form.AttemptsAllowed = 3;
        form.GradingMethod = GradingMethod.Last;
        form.ShuffleQuestions = true;
        form.ShuffleChoices = true;
        form.PassingScore = 80;
        form.Review = ReviewOptions.CorrectAnswers;
        form.OpensDate = new DateTime(2026, 12, 1);
        form.OpensTime = new TimeSpan(8, 0, 0);
        form.ClosesDate = new DateTime(2026, 12, 3);

        var version = await QuizzesAsync(s => s.SaveSettingsAsync(fixture.Hendra, courseId, quizId, form));

        var stored = await StoredAsync(quizId);
        Assert.Equal(version, stored.RowVersion);
        Assert.Equal(new QuizSettings(20, 3, GradingMethod.Last, true, true, 80, ReviewOptions.CorrectAnswers,
            new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 3, 16, 59, 0, TimeSpan.Zero)), stored.Settings);
        Assert.Equal("Latihan Musdes", stored.Title);
        var reloaded = (await EditorAsync(courseId, quizId)).Settings;
        Assert.Equal((new DateTime(2026, 12, 1), new TimeSpan(8, 0, 0)), (reloaded.OpensDate, reloaded.OpensTime));
        Assert.Equal((new DateTime(2026, 12, 3), new TimeSpan(23, 59, 0)), (reloaded.ClosesDate, reloaded.ClosesTime));
    }

    [Fact]
    public async Task SaveSettings_OutOfRange_IsRefusedWithTheValidatorsMessagesAndNothingSaved()
    {
        var (courseId, quizId) = await NewPracticeQuizAsync();
        var form = (await EditorAsync(courseId, quizId)).Settings;
        form.TimeLimitMinutes = 0;
        form.PassingScore = 101;
        form.OpensDate = new DateTime(2026, 12, 3);
        form.ClosesDate = new DateTime(2026, 12, 1);

        var e = await Assert.ThrowsAsync<DomainException>(() => QuizzesAsync(s => s.SaveSettingsAsync(fixture.Hendra, courseId, quizId, form)));

        Assert.Contains(QuizSettingsFormValidator.TimeLimitMessage, e.Message);
        Assert.Contains(QuizSettingsFormValidator.PassingScoreMessage, e.Message);
        Assert.Contains(QuizSettingsFormValidator.CloseAfterOpenMessage, e.Message);
        var stored = await StoredAsync(quizId);
        Assert.Null(stored.TimeLimitMinutes);
        Assert.Equal(70, stored.PassingScore);
    }

    [Fact]
    public async Task SaveSettings_TwoTrainersFromTheSameVersion_SecondIsRefusedAndTheFirstIsKept()
    {
        var (courseId, quizId) = await NewPracticeQuizAsync();
        await fixture.WithServiceAsync(s => s.AddCoTrainerAsync(courseId, "dewi@smartvillage.test", fixture.Hendra));
        var hendrasForm = (await EditorAsync(courseId, quizId)).Settings;
        var dewisForm = (await EditorAsync(courseId, quizId, fixture.Dewi)).Settings;
        hendrasForm.TimeLimitMinutes = 20;
        dewisForm.TimeLimitMinutes = 45;
        dewisForm.PassingScore = 60;

        await QuizzesAsync(s => s.SaveSettingsAsync(fixture.Hendra, courseId, quizId, hendrasForm));
        var e = await Assert.ThrowsAsync<DomainException>(() => QuizzesAsync(s => s.SaveSettingsAsync(fixture.Dewi, courseId, quizId, dewisForm)));

        Assert.Equal(QuizService.ConflictMessage, e.Message);
        var stored = await StoredAsync(quizId);
        Assert.Equal((20, 70), (stored.TimeLimitMinutes, stored.PassingScore));
    }

    [Fact]
    public async Task SaveSettings_RacedFromTheSameVersion_ExactlyOneIsSaved()
    {
        var (courseId, quizId) = await NewPracticeQuizAsync();
        var forms = Enumerable.Range(0, 6).Select(_ => EditorAsync(courseId, quizId)).ToList();
        var loaded = (await Task.WhenAll(forms)).Select(v => v.Settings).ToList();
        for (var i = 0; i < loaded.Count; i++) loaded[i].TimeLimitMinutes = 10 + i;

        var outcomes = await Task.WhenAll(loaded.Select(async form =>
        {
            try
            {
                await QuizzesAsync(s => s.SaveSettingsAsync(fixture.Hendra, courseId, quizId, form));
                return (int?)form.TimeLimitMinutes;
            }
            catch (DomainException e) when (e.Message == QuizService.ConflictMessage)
            {
                return null;
            }
        }));

        var winner = Assert.Single(outcomes, o => o is not null);
        Assert.Equal(winner, (await StoredAsync(quizId)).TimeLimitMinutes);
    }

    [Fact]
    public async Task AddQuestionAndRandom_EditorShowsNameTypeAndCategoryOfEachSlot()
    {
        var (courseId, quizId) = await NewPracticeQuizAsync();
        var questions = await QuestionIdsAsync(courseId);
        var categories = await CategoryIdsAsync(courseId);
        var version = (await EditorAsync(courseId, quizId)).RowVersion;

        version = await QuizzesAsync(s => s.AddQuestionAsync(fixture.Hendra, courseId, quizId, version, questions["SC Koordinator"]));
        version = await QuizzesAsync(s => s.AddRandomAsync(fixture.Hendra, courseId, quizId, version, categories["Pre-test/Istilah"], 4));

        var editor = await EditorAsync(courseId, quizId);
        Assert.Equal(version, editor.RowVersion);
        Assert.Collection(editor.Slots,
            s => Assert.Equal((1, "SC Koordinator", QuestionType.SingleChoice, "Pre-test", false), (s.Position, s.QuestionName, s.Type, s.CategoryPath, s.IsRandom)),
            s => Assert.Equal((2, (string?)null, "Pre-test/Istilah", true, 4, 6), (s.Position, s.QuestionName, s.CategoryPath, s.IsRandom, s.RandomCount!.Value, s.CategorySize)));
        Assert.Equal(5, editor.QuestionCount);
        Assert.Contains("mengoordinasikan", editor.Slots[0].Excerpt);
    }

    [Fact]
    public async Task AddRandom_MoreThanTheCategoryHolds_IsRefused()
    {
        var (courseId, quizId) = await NewPracticeQuizAsync();
        var categories = await CategoryIdsAsync(courseId);
        var version = (await EditorAsync(courseId, quizId)).RowVersion;

        var e = await Assert.ThrowsAsync<DomainException>(() =>
            QuizzesAsync(s => s.AddRandomAsync(fixture.Hendra, courseId, quizId, version, categories["Pre-test"], 4)));

        Assert.Equal("Kategori \"Pre-test\" hanya berisi 3 soal; minta paling banyak 3 soal acak.", e.Message);
        Assert.Empty((await StoredAsync(quizId)).Slots);
    }

    [Fact]
    public async Task AddQuestion_FromAnotherCoursesBank_IsRefused()
    {
        var (courseId, quizId) = await NewPracticeQuizAsync();
        var otherCourse = await NewCourseWithBankAsync();
        var foreign = (await QuestionIdsAsync(otherCourse))["TF APBDes"];
        var foreignCategory = (await CategoryIdsAsync(otherCourse))["Pre-test"];
        var version = (await EditorAsync(courseId, quizId)).RowVersion;

        await Assert.ThrowsAsync<DomainException>(() => QuizzesAsync(s => s.AddQuestionAsync(fixture.Hendra, courseId, quizId, version, foreign)));
        await Assert.ThrowsAsync<DomainException>(() => QuizzesAsync(s => s.AddRandomAsync(fixture.Hendra, courseId, quizId, version, foreignCategory, 1)));

        Assert.Empty((await StoredAsync(quizId)).Slots);
    }

    [Fact]
    public async Task MoveAndRemoveSlots_KeepPositionsOneToN()
    {
        var (courseId, quizId) = await NewPracticeQuizAsync();
        var questions = await QuestionIdsAsync(courseId);
        var version = (await EditorAsync(courseId, quizId)).RowVersion;
        foreach (var name in new[] { "TF APBDes", "SC Koordinator", "MA Sumber pendapatan", "SA Musdes" })
            version = await QuizzesAsync(s => s.AddQuestionAsync(fixture.Hendra, courseId, quizId, version, questions[name]));
        var slots = (await EditorAsync(courseId, quizId)).Slots;

        version = await QuizzesAsync(s => s.MoveSlotAsync(fixture.Hendra, courseId, quizId, version, slots[3].Id, 1)); // last to first
        version = await QuizzesAsync(s => s.MoveSlotAsync(fixture.Hendra, courseId, quizId, version, slots[0].Id, 3)); // now second: swaps with its neighbour
        version = await QuizzesAsync(s => s.RemoveSlotAsync(fixture.Hendra, courseId, quizId, version, slots[1].Id));

        var after = (await EditorAsync(courseId, quizId)).Slots;
        Assert.Equal(["SA Musdes", "TF APBDes", "MA Sumber pendapatan"], after.Select(s => s.QuestionName));
        Assert.Equal([1, 2, 3], after.Select(s => s.Position));
    }

    [Fact]
    public async Task SlotChange_OnAStaleVersion_IsRefusedAndChangesNothing()
    {
        var (courseId, quizId) = await NewPracticeQuizAsync();
        var questions = await QuestionIdsAsync(courseId);
        var stale = (await EditorAsync(courseId, quizId)).RowVersion;
        await QuizzesAsync(s => s.AddQuestionAsync(fixture.Hendra, courseId, quizId, stale, questions["TF APBDes"]));

        var e = await Assert.ThrowsAsync<DomainException>(() =>
            QuizzesAsync(s => s.AddQuestionAsync(fixture.Admin, courseId, quizId, stale, questions["SA Musdes"])));

        Assert.Equal(QuizService.ConflictMessage, e.Message);
        Assert.Single((await StoredAsync(quizId)).Slots);
    }

    [Fact]
    public async Task Publish_WithoutSlots_IsRefusedWithTheQuizsReason()
    {
        var (courseId, quizId) = await NewPracticeQuizAsync();
        var version = (await EditorAsync(courseId, quizId)).RowVersion;

        var e = await Assert.ThrowsAsync<DomainException>(() => QuizzesAsync(s => s.PublishAsync(fixture.Hendra, courseId, quizId, version)));

        Assert.Equal(Quiz.NoSlotsMessage, e.Message);
        Assert.Equal(QuizStatus.Draft, (await StoredAsync(quizId)).Status);
    }

    [Fact]
    public async Task Publish_RandomSlotsAskingMoreThanTheCategoryHolds_IsRefused()
    {
        var (courseId, quizId) = await NewPracticeQuizAsync();
        var category = (await CategoryIdsAsync(courseId))["Pre-test/Istilah"];
        var version = (await EditorAsync(courseId, quizId)).RowVersion;
        version = await QuizzesAsync(s => s.AddRandomAsync(fixture.Hendra, courseId, quizId, version, category, 4));
        version = await QuizzesAsync(s => s.AddRandomAsync(fixture.Hendra, courseId, quizId, version, category, 3));

        var e = await Assert.ThrowsAsync<DomainException>(() => QuizzesAsync(s => s.PublishAsync(fixture.Hendra, courseId, quizId, version)));

        Assert.Contains("7 soal acak dari kategori yang hanya berisi 6 soal", e.Message);
        Assert.Equal(QuizStatus.Draft, (await StoredAsync(quizId)).Status);
    }

    [Fact]
    public async Task PublishThenUnpublish_QuestionsAreLockedWhilePublished()
    {
        var (courseId, quizId) = await NewPracticeQuizAsync();
        var questions = await QuestionIdsAsync(courseId);
        var version = (await EditorAsync(courseId, quizId)).RowVersion;
        version = await QuizzesAsync(s => s.AddQuestionAsync(fixture.Hendra, courseId, quizId, version, questions["TF APBDes"]));

        version = await QuizzesAsync(s => s.PublishAsync(fixture.Hendra, courseId, quizId, version));
        Assert.Equal(QuizStatus.Published, (await StoredAsync(quizId)).Status);
        var locked = version;
        var e = await Assert.ThrowsAsync<DomainException>(() =>
            QuizzesAsync(s => s.AddQuestionAsync(fixture.Hendra, courseId, quizId, locked, questions["SA Musdes"])));
        version = await QuizzesAsync(s => s.UnpublishAsync(fixture.Hendra, courseId, quizId, version));

        Assert.Contains("tarik dulu", e.Message);
        Assert.Equal(QuizStatus.Draft, (await StoredAsync(quizId)).Status);
        await QuizzesAsync(s => s.AddQuestionAsync(fixture.Hendra, courseId, quizId, version, questions["SA Musdes"]));
        Assert.Equal(2, (await StoredAsync(quizId)).Slots.Count);
    }

    [Fact]
    public async Task Delete_DraftGoesWithItsSlots_PublishedIsRefused()
    {
        var (courseId, draftId) = await NewPracticeQuizAsync();
        var publishedId = await QuizzesAsync(s => s.CreateAsync(fixture.Hendra, courseId, "Latihan terbit", QuizPurpose.Practice));
        var questions = await QuestionIdsAsync(courseId);
        var draftVersion = await QuizzesAsync(async s => await s.AddQuestionAsync(fixture.Hendra, courseId, draftId,
            (await s.QuizAsync(fixture.Hendra, courseId, draftId))!.RowVersion, questions["TF APBDes"]));
        var publishedVersion = await QuizzesAsync(async s => await s.AddQuestionAsync(fixture.Hendra, courseId, publishedId,
            (await s.QuizAsync(fixture.Hendra, courseId, publishedId))!.RowVersion, questions["TF APBDes"]));
        publishedVersion = await QuizzesAsync(s => s.PublishAsync(fixture.Hendra, courseId, publishedId, publishedVersion));

        await QuizzesAsync(s => s.DeleteAsync(fixture.Hendra, courseId, draftId, draftVersion));
        var e = await Assert.ThrowsAsync<DomainException>(() => QuizzesAsync(s => s.DeleteAsync(fixture.Hendra, courseId, publishedId, publishedVersion)));

        Assert.Equal(Quiz.DeletePublishedMessage, e.Message);
        Assert.False(await fixture.Database.QueryAsync(db => db.Quizzes.AnyAsync(q => q.Id == draftId)));
        Assert.False(await fixture.Database.QueryAsync(db => db.QuizSlots.AnyAsync(s => s.QuizId == draftId)));
        Assert.True(await fixture.Database.QueryAsync(db => db.Quizzes.AnyAsync(q => q.Id == publishedId)));
        Assert.Null(await QuizzesAsync(s => s.QuizAsync(fixture.Hendra, courseId, draftId)));
    }

    [Fact]
    public async Task Delete_DraftThatAnOfficialHasAttempted_IsRefusedAndTheAttemptKept()
    {
        // Bu Siti is enrolled in the APBDes course (demo data), which Pak Hendra trains.
        var courseId = await fixture.Database.QueryAsync(db => db.Courses.Where(c => c.Slug == DemoCourses.SitiCourseSlug).Select(c => c.Id).SingleAsync());
        var quizId = await QuizzesAsync(s => s.CreateAsync(fixture.Hendra, courseId, "Latihan sekali jalan", QuizPurpose.Practice));
        var questionId = await fixture.Database.QueryAsync(db => db.BankQuestions.Where(q => q.CourseId == courseId).Select(q => q.Id).FirstAsync());
        var version = (await EditorAsync(courseId, quizId)).RowVersion;
        version = await QuizzesAsync(s => s.AddQuestionAsync(fixture.Hendra, courseId, quizId, version, questionId));
        version = await QuizzesAsync(s => s.PublishAsync(fixture.Hendra, courseId, quizId, version));
        await using (var scope = fixture.Database.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<AttemptService>().StartOrResumeAsync(fixture.SitiId, quizId);
        version = await QuizzesAsync(s => s.UnpublishAsync(fixture.Hendra, courseId, quizId, version));
        var editor = await EditorAsync(courseId, quizId);

        var e = await Assert.ThrowsAsync<DomainException>(() => QuizzesAsync(s => s.DeleteAsync(fixture.Hendra, courseId, quizId, version)));

        Assert.Equal(QuizService.InUseMessage, e.Message);
        Assert.Equal((1, false), (editor.Attempts, editor.CanDelete));
        Assert.True(await fixture.Database.QueryAsync(db => db.Quizzes.AnyAsync(q => q.Id == quizId)));
        Assert.Equal(1, await fixture.Database.QueryAsync(db => db.QuizAttempts.CountAsync(a => a.QuizId == quizId && a.UserId == fixture.SitiId)));
    }

    [Fact]
    public async Task QuizOfAnotherCourse_ThroughThisCoursesAddress_IsNotFound()
    {
        var (courseId, quizId) = await NewPracticeQuizAsync();
        var (otherCourseId, _) = await NewPracticeQuizAsync();
        var version = (await EditorAsync(courseId, quizId)).RowVersion;

        Assert.Null(await QuizzesAsync(s => s.QuizAsync(fixture.Hendra, otherCourseId, quizId)));
        var e = await Assert.ThrowsAsync<DomainException>(() => QuizzesAsync(s => s.PublishAsync(fixture.Hendra, otherCourseId, quizId, version)));
        Assert.Equal(QuizService.NotFoundMessage, e.Message);
    }

    public enum Intruder { OtherTrainer, Reviewer, Official }

    private Actor As(Intruder who) => who switch
    {
        Intruder.OtherTrainer => fixture.Dewi,
        Intruder.Reviewer => new Actor(fixture.ReviewerId, IsAdmin: false, IsTrainer: false),
        _ => new Actor(fixture.SitiId, IsAdmin: false, IsTrainer: false),
    };

    [Theory]
    [InlineData(Intruder.OtherTrainer)]
    [InlineData(Intruder.Reviewer)]
    [InlineData(Intruder.Official)]
    public async Task EveryCall_BySomeoneWhoDoesNotTrainTheCourse_IsRefusedAndChangesNothing(Intruder who)
    {
        var (courseId, quizId) = await NewPracticeQuizAsync();
        var questions = await QuestionIdsAsync(courseId);
        var categories = await CategoryIdsAsync(courseId);
        var version = (await EditorAsync(courseId, quizId)).RowVersion;
        version = await QuizzesAsync(s => s.AddQuestionAsync(fixture.Hendra, courseId, quizId, version, questions["TF APBDes"]));
        var slotId = (await EditorAsync(courseId, quizId)).Slots[0].Id;
        var form = (await EditorAsync(courseId, quizId)).Settings;
        form.TimeLimitMinutes = 5;
        var intruder = As(who);

        var calls = new Func<QuizService, Task>[]
        {
            s => s.QuizzesAsync(intruder, courseId),
            s => s.QuizAsync(intruder, courseId, quizId),
            s => s.CreateAsync(intruder, courseId, "Kuis gelap", QuizPurpose.Practice),
            s => s.SaveSettingsAsync(intruder, courseId, quizId, form),
            s => s.AddQuestionAsync(intruder, courseId, quizId, version, questions["SA Musdes"]),
            s => s.AddRandomAsync(intruder, courseId, quizId, version, categories["Pre-test/Istilah"], 2),
            s => s.MoveSlotAsync(intruder, courseId, quizId, version, slotId, 1),
            s => s.RemoveSlotAsync(intruder, courseId, quizId, version, slotId),
            s => s.PublishAsync(intruder, courseId, quizId, version),
            s => s.UnpublishAsync(intruder, courseId, quizId, version),
            s => s.DeleteAsync(intruder, courseId, quizId, version),
        };
        foreach (var call in calls)
        {
            var e = await Assert.ThrowsAsync<DomainException>(() => QuizzesAsync(call));
            Assert.Equal(CourseAccess.RefusedMessage, e.Message);
        }

        var stored = await StoredAsync(quizId);
        Assert.Equal((version, QuizStatus.Draft, (int?)null), (stored.RowVersion, stored.Status, stored.TimeLimitMinutes));
        Assert.Single(stored.Slots);
        Assert.Equal(1, await fixture.Database.QueryAsync(db => db.Quizzes.CountAsync(q => q.CourseId == courseId)));
    }

    [Fact]
    public async Task Admin_MayEditAnyCoursesQuiz()
    {
        var (courseId, quizId) = await NewPracticeQuizAsync();
        var form = (await EditorAsync(courseId, quizId, fixture.Admin)).Settings;
        form.PassingScore = 75;

        await QuizzesAsync(s => s.SaveSettingsAsync(fixture.Admin, courseId, quizId, form));

        Assert.Equal(75, (await StoredAsync(quizId)).PassingScore);
    }
}
