using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Evaluations;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Evaluations;

namespace SmartVillage.Learning.Seeding.Demo;

/// <summary>
/// A finished bimtek with its evaluation half answered, and a few village indicators, so the evaluation pages and the
/// four-level report are not empty in the demo: Pak Hendra and Bu Dewi's two-day bimtek in Kota Agung, ended three days
/// before seeding, attended by 081270000102, …103 (both answered) and …127 (not yet: the browser test answers it).
/// </summary>
public sealed class DemoEvaluations(IDbContextFactory<LearningDbContext> dbFactory, TimeProvider clock, EvaluationService evaluations)
{
    public const string WorkshopTitle = "Bimtek Pelayanan Publik Digital — Kota Agung";

    /// <summary>The officials of the evaluated bimtek; the first two have answered (used by no other demo story or test).</summary>
    public static readonly IReadOnlyList<string> Phones = ["+6281270000102", "+6281270000103", "+6281270000127"];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        int workshopId;
        List<string> officials;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.Workshops.AnyAsync(w => w.Title == WorkshopTitle, ct)) return;
            if (!await db.Regencies.AnyAsync(r => r.Code == "18.06", ct) || !await db.Tracks.AnyAsync(t => t.Code == "TD", ct)) return;
            var hendra = await db.Users.Where(u => u.Email == "hendra@smartvillage.test").Select(u => u.Id).SingleAsync(ct);
            var dewi = await db.Users.Where(u => u.Email == "dewi@smartvillage.test").Select(u => u.Id).SingleAsync(ct);
            var now = clock.GetUtcNow();
            var day = DateOnly.FromDateTime(now.ToOffset(Wib.Offset).DateTime).AddDays(-4);
            var workshop = new Workshop(WorkshopTitle, "TD", "18.06", 30, hendra, now.AddDays(-30));
            workshop.Describe(WorkshopTitle, "TD", null, "18.06", "Aula Kantor Bupati Tanggamus, Kota Agung", null, 30, null, null, Workshop.DefaultCompletionThreshold, now.AddDays(-30));
            workshop.AddTrainer(dewi);
            var sessions = new[]
            {
                workshop.AddSession(Wib.At(day, new TimeOnly(8, 0)), Wib.At(day, new TimeOnly(16, 0)), "Hari 1: Layanan surat-menyurat daring", 8, now.AddDays(-30)),
                workshop.AddSession(Wib.At(day.AddDays(1), new TimeOnly(8, 0)), Wib.At(day.AddDays(1), new TimeOnly(16, 0)), "Hari 2: Pengaduan warga dan media sosial", 8, now.AddDays(-30)),
            };
            workshop.Publish(now.AddDays(-30));
            db.Workshops.Add(workshop);
            await db.SaveChangesAsync(ct);
            workshopId = workshop.Id;
            officials = await db.Users.Where(u => u.PhoneNumber != null && Phones.Contains(u.PhoneNumber)).OrderBy(u => u.PhoneNumber).Select(u => u.Id).ToListAsync(ct);
            var seat = 0;
            foreach (var official in officials)
            {
                var registration = new Registration(workshop.Id, official, hendra, now.AddDays(-20));
                registration.TakeSeat(++seat, now.AddDays(-20));
                db.Registrations.Add(registration);
                foreach (var session in sessions)
                    db.AttendanceMarks.Add(new AttendanceMark(session.Id, official, AttendanceStatus.Present, null, AttendanceSource.Qr, official, session.StartsAt.AddMinutes(5)));
            }
            await db.SaveChangesAsync(ct);
        }

        // Two of the three answer: the form and the response made by the service the page uses, the answers written in one go.
        string[] advice = ["Tambah praktik langsung membuat surat daring.", "Jaringan internet di aula sering putus."];
        foreach (var (official, n) in officials.Take(2).Select((o, i) => (o, i)))
        {
            var form = await evaluations.OpenAsync(Actor.Official(official), EvaluationSubject.Workshop, workshopId, ct);
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var response = await db.EvaluationResponses.SingleAsync(r => r.EvaluationId == form.EvaluationId && r.UserId == official, ct);
            var questions = await db.EvaluationQuestions.AsNoTracking().Where(q => q.EvaluationId == form.EvaluationId).ToListAsync(ct);
            var now = clock.GetUtcNow();
            var answers = questions.Where(q => q.IsLikert || q.TrainerName is null)
                .Select(q => new EvaluationAnswer(response.Id, q, form.Scale, q.IsLikert ? Math.Max(1, form.Scale - (q.Position + n) % 3) : null,
                    q.IsLikert ? null : advice[n], now)).ToList();
            db.EvaluationAnswers.AddRange(answers);
            response.Submit(questions, answers, now);
            await db.SaveChangesAsync(ct);
        }
        await SeedIndicatorsAsync(officials[0], ct);
    }

    /// <summary>The village of 081270000102 records three indicators of this year; two are confirmed (as if by its mentor).</summary>
    private async Task SeedIndicatorsAsync(string officialId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var village = await db.Users.Where(u => u.Id == officialId).Select(u => u.VillageCode).SingleAsync(ct);
        var maria = await db.Users.Where(u => u.Email == "maria@smartvillage.test").Select(u => u.Id).SingleOrDefaultAsync(ct);
        if (village is null || maria is null) return;
        var now = clock.GetUtcNow();
        var year = now.ToWib().Year;
        (string Code, bool Achieved, string Note, bool Confirmed)[] records =
        [
            ("situs-web", true, "Situs pekon diperbarui tiap minggu oleh operator.", true),
            ("apbdes-terbuka", true, "Baliho APBDes di balai pekon dan unggahan di Facebook pekon.", true),
            ("layanan-daring", false, "Masih menunggu pelatihan operator.", false),
        ];
        foreach (var r in records)
        {
            var record = new VillageIndicatorRecord(village, village[..5], year, r.Code, r.Achieved, r.Note, officialId, now.AddDays(-2));
            if (r.Confirmed) record.Confirm(maria, now.AddDays(-1));
            db.VillageIndicatorRecords.Add(record);
        }
        await db.SaveChangesAsync(ct);
    }
}
