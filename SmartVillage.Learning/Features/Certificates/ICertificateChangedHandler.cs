namespace SmartVillage.Learning.Features.Certificates;

/// <summary>
/// Told after a certificate of this official was issued, revoked or re-issued (committed), so features that read
/// certificates as evidence can follow. Handlers must not throw: the certificate change is already done.
/// </summary>
public interface ICertificateChangedHandler
{
    Task OnCertificateChangedAsync(string userId, CancellationToken cancellationToken = default);
}
