using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Certificates;

namespace SmartVillage.Learning.Seeding.Demo;

/// <summary>Two demo bimtek: Pak Hendra's running in Kotabumi, and Bu Dewi's finished one in Liwa whose certificates are issued.</summary>
public sealed class DemoWorkshops(IDbContextFactory<LearningDbContext> dbFactory, TimeProvider clock, CertificateIssuer certificates)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        await SeedWorkshopAsync(ct);
        await SeedCertifiedWorkshopAsync(ct);
    }

    public const string WorkshopTitle = "Bimtek Perencanaan Pembangunan Pekon — Kotabumi";

    /// <summary>The officials seated in the demo bimtek: 081270000104 … 081270000109 (used by no other demo story or test).</summary>
    public static readonly IReadOnlyList<string> WorkshopPhones = ["+6281270000104", "+6281270000105", "+6281270000106", "+6281270000107", "+6281270000108", "+6281270000109"];

    /// <summary>
    /// Pak Hendra's 3-day bimtek in Kotabumi (JOURNEYS.md), dated around today so the demo always has one: day 1
    /// yesterday 08.00–16.00 WIB (marked), day 2 starting the minute of seeding and running 8 hours, day 3 tomorrow.
    /// Six officials hold seats. Seeded once: a bimtek with this title already there is left alone.
    /// </summary>
    private async Task SeedWorkshopAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Workshops.AnyAsync(w => w.Title == WorkshopTitle, ct)) return;
        if (!await db.Regencies.AnyAsync(r => r.Code == "18.03", ct) || !await db.Tracks.AnyAsync(t => t.Code == "MP", ct)) return;
        var hendra = await db.Users.Where(u => u.Email == "hendra@smartvillage.test").Select(u => u.Id).SingleAsync(ct);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.ToOffset(Wib.Offset).DateTime);
        var workshop = new Workshop(WorkshopTitle, "MP", "18.03", 40, hendra, now);
        workshop.Describe(WorkshopTitle, "MP", null, "18.03", "Aula Dinas PMD Kabupaten Lampung Utara, Kotabumi", null, 40, null, null,
            Workshop.DefaultCompletionThreshold, now);
        var day1 = workshop.AddSession(Wib.At(today.AddDays(-1), new TimeOnly(8, 0)), Wib.At(today.AddDays(-1), new TimeOnly(16, 0)),
            "Hari 1: Musyawarah dan prioritas pembangunan", 8, now);
        var minute = now.ToOffset(Wib.Offset);
        var runningStart = new DateTimeOffset(minute.Year, minute.Month, minute.Day, minute.Hour, minute.Minute, 0, Wib.Offset);
        workshop.AddSession(runningStart, runningStart.AddHours(8), "Hari 2: Menyusun RKP Desa", 8, now);
        workshop.AddSession(Wib.At(today.AddDays(1), new TimeOnly(8, 0)), Wib.At(today.AddDays(1), new TimeOnly(16, 0)),
            "Hari 3: Rencana anggaran dan post-test", 8, now);
        workshop.Publish(now);
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync(ct);

        var officials = await db.Users.Where(u => u.PhoneNumber != null && WorkshopPhones.Contains(u.PhoneNumber))
            .OrderBy(u => u.PhoneNumber).Select(u => u.Id).ToListAsync(ct);
        var seat = 0;
        foreach (var official in officials)
        {
            var registration = new Registration(workshop.Id, official, hendra, now.AddDays(-7));
            registration.TakeSeat(++seat, now.AddDays(-7));
            db.Registrations.Add(registration);
            var excused = seat == officials.Count;
            db.AttendanceMarks.Add(new AttendanceMark(day1.Id, official, excused ? AttendanceStatus.Excused : AttendanceStatus.Present,
                excused ? "Rapat desa, izin tertulis dari kepala pekon" : null, AttendanceSource.Roster, hendra, day1.StartsAt.AddMinutes(10)));
        }
        await db.SaveChangesAsync(ct);
    }

    public const string CertifiedWorkshopTitle = "Bimtek Literasi Digital Pekon — Liwa";

    /// <summary>The officials of the finished demo bimtek in Liwa, each holding its certificate: 081270000113 … 081270000115 (used by no other demo story).</summary>
    public static readonly IReadOnlyList<string> CertifiedPhones = ["+6281270000113", "+6281270000114", "+6281270000115"];

    /// <summary>
    /// A two-day bimtek of Bu Dewi in Liwa, Lampung Barat, held two weeks before seeding, fully attended by three officials,
    /// whose certificates are issued, so "Sertifikat saya" and /verify have something to show. Seeded once.
    /// </summary>
    private async Task SeedCertifiedWorkshopAsync(CancellationToken ct)
    {
        int workshopId;
        List<string> officials;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.Workshops.AnyAsync(w => w.Title == CertifiedWorkshopTitle, ct)) return;
            if (!await db.Regencies.AnyAsync(r => r.Code == "18.04", ct) || !await db.Tracks.AnyAsync(t => t.Code == "TD", ct)) return;
            var dewi = await db.Users.Where(u => u.Email == "dewi@smartvillage.test").Select(u => u.Id).SingleAsync(ct);
            var now = clock.GetUtcNow();
            var day = DateOnly.FromDateTime(now.ToOffset(Wib.Offset).DateTime).AddDays(-14);
            var workshop = new Workshop(CertifiedWorkshopTitle, "TD", "18.04", 30, dewi, now.AddDays(-30));
            workshop.Describe(CertifiedWorkshopTitle, "TD", null, "18.04", "Balai Pekon Way Mengaku, Liwa", null, 30, null, null, Workshop.DefaultCompletionThreshold, now.AddDays(-30));
            var sessions = new[]
            {
                workshop.AddSession(Wib.At(day, new TimeOnly(8, 0)), Wib.At(day, new TimeOnly(16, 0)), "Hari 1: Surel, dokumen daring, dan keamanan akun", 8, now.AddDays(-30)),
                workshop.AddSession(Wib.At(day.AddDays(1), new TimeOnly(8, 0)), Wib.At(day.AddDays(1), new TimeOnly(16, 0)), "Hari 2: Situs web pekon dan layanan daring", 8, now.AddDays(-30)),
            };
            workshop.Publish(now.AddDays(-30));
            db.Workshops.Add(workshop);
            await db.SaveChangesAsync(ct);
            workshopId = workshop.Id;

            officials = await db.Users.Where(u => u.PhoneNumber != null && CertifiedPhones.Contains(u.PhoneNumber))
                .OrderBy(u => u.PhoneNumber).Select(u => u.Id).ToListAsync(ct);
            var seat = 0;
            foreach (var official in officials)
            {
                var registration = new Registration(workshop.Id, official, dewi, now.AddDays(-20));
                registration.TakeSeat(++seat, now.AddDays(-20));
                db.Registrations.Add(registration);
                foreach (var session in sessions)
                    db.AttendanceMarks.Add(new AttendanceMark(session.Id, official, AttendanceStatus.Present, null, AttendanceSource.Qr, official, session.StartsAt.AddMinutes(5)));
            }
            await db.SaveChangesAsync(ct);
        }
        foreach (var official in officials) await certificates.TryIssueForWorkshopAsync(official, workshopId, null, ct);
    }
}
