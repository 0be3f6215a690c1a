using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Competencies;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;

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

    public static async Task<Dictionary<string, RegionFigures>> FiguresAsync(IDbContextFactory<LearningDbContext> dbFactory,
        IAssessmentFigures assessments, ICertificateFigures certificates, string? scopeCode, int keyLength, ReportFilter filter, CancellationToken ct)
    {
        // Each figure is one query on its own context, and they run side by side: SQLite in WAL lets readers read at once
        // (Microsoft.Data.Sqlite's async calls run synchronously, hence Task.Run), SQL Server runs them on separate sessions.
        Task<T> Run<T>(Func<LearningDbContext, IQueryable<OfficialKey>, Task<T>> query) => Task.Run(async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return await query(db, Officials(db, scopeCode, keyLength, filter));
        }, ct);

        var people = Task.Run(async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return await Keyed(db, scopeCode, keyLength, filter).GroupBy(k => new { k.Key, k.Position, k.Gender })
                .Select(g => new PeopleRow(g.Key.Key, g.Key.Position, g.Key.Gender, g.Count())).ToListAsync(ct);
        }, ct);
        // EXISTS per official (the facts' UserId indexes), not IN (SELECT …): SQLite would first build a temporary index of every fact row.
        var enrolled = Run((db, officials) =>
        {
            var facts = Enrolled(db, filter);
            return CountPerKeyAsync(officials.Where(o => facts.Any(e => e.UserId == o.UserId)), ct);
        });
        var completed = Run((db, officials) =>
        {
            var facts = Completed(db, filter);
            return CountPerKeyAsync(officials.Where(o => facts.Any(e => e.UserId == o.UserId)), ct);
        });
        var registered = Run((db, officials) =>
        {
            var facts = Registered(db, filter);
            return CountPerKeyAsync(officials.Where(o => facts.Any(r => r.UserId == o.UserId)), ct);
        });
        var attendance = Run((db, officials) => AttendanceAsync(db, officials, filter, ct));
        var competency = Run((db, officials) => CompetencyAsync(db, officials, filter, ct));
        var certified = Run((db, officials) => certificates.CertifiedByKeyAsync(db, officials, filter, ct));
        var assessed = Run((db, officials) => assessments.ByKeyAsync(db, officials, filter, ct));
        await Task.WhenAll(people, enrolled, completed, registered, attendance, competency, certified, assessed);

        var result = new Dictionary<string, RegionFigures>(StringComparer.Ordinal);
        RegionFigures Row(string key)
        {
            if (!result.TryGetValue(key, out var row))
            {
                result[key] = row = new RegionFigures
                {
                    Code = key,
                    Certified = 0,
                    Assessment = AssessmentAggregate.Empty,
                };
            }
            return row;
        }
        foreach (var p in people.Result)
        {
            var row = Row(p.Key);
            row.Officials += p.Count;
            if (p.Gender == Gender.Female) row.Female += p.Count;
            if (p.Gender == Gender.Male) row.Male += p.Count;
            if (p.Position is { } pos) row.Positions[pos] = row.Positions.GetValueOrDefault(pos) + p.Count;
        }
        foreach (var (key, count) in enrolled.Result) Row(key).Enrolled = count;
        foreach (var (key, count) in completed.Result) Row(key).Completed = count;
        foreach (var (key, count) in registered.Result) Row(key).Registered = count;
        foreach (var a in attendance.Result)
        {
            var row = Row(a.Key);
            row.AttendancePresent = a.Present;
            row.AttendanceMarks = a.Marks;
        }
        foreach (var d in competency.Result) Row(d.Key).CompetencyCounts(d.AreaCode)[(int)d.Level] += d.Count;
        foreach (var (key, count) in certified.Result) Row(key).Certified = count;
        foreach (var (key, aggregate) in assessed.Result) Row(key).Assessment = aggregate;
        return result;
    }

    private sealed record PeopleRow(string Key, OfficialPosition? Position, Gender? Gender, int Count);

    private sealed record CompetencyRow(string Key, string AreaCode, CompetencyLevel Level, int Count);

    private static IQueryable<KeyedOfficial> Keyed(LearningDbContext db, string? scopeCode, int keyLength, ReportFilter filter)
    {
        var users = db.Users.Where(u => u.Position != null && u.VillageCode != null);
        if (scopeCode is { Length: 13 }) users = users.Where(u => u.VillageCode == scopeCode);
        else if (scopeCode is not null) users = users.Where(u => u.VillageCode!.StartsWith(scopeCode + "."));
        if (filter.Position is { } position) users = users.Where(u => u.Position == position);
        return keyLength == 0
            ? users.Select(u => new KeyedOfficial { UserId = u.Id, Key = u.Id, Position = u.Position, Gender = u.Gender })
            : users.Select(u => new KeyedOfficial { UserId = u.Id, Key = u.VillageCode!.Substring(0, keyLength), Position = u.Position, Gender = u.Gender });
    }

    private static IQueryable<OfficialKey> Officials(LearningDbContext db, string? scopeCode, int keyLength, ReportFilter filter) =>
        Keyed(db, scopeCode, keyLength, filter).Select(k => new OfficialKey { UserId = k.UserId, Key = k.Key });

    private static IQueryable<Domain.Learning.Enrollment> Enrollments(LearningDbContext db, ReportFilter filter)
    {
        var enrollments = db.Enrollments.AsQueryable();
        if (filter.TrackCode is { } track)
        {
            var courseIds = db.Courses.Where(c => c.TrackCode == track).Select(c => c.Id);
            enrollments = enrollments.Where(e => courseIds.Contains(e.CourseId));
        }
        return enrollments;
    }

    private static IQueryable<Domain.Learning.Enrollment> Enrolled(LearningDbContext db, ReportFilter filter)
    {
        var enrolled = Enrollments(db, filter);
        if (filter.FromUtcText is { } from) enrolled = enrolled.Where(e => ReportSql.Utc(e.EnrolledAt).CompareTo(from) >= 0);
        if (filter.UntilUtcText is { } until) enrolled = enrolled.Where(e => ReportSql.Utc(e.EnrolledAt).CompareTo(until) < 0);
        return enrolled;
    }

    private static IQueryable<Domain.Learning.Enrollment> Completed(LearningDbContext db, ReportFilter filter)
    {
        var completed = Enrollments(db, filter).Where(e => e.CompletedAt != null);
        if (filter.FromUtcText is { } from) completed = completed.Where(e => ReportSql.Utc(e.CompletedAt!.Value).CompareTo(from) >= 0);
        if (filter.UntilUtcText is { } until) completed = completed.Where(e => ReportSql.Utc(e.CompletedAt!.Value).CompareTo(until) < 0);
        return completed;
    }

    private static IQueryable<Workshop> Workshops(LearningDbContext db, ReportFilter filter) =>
        filter.TrackCode is { } track ? db.Workshops.Where(w => w.TrackCode == track) : db.Workshops;

    private static IQueryable<Registration> Registered(LearningDbContext db, ReportFilter filter)
    {
        var registrations = db.Registrations.Where(r => r.Status != RegistrationStatus.Cancelled);
        if (filter.TrackCode is not null)
        {
            var workshops = Workshops(db, filter);
            registrations = registrations.Where(r => workshops.Select(w => w.Id).Contains(r.WorkshopId));
        }
        if (filter.FromUtcText is { } from) registrations = registrations.Where(r => ReportSql.Utc(r.RegisteredAt).CompareTo(from) >= 0);
        if (filter.UntilUtcText is { } until) registrations = registrations.Where(r => ReportSql.Utc(r.RegisteredAt).CompareTo(until) < 0);
        return registrations;
    }

    /// <summary>
    /// Officials per key, area and level from the stored evidence: MAX per official and area first (from the covering
    /// index), then the keys. The period applies to when the evidence was earned, the track to its course or workshop.
    /// </summary>
    private static async Task<List<CompetencyRow>> CompetencyAsync(LearningDbContext db, IQueryable<OfficialKey> officials, ReportFilter filter, CancellationToken ct)
    {
        var evidence = db.EarnedEvidence.AsQueryable();
        if (filter.TrackCode is { } track) evidence = evidence.Where(e => e.TrackCode == track);
        if (filter.FromUtcText is { } from) evidence = evidence.Where(e => ReportSql.Utc(e.EarnedAt).CompareTo(from) >= 0);
        if (filter.UntilUtcText is { } until) evidence = evidence.Where(e => ReportSql.Utc(e.EarnedAt).CompareTo(until) < 0);
        var perOfficial = evidence.GroupBy(e => new { e.UserId, e.AreaCode })
            .Select(g => new { g.Key.UserId, g.Key.AreaCode, Level = g.Max(x => x.Shows) });
        return await (from p in perOfficial
                      join o in officials on p.UserId equals o.UserId
                      group p by new { o.Key, p.AreaCode, p.Level } into g
                      select new CompetencyRow(g.Key.Key, g.Key.AreaCode, g.Key.Level, g.Count())).ToListAsync(ct);
    }

    /// <summary>Officials per key among those the query keeps.</summary>
    private static async Task<List<(string Key, int Count)>> CountPerKeyAsync(IQueryable<OfficialKey> officials, CancellationToken ct)
    {
        var rows = await officials.GroupBy(o => o.Key).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return rows.Select(r => (r.Key, r.Count)).ToList();
    }

    private sealed record AttendanceRow(string Key, int Present, int Marks);

    /// <summary>
    /// Present (Hadir, Terlambat) and all marks per key. Without a period, from the counts kept on each registration
    /// (tens of thousands of rows instead of half a million marks); a period needs each mark's session date.
    /// </summary>
    private static async Task<List<AttendanceRow>> AttendanceAsync(LearningDbContext db, IQueryable<OfficialKey> officials, ReportFilter filter, CancellationToken ct)
    {
        var workshops = Workshops(db, filter);
        if (!filter.HasPeriod)
        {
            var registrations = filter.TrackCode is null ? db.Registrations : db.Registrations.Where(r => workshops.Select(w => w.Id).Contains(r.WorkshopId));
            var counted = await (from r in registrations.Where(r => r.MarkedSessions > 0)
                                 join o in officials on r.UserId equals o.UserId
                                 group r by o.Key into g
                                 select new { g.Key, Present = g.Sum(x => x.PresentSessions), Marks = g.Sum(x => x.MarkedSessions) }).ToListAsync(ct);
            return counted.Select(r => new AttendanceRow(r.Key, r.Present, r.Marks)).ToList();
        }
        var sessions = db.WorkshopSessions.Where(s => workshops.Select(w => w.Id).Contains(s.WorkshopId));
        if (filter.FromUtcText is { } from) sessions = sessions.Where(s => ReportSql.Utc(s.StartsAt).CompareTo(from) >= 0);
        if (filter.UntilUtcText is { } until) sessions = sessions.Where(s => ReportSql.Utc(s.StartsAt).CompareTo(until) < 0);
        var marks = db.AttendanceMarks.Where(m => sessions.Select(s => s.Id).Contains(m.SessionId));
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
