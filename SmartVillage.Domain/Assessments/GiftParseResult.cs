namespace SmartVillage.Domain.Assessments;

/// <summary>
/// What a GIFT file holds. All or nothing: when any question is broken, <see cref="Questions"/> is empty
/// and <see cref="Errors"/> lists every problem in the file, so an import can never apply half a file and
/// the trainer can fix everything in one pass.
/// </summary>
public sealed record GiftParseResult(ValueList<Question> Questions, ValueList<GiftError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
