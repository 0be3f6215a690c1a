namespace SmartVillage.Learning.Features.Networks.Discussion;

/// <summary>A new discussion topic in a track, in Markdown; the token makes a double click post it once.</summary>
public sealed class ThreadForm
{
    public string TrackCode { get; set; } = "";
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public Guid ClientToken { get; set; } = Guid.NewGuid();
}
