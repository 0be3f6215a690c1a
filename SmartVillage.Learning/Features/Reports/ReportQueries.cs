using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Competencies;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Competencies;

namespace SmartVillage.Learning.Features.Reports;

/// <summary>
/// The GROUP BY queries behind every report. Officials in scope are keyed by a prefix of their village code
/// (5 = regency, 8 = district, 13 = village) or by their id (key length 0); each figure is one query that
/// joins to those keys and groups in SQL, so no fact row (enrollment, mark, evidence) is ever loaded.
/// </summary>
public static class ReportQueries
{
    private sealed class KeyedOfficial
    {
        public string UserId { get; init; } = "";
        public string Key { get; init; } = "";
        public OfficialPosition? Position { get; init; }
        public Gender? Gender { get; init; }
    }

    public static async Task<Dictionary<string, RegionFigures>> FiguresAsync(LearningDbContext db, IReadOnlyList<ICompetencyEvidenceSource> sources,
        IAssessmentFigures assessments, ICertificateFigures certificates, string? scopeCode, int keyLength, ReportFilter filter, CancellationToken ct)
    {
        var users = db.Users.Where(u => u.Position != null && u.VillageCode != null);
        if (scopeCode is { Length: 13 }) users = users.Where(u => u.VillageCode == scopeCode);
        else if (scopeCode is not null) users = users.Where(u => u.VillageCode!.StartsWith(scopeCode + "."));
        if (filter.Position is { } position) users = users.Where(u => u.Position == position);
        var keyed = keyLength == 0
            ? users.Select(u => new KeyedOfficial { UserId = u.Id, Key = u.Id, Position = u.Position, Gender = u.Gender })
            : users.Select(u => new KeyedOfficial { UserId = u.Id, Key = u.VillageCode!.Substring(0, keyLength), Position = u.Position, Gender = u.Gender });
        var officials = keyed.Select(k => new OfficialKey { UserId = k.UserId, Key = k.Key });

        var result = new Dictionary<string, RegionFigures>(StringComparer.Ordinal);
        RegionFigures Row(string key)
        {
            if (!result.TryGetValue(key, out var row))
            {
                result[key] = row = new RegionFigures
                {
                    Code = key,
                    Certified = certificates.IsAvailable ? 0 : null,
                    Assessment = assessments.IsAvailable ? AssessmentAggregate.Empty : null,
                };
            }
            return row;
        }

        var people = await keyed.GroupBy(k => new { k.Key, k.Position, k.Gender })
            .Select(g => new { g.Key.Key, g.Key.Position, g.Key.Gender, Count = g.Count() }).ToListAsync(ct);
        foreach (var p in people)
        {
            var row = Row(p.Key);
            row.Officials += p.Count;
            if (p.Gender == Gender.Female) row.Female += p.Count;
            if (p.Gender == Gender.Male) row.Male += p.Count;
            if (p.Position is { } pos) row.Positions[pos] = row.Positions.GetValueOrDefault(pos) + p.Count;
        }

        var enrollments = db.Enrollments.AsQueryable();
        if (filter.TrackCode is { } track)
        {
            var courseIds = db.Courses.Where(c => c.TrackCode == track).Select(c => c.Id);
            enrollments = enrollments.Where(e => courseIds.Contains(e.CourseId));
        }
        var enrolled = enrollments;
        if (filter.FromUtcText is { } from) enrolled = enrolled.Where(e => ReportSql.Utc(e.EnrolledAt).CompareTo(from) >= 0);
        if (filter.UntilUtcText is { } until) enrolled = enrolled.Where(e => ReportSql.Utc(e.EnrolledAt).CompareTo(until) < 0);
        foreach (var (key, count) in await CountPerKeyAsync(officials, enrolled.Select(e => e.UserId), ct)) Row(key).Enrolled = count;

        var completed = enrollments.Where(e => e.CompletedAt != null);
        if (filter.FromUtcText is { } cFrom) completed = completed.Where(e => ReportSql.Utc(e.CompletedAt!.Value).CompareTo(cFrom) >= 0);
        if (filter.UntilUtcText is { } cUntil) completed = completed.Where(e => ReportSql.Utc(e.CompletedAt!.Value).CompareTo(cUntil) < 0);
        foreach (var (key, count) in await CountPerKeyAsync(officials, completed.Select(e => e.UserId), ct)) Row(key).Completed = count;

        var workshops = db.Workshops.AsQueryable();
        if (filter.TrackCode is { } wTrack) workshops = workshops.Where(w => w.TrackCode == wTrack);
        var registrations = db.Registrations.Where(r => r.Status != RegistrationStatus.Cancelled);
        if (filter.TrackCode is not null) registrations = registrations.Where(r => workshops.Select(w => w.Id).Contains(r.WorkshopId));
        if (filter.FromUtcText is { } rFrom) registrations = registrations.Where(r => ReportSql.Utc(r.RegisteredAt).CompareTo(rFrom) >= 0);
        if (filter.UntilUtcText is { } rUntil) registrations = registrations.Where(r => ReportSql.Utc(r.RegisteredAt).CompareTo(rUntil) < 0);
        foreach (var (key, count) in await CountPerKeyAsync(officials, registrations.Select(r => r.UserId), ct)) Row(key).Registered = count;

        foreach (var a in await AttendanceAsync(db, officials, workshops, filter, ct))
        {
            var row = Row(a.Key);
            row.AttendancePresent = a.Present;
            row.AttendanceMarks = a.Marks;
        }

        if (sources.Count > 0)
        {
            var evidence = sources.Select(s => s.Query(db, filter)).Aggregate((a, b) => a.Concat(b));
            // MAX per official and area first (narrow rows), then join the keys: grouping by the derived key over every
            // evidence row cost a second temp B-tree of the evidence's size.
            var perOfficial = evidence.GroupBy(e => new { e.UserId, e.AreaCode })
                .Select(g => new { g.Key.UserId, g.Key.AreaCode, Level = g.Max(x => x.Level) });
            var distribution = await (from p in perOfficial
                                      join o in officials on p.UserId equals o.UserId
                                      group p by new { o.Key, p.AreaCode, p.Level } into g
                                      select new { g.Key.Key, g.Key.AreaCode, g.Key.Level, Count = g.Count() }).ToListAsync(ct);
            foreach (var d in distribution) Row(d.Key).CompetencyCounts(d.AreaCode)[(int)d.Level] += d.Count;
        }

        if (certificates.IsAvailable)
            foreach (var (key, count) in await certificates.CertifiedByKeyAsync(db, officials, filter, ct)) Row(key).Certified = count;
        if (assessments.IsAvailable)
            foreach (var (key, aggregate) in await assessments.ByKeyAsync(db, officials, filter, ct)) Row(key).Assessment = aggregate;
        return result;
    }

    /// <summary>Distinct officials per key among the user ids a fact query yields.</summary>
    private static async Task<List<(string Key, int Count)>> CountPerKeyAsync(IQueryable<OfficialKey> officials, IQueryable<string> userIds, CancellationToken ct)
    {
        var rows = await (from o in officials
                          where userIds.Contains(o.UserId)
                          group o by o.Key into g
                          select new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return rows.Select(r => (r.Key, r.Count)).ToList();
    }

    private sealed record AttendanceRow(string Key, int Present, int Marks);

    private static async Task<List<AttendanceRow>> AttendanceAsync(LearningDbContext db, IQueryable<OfficialKey> officials, IQueryable<Workshop> workshops,
        ReportFilter filter, CancellationToken ct)
    {
        var marks = db.AttendanceMarks.AsQueryable();
        if (filter.TrackCode is not null || filter.HasPeriod)
        {
            var sessions = db.WorkshopSessions.Where(s => workshops.Select(w => w.Id).Contains(s.WorkshopId));
            if (filter.FromUtcText is { } from) sessions = sessions.Where(s => ReportSql.Utc(s.StartsAt).CompareTo(from) >= 0);
            if (filter.UntilUtcText is { } until) sessions = sessions.Where(s => ReportSql.Utc(s.StartsAt).CompareTo(until) < 0);
            marks = marks.Where(m => sessions.Select(s => s.Id).Contains(m.SessionId));
        }
        // Per official first (the UserId index), then per key: the join then runs over officials, not marks.
        var perUser = marks.GroupBy(m => m.UserId).Select(g => new
        {
            UserId = g.Key,
            Present = g.Count(m => m.Status == AttendanceStatus.Present || m.Status == AttendanceStatus.Late),
            Marks = g.Count(),
        });
        var rows = await (from p in perUser
                          join o in officials on p.UserId equals o.UserId
                          group p by o.Key into g
                          select new { g.Key, Present = g.Sum(x => x.Present), Marks = g.Sum(x => x.Marks) }).ToListAsync(ct);
        return rows.Select(r => new AttendanceRow(r.Key, r.Present, r.Marks)).ToList();
    }
}
