namespace SmartVillage.Domain.Assessments;

/// <summary>
/// Options picked in a single-choice, missing-word or multiple-answer question, as 0-based positions in
/// <see cref="Question.Choices"/>. Positions, not displayed order: a shuffled quiz maps back before grading.
/// </summary>
public sealed record ChoiceResponse(ValueList<int> SelectedIndices) : Response
{
    public static ChoiceResponse One(int index) => new([index]);

    public static ChoiceResponse Many(params int[] indices) => new(ValueList.From(indices));
}
