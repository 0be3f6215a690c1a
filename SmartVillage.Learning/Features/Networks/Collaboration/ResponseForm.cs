namespace SmartVillage.Learning.Features.Networks.Collaboration;

/// <summary>A response to a collaboration request; the token makes a double click post it once.</summary>
public sealed class ResponseForm
{
    public string Body { get; set; } = "";
    public Guid ClientToken { get; set; } = Guid.NewGuid();
}
