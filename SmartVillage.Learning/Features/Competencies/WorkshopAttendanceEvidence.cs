using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Competencies;

/// <summary>
/// A mapped workshop (by its course or its track) attended: sessions marked Hadir or Terlambat reach the
/// workshop's completion threshold of all its sessions, so the official has already attended enough whatever
/// happens in the sessions left. Shows Menengah at most (<see cref="EvidenceKinds.Ceiling"/>); earned at the start of the last
/// session attended.
/// </summary>
public sealed class WorkshopAttendanceEvidence : ICompetencyEvidenceSource
{
    public EvidenceKind Kind => EvidenceKind.WorkshopAttended;

    public async Task<IReadOnlyList<EvidenceRow>> ForAsync(LearningDbContext db, IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        // Only workshops somebody maps are worth reading marks for.
        var mapped = await (from w in db.Workshops
                            from m in db.CompetencyMappings
                            where m.Kind == MappingKind.Workshop
                                  && ((m.CourseId != null && m.CourseId == w.CourseId) || (m.TrackCode != null && m.TrackCode == w.TrackCode))
                            select new
                            {
                                WorkshopId = w.Id, w.TrackCode, w.CompletionThreshold, m.AreaCode, m.Level,
                                Sessions = db.WorkshopSessions.Count(s => s.WorkshopId == w.Id),
                            }).ToListAsync(ct);
        if (mapped.Count == 0) return [];
        var workshopIds = mapped.Select(m => m.WorkshopId).Distinct().ToList();
        // DateTimeOffset cannot be aggregated in SQLite, so the (few) attended sessions come back and are counted here.
        var attended = await (from mark in db.AttendanceMarks
                              join s in db.WorkshopSessions on mark.SessionId equals s.Id
                              where userIds.Contains(mark.UserId) && workshopIds.Contains(s.WorkshopId)
                                    && (mark.Status == AttendanceStatus.Present || mark.Status == AttendanceStatus.Late)
                              select new { mark.UserId, s.WorkshopId, s.StartsAt }).ToListAsync(ct);
        var byWorkshop = mapped.ToLookup(m => m.WorkshopId);
        return attended.GroupBy(a => (a.UserId, a.WorkshopId))
            .SelectMany(g => byWorkshop[g.Key.WorkshopId]
                .Where(m => new AttendanceRate(g.Count(), m.Sessions).Meets(m.CompletionThreshold))
                .Select(m => new EvidenceRow
                {
                    UserId = g.Key.UserId,
                    AreaCode = m.AreaCode,
                    Level = m.Level,
                    Kind = EvidenceKind.WorkshopAttended,
                    SourceId = g.Key.WorkshopId,
                    EarnedAt = g.Max(a => a.StartsAt),
                    TrackCode = m.TrackCode,
                }))
            .ToList();
    }

    public async Task<IReadOnlyDictionary<int, string>> NamesAsync(LearningDbContext db, IReadOnlyCollection<int> sourceIds, CancellationToken ct) =>
        await db.Workshops.Where(w => sourceIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Title, ct);
}
