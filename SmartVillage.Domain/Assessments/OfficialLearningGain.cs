namespace SmartVillage.Domain.Assessments;

/// <summary>
/// The stored <see cref="LearningGain"/> of one official on one course, refreshed from their attempts every time one
/// of them is graded. Kept as a row so the province's figures (averages per course and per region over ≈26,500
/// officials) are one GROUP BY instead of replaying every attempt's grading method.
/// </summary>
public sealed class OfficialLearningGain
{
    private OfficialLearningGain() { }

    public OfficialLearningGain(string userId, int courseId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        UserId = userId;
        CourseId = courseId;
    }

    public string UserId { get; private set; } = "";
    public int CourseId { get; private set; }
    public decimal? PreScore { get; private set; }
    public decimal? PostScore { get; private set; }
    public decimal? Gain { get; private set; }
    public decimal? NormalisedGain { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Takes the newly computed figures; returns false when they are what is stored already.</summary>
    public bool Update(LearningGain gain, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(gain);
        if (PreScore == gain.PreScore && PostScore == gain.PostScore && UpdatedAt != default) return false;
        PreScore = gain.PreScore;
        PostScore = gain.PostScore;
        Gain = gain.Gain;
        NormalisedGain = gain.NormalisedGain;
        UpdatedAt = now;
        return true;
    }
}
