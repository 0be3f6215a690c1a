namespace SmartVillage.Domain.Mentoring;

/// <summary>An activity as the official writes it, before it belongs to a plan.</summary>
public sealed record ActivityDraft(string Title, DateOnly StartsOn, DateOnly EndsOn, string Responsible);
