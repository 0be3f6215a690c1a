using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Reports;

/// <summary>
/// Officials holding at least one unrevoked certificate, per group, computed in SQL. Implemented by <see cref="CertificateFigures"/>: certificates issued within the period (and for a course or
/// workshop of filter.TrackCode), joined to <c>officials</c> on UserId, GROUP BY OfficialKey.Key with
/// COUNT(DISTINCT UserId).
/// </summary>
public interface ICertificateFigures
{
    Task<IReadOnlyDictionary<string, int>> CertifiedByKeyAsync(LearningDbContext db, IQueryable<OfficialKey> officials, ReportFilter filter, CancellationToken ct);
}
