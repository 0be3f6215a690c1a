namespace SmartVillage.Learning.Features.Networks.Discussion;

/// <summary>A reply in Markdown; the token makes a double click post it once.</summary>
public sealed class ReplyForm
{
    public string Body { get; set; } = "";
    public Guid ClientToken { get; set; } = Guid.NewGuid();
}
