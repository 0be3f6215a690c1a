namespace SmartVillage.Domain.Catalog;

/// <summary>A trainer who may edit a course: its owner or a co-trainer.</summary>
public sealed class CourseTrainer
{
    private CourseTrainer() { }

    internal CourseTrainer(string userId, bool isOwner)
    {
        UserId = userId;
        IsOwner = isOwner;
    }

    public int CourseId { get; private set; }
    public string UserId { get; private set; } = "";
    public bool IsOwner { get; private set; }
}
