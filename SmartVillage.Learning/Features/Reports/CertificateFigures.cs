using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Certificates;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Reports;

/// <summary>
/// Officials holding at least one valid certificate (neither revoked nor replaced by a re-issue: the re-issue is the
/// valid one) issued within the period, for a course or workshop of the filter's track; COUNT of distinct officials per key.
/// </summary>
public sealed class CertificateFigures : ICertificateFigures
{
    public async Task<IReadOnlyDictionary<string, int>> CertifiedByKeyAsync(LearningDbContext db, IQueryable<OfficialKey> officials, ReportFilter filter,
        CancellationToken ct)
    {
        var certificates = db.Certificates.Where(c => c.Status == CertificateStatus.Valid);
        if (filter.TrackCode is { } track)
        {
            var courseIds = db.Courses.Where(c => c.TrackCode == track).Select(c => c.Id);
            var workshopIds = db.Workshops.Where(w => w.TrackCode == track).Select(w => w.Id);
            certificates = certificates.Where(c => (c.CourseId != null && courseIds.Contains(c.CourseId.Value))
                                                   || (c.WorkshopId != null && workshopIds.Contains(c.WorkshopId.Value)));
        }
        if (filter.FromUtcText is { } from) certificates = certificates.Where(c => ReportSql.Utc(c.IssuedAt).CompareTo(from) >= 0);
        if (filter.UntilUtcText is { } until) certificates = certificates.Where(c => ReportSql.Utc(c.IssuedAt).CompareTo(until) < 0);
        // EXISTS per official through the (UserId, …) index; IN (SELECT …) would first index every certificate.
        var rows = await (from o in officials
                          where certificates.Any(c => c.UserId == o.UserId)
                          group o by o.Key into g
                          select new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Key, r => r.Count, StringComparer.Ordinal);
    }
}
