using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Reports;

namespace SmartVillage.Learning.Features.Competencies;

/// <summary>
/// A mapped workshop (by its course or its track) attended: sessions marked Hadir or Terlambat reach the
/// workshop's completion threshold of all its sessions, so the official has already attended enough whatever
/// happens in the sessions left. Shows Menengah at most.
/// </summary>
public sealed class WorkshopAttendanceEvidence : ICompetencyEvidenceSource
{
    public EvidenceKind Kind => EvidenceKind.WorkshopAttended;

    public IQueryable<EvidenceRow> Query(LearningDbContext db, ReportFilter filter)
    {
        const CompetencyLevel ceiling = CompetencyLevel.Intermediate;
        var marks = from m in db.AttendanceMarks
                    join s in db.WorkshopSessions on m.SessionId equals s.Id
                    where m.Status == AttendanceStatus.Present || m.Status == AttendanceStatus.Late
                    select new { m.UserId, s.WorkshopId, s.StartsAt };
        if (filter.FromUtcText is { } from) marks = marks.Where(x => ReportSql.Utc(x.StartsAt).CompareTo(from) >= 0);
        if (filter.UntilUtcText is { } until) marks = marks.Where(x => ReportSql.Utc(x.StartsAt).CompareTo(until) < 0);
        var present = marks.GroupBy(x => new { x.UserId, x.WorkshopId }).Select(g => new { g.Key.UserId, g.Key.WorkshopId, Present = g.Count() });
        var workshops = db.Workshops.AsQueryable();
        if (filter.TrackCode is { } track) workshops = workshops.Where(w => w.TrackCode == track);
        var sessionCounts = db.WorkshopSessions.GroupBy(s => s.WorkshopId).Select(g => new { WorkshopId = g.Key, Count = g.Count() });
        var attended = from p in present
                       join w in workshops on p.WorkshopId equals w.Id
                       join c in sessionCounts on w.Id equals c.WorkshopId
                       where p.Present * 100 >= w.CompletionThreshold * c.Count
                       select new { p.UserId, w.Id, w.CourseId, w.TrackCode };
        return from a in attended
               from m in db.CompetencyMappings
               where m.Kind == MappingKind.Workshop && ((m.CourseId != null && m.CourseId == a.CourseId) || (m.TrackCode != null && m.TrackCode == a.TrackCode))
               select new EvidenceRow
               {
                   UserId = a.UserId,
                   AreaCode = m.AreaCode,
                   Level = m.Level < ceiling ? m.Level : ceiling,
                   Kind = EvidenceKind.WorkshopAttended,
                   SourceId = a.Id,
               };
    }

    public async Task<IReadOnlyDictionary<int, string>> NamesAsync(LearningDbContext db, IReadOnlyCollection<int> sourceIds, CancellationToken ct) =>
        await db.Workshops.Where(w => sourceIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Title, ct);
}
