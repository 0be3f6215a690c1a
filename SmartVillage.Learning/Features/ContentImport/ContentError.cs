namespace SmartVillage.Learning.Features.ContentImport;

/// <summary>A problem in a content file, with the path relative to the content folder and a 1-based line.</summary>
public sealed record ContentError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
