namespace SmartVillage.Domain.Certificates;

/// <summary>A certificate of this official was issued, revoked or re-issued.</summary>
public sealed record CertificateChanged(string UserId) : IDomainEvent;
