using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Mentoring;
using SmartVillage.Domain.Regions;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Seeding.Demo;

/// <summary>Bu Maria's and Pak Yusuf's mentees, and Slamet Riyadi's plan, obstacle and visit.</summary>
public sealed class DemoMentoring(IDbContextFactory<LearningDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Bu Maria mentors these officials one by one (081270000116 … 081270000118, used by no other demo story).</summary>
    public static readonly IReadOnlyList<string> MariaMenteePhones = ["+6281270000116", "+6281270000117", "+6281270000118"];

    /// <summary>Pak Yusuf mentors the whole village of this official (081270000119), so every official there.</summary>
    public const string YusufVillageOfficialPhone = "+6281270000119";

    /// <summary>Slamet Riyadi's submitted plan and open obstacle, so Bu Maria's desk is not empty.</summary>
    public const string DemoPlanTitle = "Website Pekon untuk layanan dan informasi anggaran";

    /// <summary>
    /// Mentoring: Bu Maria accompanies three officials, Pak Yusuf a whole village. Slamet Riyadi (081270000118) has a work
    /// plan waiting for Bu Maria's review, an obstacle open for 12 days, and a visit logged a week ago with the next one due
    /// in three days. Seeded once: an existing assignment leaves it all alone.
    /// </summary>
    public async Task SeedAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.MentorAssignments.AnyAsync(ct)) return;
        var maria = await db.Users.Where(u => u.Email == DemoAccounts.MariaEmail).Select(u => u.Id).SingleAsync(ct);
        var yusuf = await db.Users.Where(u => u.Email == DemoAccounts.YusufEmail).Select(u => u.Id).SingleAsync(ct);
        var mentees = await db.Users.Where(u => u.PhoneNumber != null && MariaMenteePhones.Contains(u.PhoneNumber))
            .OrderBy(u => u.PhoneNumber).Select(u => new { u.Id, u.VillageCode }).ToListAsync(ct);
        var yusufVillage = await db.Users.Where(u => u.PhoneNumber == YusufVillageOfficialPhone).Select(u => u.VillageCode).SingleOrDefaultAsync(ct);
        if (mentees.Count < MariaMenteePhones.Count || yusufVillage is null) return;
        var now = clock.GetUtcNow();
        foreach (var mentee in mentees) db.MentorAssignments.Add(MentorAssignment.ForOfficial(maria, mentee.Id, null, now));
        db.MentorAssignments.Add(MentorAssignment.ForVillage(yusuf, yusufVillage, null, now));

        var slamet = mentees[^1];
        var regency = RegionCode.RegencyOf(slamet.VillageCode!);
        var today = DateOnly.FromDateTime(now.ToOffset(Wib.Offset).DateTime);
        var plan = new WorkPlan(slamet.Id, slamet.VillageCode!, regency, now.AddDays(-5));
        plan.Revise(DemoPlanTitle,
            "Warga dapat melihat layanan, pengumuman, dan realisasi APBDes pekon dari ponsel.",
            BudgetSource.DanaDesa, 45_000_000m,
            "Website pekon aktif dengan nama domain desa.id\nRealisasi APBDes diunggah setiap triwulan\n3 pengumuman layanan per bulan",
            [
                new ActivityDraft("Musyawarah pekon tentang isi website", today.AddDays(7), today.AddDays(7), "Sekretaris Pekon"),
                new ActivityDraft("Pendaftaran domain desa.id dan hosting", today.AddDays(14), today.AddDays(21), "Kaur Perencanaan"),
                new ActivityDraft("Pelatihan admin website untuk dua operator", today.AddDays(28), today.AddDays(30), "Kasi Pelayanan"),
            ], now.AddDays(-5));
        plan.Submit(slamet.Id, now.AddDays(-2));
        db.WorkPlans.Add(plan);
        db.Obstacles.Add(new Obstacle(slamet.Id, slamet.VillageCode!, regency, ObstacleCategory.Technical,
            "Operator pekon belum punya akses Siskeudes; kata sandi lama dipegang operator yang sudah pindah tugas.", now.AddDays(-12)));
        db.MentoringSessions.Add(new MentoringSession(maria, slamet.Id, today.AddDays(-7), MentoringMode.Visit,
            "Kunjungan ke kantor pekon: membahas rencana website dan kebutuhan operator.",
            "Pekon menyusun rencana kerja website dan mengajukannya.", today.AddDays(3), now));
        await db.SaveChangesAsync(ct);
    }
}
