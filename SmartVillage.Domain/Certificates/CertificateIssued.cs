namespace SmartVillage.Domain.Certificates;

/// <summary>A new certificate exists (number and verification code assigned). Staged in the issuing transaction.</summary>
public sealed record CertificateIssued(string UserId, string Title, string Number, string Code) : IDomainEvent;
