namespace SmartVillage.Domain.Assessments;

/// <summary>
/// How question text is to be rendered, as GIFT marks it with <c>[moodle]</c>, <c>[html]</c>, <c>[plain]</c>
/// or <c>[markdown]</c>. Moodle's own format is the default when a file says nothing, so it is ours too.
/// </summary>
public enum TextFormat
{
    Moodle,
    Html,
    Plain,
    Markdown,
}
