namespace SmartVillage.Learning.Resources;

/// <summary>Anchor type for the shared UI strings: Indonesian in SharedResource.resx, English in SharedResource.en.resx.</summary>
public sealed class SharedResource;
