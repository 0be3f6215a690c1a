namespace SmartVillage.Learning.Shared.Components;

/// <summary>One step of a <see cref="PageTrail"/>; without <paramref name="Href"/> it is the page itself.</summary>
public sealed record Crumb(string Text, string? Href = null);
