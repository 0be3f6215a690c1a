namespace SmartVillage.Domain.Assessments;

/// <summary>How a new pre-test, post-test or practice quiz starts out, whether the content or a trainer creates it.</summary>
public static class QuizDefaults
{
    /// <summary>How the pre-test and post-test run (issue 4): short, few attempts, the course's passing score.</summary>
    public static QuizSettings SettingsFor(QuizPurpose purpose, int passingScore) => purpose switch
    {
        QuizPurpose.PreTest => new QuizSettings(TimeLimitMinutes: 15, AttemptsAllowed: 1, GradingMethod: GradingMethod.First,
            PassingScore: passingScore, Review: ReviewOptions.ScoreOnly),
        QuizPurpose.PostTest => new QuizSettings(TimeLimitMinutes: 20, AttemptsAllowed: 2, GradingMethod: GradingMethod.Highest,
            PassingScore: passingScore, Review: ReviewOptions.Feedback),
        _ => new QuizSettings(PassingScore: passingScore),
    };

    public static string TitleFor(QuizPurpose purpose, string courseTitle)
    {
        var title = (purpose == QuizPurpose.PreTest ? "Pre-test: " : purpose == QuizPurpose.PostTest ? "Post-test: " : "Latihan: ") + courseTitle;
        return title.Length <= Quiz.TitleMaxLength ? title : title[..(Quiz.TitleMaxLength - 1)].TrimEnd() + "…";
    }
}
