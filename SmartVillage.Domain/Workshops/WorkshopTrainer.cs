namespace SmartVillage.Domain.Workshops;

/// <summary>A trainer who runs a workshop: its owner or a co-trainer (like <see cref="Catalog.CourseTrainer"/>).</summary>
public sealed class WorkshopTrainer
{
    private WorkshopTrainer() { }

    internal WorkshopTrainer(string userId, bool isOwner)
    {
        UserId = userId;
        IsOwner = isOwner;
    }

    public int WorkshopId { get; private set; }
    public string UserId { get; private set; } = "";
    public bool IsOwner { get; private set; }
}
