namespace SmartVillage.Domain;

/// <summary>A business rule was broken; the message tells a person what to do about it.</summary>
public sealed class DomainException(string message) : Exception(message);
