namespace SmartVillage.Domain.Assessments;

/// <summary>
/// What a question file (GIFT or Moodle XML) holds. All or nothing: when any question is broken, <see cref="Questions"/> is empty
/// and <see cref="Errors"/> lists every problem in the file, so an import can never apply half a file and
/// the trainer can fix everything in one pass.
/// </summary>
public sealed record ParsedQuestions(ValueList<Question> Questions, ValueList<QuestionFileError> Errors)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>The 1-based line where each of <see cref="Questions"/> starts, in the same order, so later checks (an ID number used twice) can point at it.</summary>
    public ValueList<int> Lines { get; init; } = ValueList<int>.Empty;

    /// <summary>The line where question <paramref name="index"/> starts; 1 when unknown.</summary>
    public int LineOf(int index) => index >= 0 && index < Lines.Count ? Lines[index] : 1;
}
