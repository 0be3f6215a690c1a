using SmartVillage.Domain.Assessments;

namespace SmartVillage.Domain.Tests.Assessments;

public sealed class QuizTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlyDictionary<int, int> NoCategories = new Dictionary<int, int>();

    private static Quiz NewQuiz(QuizSettings? settings = null) =>
        new(courseId: 1, "Post-test APBDes", QuizPurpose.PostTest, settings ?? new QuizSettings(TimeLimitMinutes: 20, AttemptsAllowed: 2), Now);

    [Fact]
    public void Publish_WithoutSlots_IsRefused()
    {
        var quiz = NewQuiz();

        var e = Assert.Throws<DomainException>(() => quiz.Publish(NoCategories, Now));

        Assert.Equal(Quiz.NoSlotsMessage, e.Message);
        Assert.Equal(QuizStatus.Draft, quiz.Status);
    }

    [Fact]
    public void Publish_RandomSlotAskingMoreThanTheCategoryHolds_IsRefused()
    {
        var quiz = NewQuiz();
        quiz.AddRandom(categoryId: 7, count: 3, Now);
        quiz.AddRandom(categoryId: 7, count: 3, Now);

        var e = Assert.Throws<DomainException>(() => quiz.Publish(new Dictionary<int, int> { [7] = 5 }, Now));

        Assert.Contains("6 soal acak", e.Message);
        Assert.Equal(QuizStatus.Draft, quiz.Status);
    }

    [Fact]
    public void Publish_RandomSlotWithinTheCategory_PublishesAndCountsQuestions()
    {
        var quiz = NewQuiz();
        quiz.AddQuestion(11, Now);
        quiz.AddRandom(categoryId: 7, count: 5, Now);

        quiz.Publish(new Dictionary<int, int> { [7] = 5 }, Now);

        Assert.Equal(QuizStatus.Published, quiz.Status);
        Assert.Equal(6, quiz.QuestionCount);
        Assert.Equal([1, 2], quiz.Slots.Select(s => s.Position));
    }

    [Fact]
    public void AddQuestion_PublishedQuiz_IsRefused()
    {
        var quiz = NewQuiz();
        quiz.AddQuestion(11, Now);
        quiz.Publish(NoCategories, Now);

        Assert.Throws<DomainException>(() => quiz.AddQuestion(12, Now));
    }

    [Fact]
    public void AddQuestion_SameQuestionTwice_IsRefused()
    {
        var quiz = NewQuiz();
        quiz.AddQuestion(11, Now);

        Assert.Throws<DomainException>(() => quiz.AddQuestion(11, Now));
    }

    [Fact]
    public void AddRandom_ZeroQuestions_IsRefused() =>
        Assert.Throws<DomainException>(() => NewQuiz().AddRandom(categoryId: 7, count: 0, Now));

    [Theory]
    [InlineData(0, 1, 70)]
    [InlineData(20, -1, 70)]
    [InlineData(20, 1, 101)]
    public void New_SettingsOutOfRange_AreRefused(int minutes, int attempts, int passing) =>
        Assert.Throws<DomainException>(() => NewQuiz(new QuizSettings(TimeLimitMinutes: minutes, AttemptsAllowed: attempts, PassingScore: passing)));

    [Fact]
    public void Configure_CloseBeforeOpen_IsRefused()
    {
        var settings = new QuizSettings(OpensAt: Now, ClosesAt: Now.AddHours(-1));

        Assert.Throws<DomainException>(() => NewQuiz().Configure("Post-test", settings, Now));
    }

    [Fact]
    public void Configure_LocalTimeDates_AreRefused() =>
        Assert.Throws<DomainException>(() => NewQuiz(new QuizSettings(OpensAt: new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(7)))));

    [Fact]
    public void Configure_SameSettings_ChangesNothing()
    {
        var quiz = NewQuiz();
        var version = quiz.RowVersion;

        var changed = quiz.Configure(quiz.Title, quiz.Settings, Now.AddMinutes(5));

        Assert.False(changed);
        Assert.Equal(version, quiz.RowVersion);
    }

    [Fact]
    public void IsOpenAt_HonoursPublicationAndDates()
    {
        var quiz = NewQuiz(new QuizSettings(OpensAt: Now.AddDays(1), ClosesAt: Now.AddDays(2)));
        quiz.AddQuestion(11, Now);

        Assert.False(quiz.IsOpenAt(Now.AddDays(1).AddHours(1)));
        quiz.Publish(NoCategories, Now);
        Assert.False(quiz.IsOpenAt(Now));
        Assert.True(quiz.IsOpenAt(Now.AddDays(1).AddHours(1)));
        Assert.False(quiz.IsOpenAt(Now.AddDays(2)));
    }

    [Fact]
    public void UseQuestions_SameQuestionsInOrder_ChangesNothing()
    {
        var quiz = NewQuiz();
        Assert.True(quiz.UseQuestions([3, 1, 2], Now));
        var version = quiz.RowVersion;

        Assert.False(quiz.UseQuestions([3, 1, 2], Now));
        Assert.Equal(version, quiz.RowVersion);
        Assert.True(quiz.UseQuestions([1, 2, 3], Now));
        Assert.Equal([1, 2, 3], quiz.Slots.OrderBy(s => s.Position).Select(s => s.QuestionId!.Value));
    }

    [Fact]
    public void UseQuestions_EmptyOnPublishedQuiz_IsRefused()
    {
        var quiz = NewQuiz();
        quiz.UseQuestions([1], Now);
        quiz.Publish(NoCategories, Now);

        Assert.Throws<DomainException>(() => quiz.UseQuestions([], Now));
    }

    [Fact]
    public void MoveSlot_LastToFirst_RenumbersEverySlot()
    {
        var quiz = NewQuiz();
        quiz.AddQuestion(11, Now);
        quiz.AddQuestion(12, Now);
        var random = quiz.AddRandom(categoryId: 7, count: 2, Now);
        var version = quiz.RowVersion;

        quiz.MoveSlot(random, 1, Now);

        Assert.Equal([(int?)null, 11, 12], quiz.Slots.OrderBy(s => s.Position).Select(s => s.QuestionId));
        Assert.Equal([1, 2, 3], quiz.Slots.OrderBy(s => s.Position).Select(s => s.Position));
        Assert.NotEqual(version, quiz.RowVersion);
    }

    [Fact]
    public void MoveSlot_BeyondTheEnd_GoesLastAndSamePlaceChangesNothing()
    {
        var quiz = NewQuiz();
        var first = quiz.AddQuestion(11, Now);
        quiz.AddQuestion(12, Now);

        quiz.MoveSlot(first, 99, Now);
        var version = quiz.RowVersion;
        quiz.MoveSlot(first, 2, Now);

        Assert.Equal([12, 11], quiz.Slots.OrderBy(s => s.Position).Select(s => s.QuestionId!.Value));
        Assert.Equal(version, quiz.RowVersion);
    }

    [Fact]
    public void MoveSlot_PublishedQuiz_IsRefused()
    {
        var quiz = NewQuiz();
        var first = quiz.AddQuestion(11, Now);
        quiz.AddQuestion(12, Now);
        quiz.Publish(NoCategories, Now);

        Assert.Throws<DomainException>(() => quiz.MoveSlot(first, 2, Now));
        Assert.Equal(1, first.Position);
    }

    [Fact]
    public void DemandDeletable_OnlyDrafts()
    {
        var quiz = NewQuiz();
        quiz.AddQuestion(11, Now);
        quiz.DemandDeletable();
        quiz.Publish(NoCategories, Now);

        Assert.Equal(Quiz.DeletePublishedMessage, Assert.Throws<DomainException>(quiz.DemandDeletable).Message);
    }
}
