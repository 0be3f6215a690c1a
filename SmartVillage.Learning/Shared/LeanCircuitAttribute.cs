namespace SmartVillage.Learning.Shared;

/// <summary>
/// Marks a live page that many phones keep open for a long time (the quiz attempt): its theme and its head are rendered
/// into the page's HTML, outside its circuit, so an open page keeps only its body alive on the server (decision 0023).
/// Such a page is left by full loads only: its head is not live, so a page routed to inside its circuit would keep the
/// old title.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class LeanCircuitAttribute : Attribute;
