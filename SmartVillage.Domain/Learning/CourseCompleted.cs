namespace SmartVillage.Domain.Learning;

/// <summary>A lesson completion made an official's course complete (every lesson read).</summary>
public sealed record CourseCompleted(string UserId, int CourseId) : IDomainEvent;
