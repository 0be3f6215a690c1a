namespace SmartVillage.Domain.Competencies;

/// <summary>A mentor confirmed, replaced or withdrew an official's level in a competency area.</summary>
public sealed record CompetencyConfirmationChanged(string UserId) : IDomainEvent;
