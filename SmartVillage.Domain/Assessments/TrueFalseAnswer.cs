namespace SmartVillage.Domain.Assessments;

/// <summary>
/// The key of a true/false question. Feedback is kept per value the official may pick (as Moodle stores
/// it), not as "right/wrong" (as GIFT writes it: <c>{TRUE#when wrong#when right}</c>), so grading needs no
/// translation and changing the correct value keeps each message next to the choice it explains.
/// </summary>
public sealed record TrueFalseAnswer(bool Correct, string FeedbackForTrue = "", string FeedbackForFalse = "")
{
    public string FeedbackFor(bool picked) => picked ? FeedbackForTrue : FeedbackForFalse;
}
