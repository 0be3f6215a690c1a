using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Certificates;
using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Reports;

namespace SmartVillage.Learning.Features.Competencies;

/// <summary>
/// A valid certificate (not revoked, not replaced: a re-issue counts once, as itself) for a mapped course, or for a
/// workshop mapped by its course or its track. Shows the mapped level. SourceId is the certificate id.
/// </summary>
public sealed class CertificateEvidence : ICompetencyEvidenceSource
{
    public EvidenceKind Kind => EvidenceKind.Certificate;

    public IQueryable<EvidenceRow> Query(LearningDbContext db, ReportFilter filter)
    {
        var certificates = db.Certificates.Where(c => c.Status == CertificateStatus.Valid);
        if (filter.FromUtcText is { } from) certificates = certificates.Where(c => ReportSql.Utc(c.IssuedAt).CompareTo(from) >= 0);
        if (filter.UntilUtcText is { } until) certificates = certificates.Where(c => ReportSql.Utc(c.IssuedAt).CompareTo(until) < 0);
        var courses = db.Courses.AsQueryable();
        var workshops = db.Workshops.AsQueryable();
        if (filter.TrackCode is { } track)
        {
            courses = courses.Where(c => c.TrackCode == track);
            workshops = workshops.Where(w => w.TrackCode == track);
        }
        var forCourses = from c in certificates
                         join course in courses on c.CourseId equals course.Id
                         join m in db.CompetencyMappings on course.Id equals m.CourseId
                         where m.Kind == MappingKind.Course
                         select new EvidenceRow { UserId = c.UserId, AreaCode = m.AreaCode, Level = m.Level, Kind = EvidenceKind.Certificate, SourceId = c.Id };
        var forWorkshops = from c in certificates
                           join w in workshops on c.WorkshopId equals w.Id
                           from m in db.CompetencyMappings
                           where m.Kind == MappingKind.Workshop
                                 && ((m.CourseId != null && m.CourseId == w.CourseId) || (m.TrackCode != null && m.TrackCode == w.TrackCode))
                           select new EvidenceRow { UserId = c.UserId, AreaCode = m.AreaCode, Level = m.Level, Kind = EvidenceKind.Certificate, SourceId = c.Id };
        return forCourses.Concat(forWorkshops);
    }

    public async Task<IReadOnlyDictionary<int, string>> NamesAsync(LearningDbContext db, IReadOnlyCollection<int> sourceIds, CancellationToken ct) =>
        await db.Certificates.Where(c => sourceIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => $"{c.Title} ({c.Number})", ct);
}
