using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Authoring;
using SmartVillage.Learning.Features.Workshops;
using SmartVillage.Learning.Shared.Events;

namespace SmartVillage.Learning.Features.Workshops.Attendance;

/// <summary>
/// Attendance of workshop sessions: the trainer's roster ("tandai semua hadir", then exceptions), the rotating
/// check-in code behind the QR screen, the official's self check-in, and the daftar hadir data (the CSV import of
/// marks from paper is <see cref="AttendanceImportService"/>). A seated official left unmarked when a session ends is written down Alpa (source Auto)
/// the first time the roster or the sheet is read after the end: lazily, so no background job is needed.
/// </summary>
public sealed class AttendanceService(IDbContextFactory<LearningDbContext> dbFactory, IOptions<AttendanceOptions> options, TimeProvider clock,
    IDomainEventDispatcher? events = null)
{
    public const string SessionNotFound = "Sesi tidak ditemukan; mungkin sudah dihapus.";
    public const string ExpiredCode = "Kode absen sudah kedaluwarsa. Pindai lagi kode QR yang sedang tampil di layar, atau ketik kode pendek yang terbaru.";
    public const string NotRegistered = "Anda tidak terdaftar sebagai peserta bimtek ini, jadi absen tidak dapat dicatat. Hubungi pelatih.";

    private AttendanceOptions Options => options.Value;

    // ---- Roster ----

    public async Task<Roster> RosterAsync(int sessionId, Actor editor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = await SessionAsync(db, sessionId, ct);
        await WorkshopService.DemandEditAsync(db, session.WorkshopId, editor, ct);
        var now = clock.GetUtcNow();
        if (await CloseEndedAsync(db, session.WorkshopId, now, ct) > 0) await ChangedAsync(session.WorkshopId, ct);
        var title = await db.Workshops.Where(w => w.Id == session.WorkshopId).Select(w => w.Title).SingleAsync(ct);
        var registrants = await WorkshopService.RegistrantsAsync(db, session.WorkshopId, ct);
        var marks = await db.AttendanceMarks.AsNoTracking().Where(m => m.SessionId == sessionId).ToListAsync(ct);
        var rows = registrants.Where(r => r.Status == RegistrationStatus.Registered || marks.Any(m => m.UserId == r.UserId))
            .Select(r =>
            {
                var mark = marks.FirstOrDefault(m => m.UserId == r.UserId);
                return new RosterRow(r.UserId, r.FullName, r.Position, r.VillageName, mark?.Status, mark?.Note, mark?.Source, mark?.MarkedAt);
            })
            .OrderBy(r => r.FullName, StringComparer.Create(Wib.Indonesian, true)).ToList();
        return new Roster(session.WorkshopId, title, session.Id, session.Topic, session.StartsAt, session.EndsAt, session.HasEnded(now), rows);
    }

    /// <summary>Marks Hadir every seated official who has no mark yet (marks already made, QR or by hand, stay). Returns how many.</summary>
    public async Task<int> MarkAllPresentAsync(int sessionId, Actor editor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = await SessionAsync(db, sessionId, ct);
        await WorkshopService.DemandEditAsync(db, session.WorkshopId, editor, ct);
        var now = clock.GetUtcNow();
        if (now < session.StartsAt - Options.Rules.OpensBeforeStart) throw new DomainException("Sesi ini belum dimulai; kehadiran dicatat pada hari sesi.");
        var unmarked = await db.Registrations
            .Where(r => r.WorkshopId == session.WorkshopId && r.Status == RegistrationStatus.Registered
                        && !db.AttendanceMarks.Any(m => m.SessionId == sessionId && m.UserId == r.UserId))
            .Select(r => r.UserId).ToListAsync(ct);
        db.AttendanceMarks.AddRange(unmarked.Select(u => new AttendanceMark(sessionId, u, AttendanceStatus.Present, null, AttendanceSource.Roster, editor.UserId, now)));
        await db.SaveChangesAsync(ct);
        await ChangedAsync(session.WorkshopId, ct);
        return unmarked.Count;
    }

    /// <summary>Sets one official's mark (an exception after "tandai semua hadir": Izin with a note, Sakit, Alpa, Terlambat).</summary>
    public async Task MarkAsync(int sessionId, string userId, AttendanceStatus status, string? note, Actor editor, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var session = await SessionAsync(db, sessionId, ct);
            await WorkshopService.DemandEditAsync(db, session.WorkshopId, editor, ct);
            var now = clock.GetUtcNow();
            if (now < session.StartsAt - Options.Rules.OpensBeforeStart) throw new DomainException("Sesi ini belum dimulai; kehadiran dicatat pada hari sesi.");
            if (!await db.Registrations.AnyAsync(r => r.WorkshopId == session.WorkshopId && r.UserId == userId && r.Status == RegistrationStatus.Registered, ct))
                throw new DomainException("Orang ini tidak memegang kursi di bimtek ini.");
            var mark = await db.AttendanceMarks.SingleOrDefaultAsync(m => m.SessionId == sessionId && m.UserId == userId, ct);
            if (mark is null) db.AttendanceMarks.Add(new AttendanceMark(sessionId, userId, status, note, AttendanceSource.Roster, editor.UserId, now));
            else mark.Change(status, note, AttendanceSource.Roster, editor.UserId, now);
            try
            {
                await db.SaveChangesAsync(ct);
                await ChangedAsync(session.WorkshopId, ct);
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // A QR check-in made the mark meanwhile: change that one.
            }
        }
    }

    // ---- QR and short code ----

    public async Task<CheckInCode> CodeAsync(int sessionId, Actor editor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = await SessionAsync(db, sessionId, ct);
        await WorkshopService.DemandEditAsync(db, session.WorkshopId, editor, ct);
        var title = await db.Workshops.Where(w => w.Id == session.WorkshopId).Select(w => w.Title).SingleAsync(ct);
        var present = await db.AttendanceMarks.CountAsync(m => m.SessionId == sessionId
            && (m.Status == AttendanceStatus.Present || m.Status == AttendanceStatus.Late), ct);
        var now = clock.GetUtcNow();
        var rotating = new RotatingCode(session.AttendanceSecret, Options.Step, Options.Grace);
        var code = rotating.CodeAt(now);
        return new CheckInCode(session.Id, title, session.Topic, session.StartsAt, session.EndsAt, code, $"attend/{session.Id}/{code}",
            rotating.StepEndsAt(now), Options.Rules.Refusal(session.StartsAt, session.EndsAt, now), present);
    }

    /// <summary>The official's own check-in from the QR URL: Hadir (Terlambat after the grace); a second scan keeps the one mark.</summary>
    public async Task<CheckInOutcome> CheckInAsync(int sessionId, string? code, string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = await db.WorkshopSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null) return new CheckInOutcome(CheckInResult.Refused, SessionNotFound);
        return await CheckInAsync(db, session, code, userId, ct);
    }

    /// <summary>The short code typed at /attend: finds the open session of the official's workshops that the code belongs to.</summary>
    public async Task<CheckInOutcome> CheckInByCodeAsync(string? code, string userId, CancellationToken ct = default)
    {
        if (RotatingCode.Normalize(code).Length != RotatingCode.Length)
            return new CheckInOutcome(CheckInResult.Refused, $"Kode absen terdiri dari {RotatingCode.Length} huruf dan angka, seperti yang tampil di layar pelatih.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var workshopIds = await db.Registrations.Where(r => r.UserId == userId && r.Status == RegistrationStatus.Registered).Select(r => r.WorkshopId).ToListAsync(ct);
        var sessions = await db.WorkshopSessions.AsNoTracking().Where(s => workshopIds.Contains(s.WorkshopId)).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var match = sessions.FirstOrDefault(s => new RotatingCode(s.AttendanceSecret, Options.Step, Options.Grace).IsValid(code, now));
        if (match is null)
            return new CheckInOutcome(CheckInResult.Refused, workshopIds.Count == 0 ? NotRegistered : ExpiredCode);
        return await CheckInAsync(db, match, code, userId, ct);
    }

    private async Task<CheckInOutcome> CheckInAsync(LearningDbContext db, WorkshopSession session, string? code, string userId, CancellationToken ct)
    {
        var workshop = await db.Workshops.AsNoTracking().Where(w => w.Id == session.WorkshopId).Select(w => new { w.Title, w.Status }).SingleAsync(ct);
        CheckInOutcome Refused(string message) => new(CheckInResult.Refused, message, null, session.Id, workshop.Title, session.Topic);
        var registered = await db.Registrations.AnyAsync(r => r.WorkshopId == session.WorkshopId && r.UserId == userId && r.Status == RegistrationStatus.Registered, ct);
        if (!registered) return Refused(NotRegistered);
        var now = clock.GetUtcNow();
        if (Options.Rules.Refusal(session.StartsAt, session.EndsAt, now) is { } closed) return Refused(closed);
        if (!new RotatingCode(session.AttendanceSecret, Options.Step, Options.Grace).IsValid(code, now)) return Refused(ExpiredCode);

        var status = Options.Rules.StatusAt(session.StartsAt, now);
        for (var attempt = 1; ; attempt++)
        {
            var mark = await db.AttendanceMarks.SingleOrDefaultAsync(m => m.SessionId == session.Id && m.UserId == userId, ct);
            if (mark is { CountsAsPresent: true })
                return new CheckInOutcome(CheckInResult.AlreadyMarked, $"Kehadiran Anda sudah tercatat: {AttendanceStatuses.Label(mark.Status)}.", mark.Status, session.Id, workshop.Title, session.Topic);
            if (mark is null) db.AttendanceMarks.Add(new AttendanceMark(session.Id, userId, status, null, AttendanceSource.Qr, userId, now));
            else mark.Change(status, mark.Note, AttendanceSource.Qr, userId, now);
            try
            {
                await db.SaveChangesAsync(ct);
                await ChangedAsync(session.WorkshopId, ct);
                return new CheckInOutcome(CheckInResult.Marked, $"Kehadiran Anda tercatat: {AttendanceStatuses.Label(status)}.", status, session.Id, workshop.Title, session.Topic);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // The same official scanned twice at once: the other scan made the mark; read it.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The official adds a note to their own mark (e.g. "datang setelah rapat desa").</summary>
    public async Task AnnotateAsync(int sessionId, string userId, string? note, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var mark = await db.AttendanceMarks.SingleOrDefaultAsync(m => m.SessionId == sessionId && m.UserId == userId, ct)
            ?? throw new DomainException("Kehadiran Anda di sesi ini belum tercatat; pindai kode QR lebih dulu.");
        mark.Annotate(note, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    // ---- Daftar hadir ----

    public async Task<AttendanceSheet> SheetAsync(int workshopId, Actor editor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await WorkshopService.DemandEditAsync(db, workshopId, editor, ct);
        var now = clock.GetUtcNow();
        if (await CloseEndedAsync(db, workshopId, now, ct) > 0) await ChangedAsync(workshopId, ct);
        var workshop = await db.Workshops.AsNoTracking().Include(w => w.Sessions).Include(w => w.Trainers).AsSplitQuery().SingleAsync(w => w.Id == workshopId, ct);
        var trainerIds = workshop.Trainers.OrderByDescending(t => t.IsOwner).Select(t => t.UserId).ToList();
        var names = await db.Users.Where(u => trainerIds.Contains(u.Id)).Select(u => new { u.Id, u.FullName }).ToListAsync(ct);
        var regency = await db.Regencies.Where(r => r.Code == workshop.RegencyCode).Select(r => r.Name).SingleOrDefaultAsync(ct) ?? workshop.RegencyCode;
        var sessions = workshop.SessionsInOrder.Select(s => new SheetSession(s.Id, s.StartsAt, s.EndsAt, s.Topic, s.LessonHours)).ToList();
        var sessionIds = sessions.Select(s => s.Id).ToList();
        var marks = await db.AttendanceMarks.AsNoTracking().Where(m => sessionIds.Contains(m.SessionId)).Select(m => new { m.SessionId, m.UserId, m.Status }).ToListAsync(ct);
        var registrants = (await WorkshopService.RegistrantsAsync(db, workshopId, ct)).Where(r => r.Status == RegistrationStatus.Registered).ToList();
        var rows = registrants.Select((r, i) =>
        {
            var row = sessions.Select(s => marks.FirstOrDefault(m => m.SessionId == s.Id && m.UserId == r.UserId)?.Status).ToList();
            var rate = AttendanceRate.Over(sessions.Select((s, j) => (s.StartsAt, s.EndsAt, row[j])), now);
            return new SheetRow(i + 1, r.FullName, r.Position, r.VillageName, row, rate);
        }).ToList();
        return new AttendanceSheet(workshop.Title, WorkshopService.PlaceOf(workshop), regency,
            trainerIds.Select(id => names.FirstOrDefault(n => n.Id == id)?.FullName ?? "").ToList(), sessions, rows, workshop.CompletionThreshold, now);
    }

    // ---- Helpers ----

    private Task ChangedAsync(int workshopId, CancellationToken ct) => ChangedAsync(dbFactory, events, workshopId, ct);

    /// <summary>After marks were written: the registrations' stored counts, then the reactions (certificates, evidence).</summary>
    internal static async Task ChangedAsync(IDbContextFactory<LearningDbContext> dbFactory, IDomainEventDispatcher? events, int workshopId, CancellationToken ct)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct)) await RegistrationAttendance.RecountAsync(db, workshopId, ct);
        await (events ?? NoDomainEvents.Instance).PublishAsync(new AttendanceChanged(workshopId), ct);
    }

    internal static async Task<WorkshopSession> SessionAsync(LearningDbContext db, int sessionId, CancellationToken ct) =>
        await db.WorkshopSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, ct) ?? throw new DomainException(SessionNotFound);

    /// <summary>Writes Alpa (source Auto) for every seated official left unmarked in an ended session of the workshop.</summary>
    internal static async Task<int> CloseEndedAsync(LearningDbContext db, int workshopId, DateTimeOffset now, CancellationToken ct)
    {
        var sessions = await db.WorkshopSessions.AsNoTracking().Where(s => s.WorkshopId == workshopId).Select(s => new { s.Id, s.EndsAt }).ToListAsync(ct);
        var ended = sessions.Where(s => now >= s.EndsAt).Select(s => s.Id).ToList();
        if (ended.Count == 0) return 0;
        var seated = await db.Registrations.Where(r => r.WorkshopId == workshopId && r.Status == RegistrationStatus.Registered).Select(r => r.UserId).ToListAsync(ct);
        var marked = await db.AttendanceMarks.Where(m => ended.Contains(m.SessionId)).Select(m => new { m.SessionId, m.UserId }).ToListAsync(ct);
        var missing = (from s in ended from u in seated where !marked.Any(m => m.SessionId == s && m.UserId == u) select (s, u)).ToList();
        if (missing.Count == 0) return 0;
        db.AttendanceMarks.AddRange(missing.Select(x => new AttendanceMark(x.s, x.u, AttendanceStatus.Absent, null, AttendanceSource.Auto, null, now)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another reader closed the session at the same moment; its marks stand.
            db.ChangeTracker.Clear();
            return 0;
        }
        db.ChangeTracker.Clear();
        return missing.Count;
    }
}
