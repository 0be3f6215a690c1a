using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Features.Workshops;

namespace SmartVillage.Learning.Features.Assessments.Quizzes;

/// <summary>
/// What a trainer sets about a quiz. Open and close dates are typed in WIB (the trainer's wall clock) and kept as UTC
/// in the quiz; a date without a time opens at 00.00 and closes at 23.59 WIB.
/// </summary>
public sealed class QuizSettingsForm
{
    public static readonly TimeSpan DefaultOpensTime = TimeSpan.Zero;
    public static readonly TimeSpan DefaultClosesTime = new(23, 59, 0);

    public string Title { get; set; } = "";

    /// <summary>Empty: no time limit.</summary>
    public int? TimeLimitMinutes { get; set; }

    /// <summary>0: unlimited.</summary>
    public int AttemptsAllowed { get; set; }

    public GradingMethod GradingMethod { get; set; } = GradingMethod.Highest;
    public bool ShuffleQuestions { get; set; }
    public bool ShuffleChoices { get; set; }
    public int PassingScore { get; set; } = 70;
    public ReviewOptions Review { get; set; } = ReviewOptions.Feedback;

    /// <summary>WIB calendar date (the time of day is ignored).</summary>
    public DateTime? OpensDate { get; set; }

    /// <summary>WIB wall-clock time.</summary>
    public TimeSpan? OpensTime { get; set; }

    public DateTime? ClosesDate { get; set; }
    public TimeSpan? ClosesTime { get; set; }

    /// <summary>The quiz's concurrency token when the form was loaded.</summary>
    public Guid RowVersion { get; set; }

    public DateTimeOffset? OpensAt => AtWib(OpensDate, OpensTime ?? DefaultOpensTime);

    public DateTimeOffset? ClosesAt => AtWib(ClosesDate, ClosesTime ?? DefaultClosesTime);

    public QuizSettings ToSettings() => new(TimeLimitMinutes, AttemptsAllowed, GradingMethod, ShuffleQuestions, ShuffleChoices, PassingScore,
        Review, OpensAt?.ToUniversalTime(), ClosesAt?.ToUniversalTime());

    public static QuizSettingsForm From(Quiz quiz) => new()
    {
        Title = quiz.Title,
        TimeLimitMinutes = quiz.TimeLimitMinutes,
        AttemptsAllowed = quiz.AttemptsAllowed,
        GradingMethod = quiz.GradingMethod,
        ShuffleQuestions = quiz.ShuffleQuestions,
        ShuffleChoices = quiz.ShuffleChoices,
        PassingScore = quiz.PassingScore,
        Review = quiz.Review,
        OpensDate = quiz.OpensAt?.ToWib().Date,
        OpensTime = quiz.OpensAt?.ToWib().TimeOfDay,
        ClosesDate = quiz.ClosesAt?.ToWib().Date,
        ClosesTime = quiz.ClosesAt?.ToWib().TimeOfDay,
        RowVersion = quiz.RowVersion,
    };

    /// <summary>Whether both forms say the same about the quiz (the version aside).</summary>
    public bool SameAs(QuizSettingsForm other) =>
        Title == other.Title && ToSettings() == other.ToSettings();

    public QuizSettingsForm Copy() => (QuizSettingsForm)MemberwiseClone();

    private static DateTimeOffset? AtWib(DateTime? date, TimeSpan time) =>
        date is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d.Date, DateTimeKind.Unspecified) + time, Wib.Offset) : null;
}
