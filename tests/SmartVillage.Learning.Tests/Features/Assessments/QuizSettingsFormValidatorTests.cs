using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Assessments.Quizzes;

namespace SmartVillage.Learning.Tests.Features.Assessments;

public sealed class QuizSettingsFormValidatorTests
{
    private static readonly QuizSettingsFormValidator Validator = new();

    private static QuizSettingsForm Valid() => new() { Title = "Latihan", TimeLimitMinutes = 20, AttemptsAllowed = 2, PassingScore = 70 };

    [Theory]
    [InlineData(null, true)]
    [InlineData(1, true)]
    [InlineData(600, true)]
    [InlineData(0, false)]
    [InlineData(601, false)]
    public void TimeLimit_OneTo600OrEmpty(int? minutes, bool valid)
    {
        var form = Valid();
        form.TimeLimitMinutes = minutes;

        var result = Validator.Validate(form);

        Assert.Equal(valid, result.IsValid);
        if (!valid) Assert.Equal(QuizSettingsFormValidator.TimeLimitMessage, Assert.Single(result.Errors).ErrorMessage);
    }

    [Theory]
    [InlineData(-1, 70, QuizSettingsFormValidator.AttemptsMessage)]
    [InlineData(21, 70, QuizSettingsFormValidator.AttemptsMessage)]
    [InlineData(0, -1, QuizSettingsFormValidator.PassingScoreMessage)]
    [InlineData(20, 101, QuizSettingsFormValidator.PassingScoreMessage)]
    public void AttemptsAndPassingScore_OutOfRange_SayWhy(int attempts, int passing, string message)
    {
        var form = Valid();
        form.AttemptsAllowed = attempts;
        form.PassingScore = passing;

        Assert.Equal(message, Assert.Single(Validator.Validate(form).Errors).ErrorMessage);
    }

    [Fact]
    public void Dates_CloseOnTheSameDayBeforeTheOpeningHour_IsRefused_AfterIsFine()
    {
        var form = Valid();
        form.OpensDate = form.ClosesDate = new DateTime(2026, 12, 1);
        form.OpensTime = new TimeSpan(10, 0, 0);
        form.ClosesTime = new TimeSpan(9, 0, 0);

        Assert.Equal(QuizSettingsFormValidator.CloseAfterOpenMessage, Assert.Single(Validator.Validate(form).Errors).ErrorMessage);
        form.ClosesTime = null; // 23.59 WIB
        Assert.True(Validator.Validate(form).IsValid);
    }

    [Fact]
    public void WibDate_IsSevenHoursAheadOfUtc()
    {
        var form = Valid();
        form.OpensDate = new DateTime(2026, 12, 1);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero), form.ToSettings().OpensAt);
    }
}
