namespace SmartVillage.Learning.Features.Assessments.Grading;

/// <summary>A trainer's grade for one essay answer: points out of the question's mark, and a comment for the official.</summary>
public sealed class EssayGradeForm
{
    public const int CommentMaxLength = 2000;

    public long AttemptId { get; set; }
    public int Number { get; set; }

    /// <summary>The question's mark in the attempt (the most points it can get).</summary>
    public decimal MaxPoints { get; set; }

    public decimal? Points { get; set; }
    public string? Comment { get; set; }

    /// <summary>The answer's grade time when the trainer opened it (null: ungraded); see <see cref="EssayToGrade.SeenGradedAt"/>.</summary>
    public DateTimeOffset? SeenGradedAt { get; set; }

    public static EssayGradeForm For(EssayToGrade essay) => new()
    {
        AttemptId = essay.AttemptId,
        Number = essay.Number,
        MaxPoints = essay.MaxPoints,
        SeenGradedAt = essay.SeenGradedAt,
    };
}
