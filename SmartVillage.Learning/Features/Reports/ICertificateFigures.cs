using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Reports;

/// <summary>
/// Officials holding at least one unrevoked certificate, per group, computed in SQL. The certificates table
/// arrives with the certificates branch; until then <see cref="NoCertificateFigures"/> is registered and reports
/// show "—". The implementation after the merge: certificates issued within the period (and for a course or
/// workshop of filter.TrackCode), joined to <c>officials</c> on UserId, GROUP BY OfficialKey.Key with
/// COUNT(DISTINCT UserId).
/// </summary>
public interface ICertificateFigures
{
    bool IsAvailable { get; }

    Task<IReadOnlyDictionary<string, int>> CertifiedByKeyAsync(LearningDbContext db, IQueryable<OfficialKey> officials, ReportFilter filter, CancellationToken ct);
}

public sealed class NoCertificateFigures : ICertificateFigures
{
    public bool IsAvailable => false;

    public Task<IReadOnlyDictionary<string, int>> CertifiedByKeyAsync(LearningDbContext db, IQueryable<OfficialKey> officials, ReportFilter filter,
        CancellationToken ct) => Task.FromResult<IReadOnlyDictionary<string, int>>(new Dictionary<string, int>());
}
