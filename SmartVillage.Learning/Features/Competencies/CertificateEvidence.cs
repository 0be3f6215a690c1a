using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Certificates;
using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Competencies;

/// <summary>
/// A valid certificate (not revoked, not replaced: a re-issue counts once, as itself) for a mapped course, or for a
/// workshop mapped by its course or its track. Shows the mapped level. SourceId is the certificate id.
/// </summary>
public sealed class CertificateEvidence : ICompetencyEvidenceSource
{
    public EvidenceKind Kind => EvidenceKind.Certificate;

    public async Task<IReadOnlyList<EvidenceRow>> ForAsync(LearningDbContext db, IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var certificates = db.Certificates.Where(c => c.Status == CertificateStatus.Valid && userIds.Contains(c.UserId));
        var forCourses = await (from c in certificates
                                join course in db.Courses on c.CourseId equals course.Id
                                join m in db.CompetencyMappings on course.Id equals m.CourseId
                                where m.Kind == MappingKind.Course
                                select new EvidenceRow
                                {
                                    UserId = c.UserId, AreaCode = m.AreaCode, Level = m.Level, Kind = EvidenceKind.Certificate, SourceId = c.Id,
                                    EarnedAt = c.IssuedAt, TrackCode = course.TrackCode,
                                }).ToListAsync(ct);
        var forWorkshops = await (from c in certificates
                                  join w in db.Workshops on c.WorkshopId equals w.Id
                                  from m in db.CompetencyMappings
                                  where m.Kind == MappingKind.Workshop
                                        && ((m.CourseId != null && m.CourseId == w.CourseId) || (m.TrackCode != null && m.TrackCode == w.TrackCode))
                                  select new EvidenceRow
                                  {
                                      UserId = c.UserId, AreaCode = m.AreaCode, Level = m.Level, Kind = EvidenceKind.Certificate, SourceId = c.Id,
                                      EarnedAt = c.IssuedAt, TrackCode = w.TrackCode,
                                  }).ToListAsync(ct);
        return [.. forCourses, .. forWorkshops];
    }

    public async Task<IReadOnlyDictionary<int, string>> NamesAsync(LearningDbContext db, IReadOnlyCollection<int> sourceIds, CancellationToken ct) =>
        await db.Certificates.Where(c => sourceIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => $"{c.Title} ({c.Number})", ct);
}
