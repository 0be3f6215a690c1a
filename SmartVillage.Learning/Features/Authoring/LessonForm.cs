namespace SmartVillage.Learning.Features.Authoring;

/// <summary>What a trainer writes for one lesson (materi).</summary>
public sealed class LessonForm
{
    public string Title { get; set; } = "";
    public int Minutes { get; set; } = 10;
    public string Markdown { get; set; } = "";

    /// <summary>The module the lesson sits in; null puts a first lesson in a new "Modul 1".</summary>
    public int? ModuleId { get; set; }

    public LessonForm Copy() => (LessonForm)MemberwiseClone();

    /// <summary>Whether both say the same about the lesson: nothing to save, nothing to lose on leaving.</summary>
    public bool SameAs(LessonForm other) =>
        Title == other.Title && Minutes == other.Minutes && Markdown == other.Markdown && ModuleId == other.ModuleId;
}
