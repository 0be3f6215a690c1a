namespace SmartVillage.Domain.Assessments;

/// <summary>What a quiz is for: the learning gain of a course is its post-test score minus its pre-test score.</summary>
public enum QuizPurpose
{
    PreTest,
    PostTest,
    Practice,
}

/// <summary>Which attempt's score counts when several are allowed.</summary>
public enum GradingMethod
{
    Highest,
    Average,
    First,
    Last,
}

/// <summary>What an official sees when reviewing a finished attempt.</summary>
public enum ReviewOptions
{
    ScoreOnly,
    CorrectAnswers,
    Feedback,
}

public enum QuizStatus
{
    Draft,
    Published,
}
