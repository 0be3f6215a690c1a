using SmartVillage.Domain.Networks;

namespace SmartVillage.Learning.Features.Networks.Collaboration;

/// <summary>A need or an offer an official posts for their village. The token is made when the form opens (double-click safety).</summary>
public sealed class CollaborationForm
{
    public CollaborationKind Kind { get; set; } = CollaborationKind.Need;
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string? TrackCode { get; set; }
    public string? Area { get; set; }
    public Guid ClientToken { get; set; } = Guid.NewGuid();
}
