using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Learning;
using SmartVillage.Domain.Mentoring;
using SmartVillage.Domain.Regions;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Certificates;
using SmartVillage.Learning.Features.Networks;
using SmartVillage.Learning.Features.Workshops;

namespace SmartVillage.Learning.Features.Accounts;

/// <summary>
/// The people of JOURNEYS.md and about thirty officials in Tanggamus, Lampung Barat and Tulang Bawang
/// Barat, all with the password <see cref="Password"/>. Demo only: refused in Production.
/// </summary>
public sealed class DemoSeeder(
    UserManager<ApplicationUser> users,
    IPasswordHasher<ApplicationUser> hasher,
    IDbContextFactory<LearningDbContext> dbFactory,
    IHostEnvironment environment,
    TimeProvider clock,
    SmartVillage.Learning.Features.Assessments.DemoGradingStory gradingStory,
    ILogger<DemoSeeder> logger,
    CertificateIssuer certificates)
{
    public const string Password = "Lampung#2026";

    public static readonly IReadOnlyList<DemoStaff> Staff =
    [
        new("admin@smartvillage.test", "Admin SmartVillage", Roles.Admin, null),
        new("hendra@smartvillage.test", "Hendra Saputra", Roles.Trainer, null),
        new("dewi@smartvillage.test", "Dewi Anggraini", Roles.Trainer, null),
        new("maria@smartvillage.test", "Maria Lestari", Roles.Mentor, null),
        new(YusufEmail, "Yusuf Hidayat", Roles.Mentor, null),
        new("ahmad@smartvillage.test", "Ahmad Fauzi", Roles.Reviewer, null),
        new("rina@smartvillage.test", "Rina Marlina", Roles.Reviewer, "18.06"),
    ];

    /// <summary>Bu Siti of JOURNEYS.md: Kaur Keuangan of Pekon Karang Brak, Pematang Sawa, Tanggamus.</summary>
    public static readonly DemoOfficial Siti = new("Siti Rahmawati", "081270000001", OfficialPosition.FinanceAffairsHead, "18.06.16.2010", Gender.Female, 1986);

    private static readonly (string District, int Villages)[] Areas =
    [
        ("18.06.16", 2), // Pematang Sawa, Tanggamus
        ("18.04.04", 2), // Balik Bukit, Lampung Barat
        ("18.12.01", 2), // Tulang Bawang Tengah, Tulang Bawang Barat
    ];

    private static readonly (string Name, Gender Gender)[] People =
    [
        ("Rudi Hartono", Gender.Male), ("Yuliana Sari", Gender.Female), ("Bambang Irawan", Gender.Male),
        ("Nurhayati", Gender.Female), ("Agus Setiawan", Gender.Male), ("Sri Wahyuni", Gender.Female),
        ("Dedi Kurniawan", Gender.Male), ("Lestari Handayani", Gender.Female), ("Joko Prasetyo", Gender.Male),
        ("Ratna Dewi", Gender.Female), ("Heri Susanto", Gender.Male), ("Fitri Yanti", Gender.Female),
        ("Suparman", Gender.Male), ("Wati Susilawati", Gender.Female), ("Iwan Gunawan", Gender.Male),
        ("Eka Putri", Gender.Female), ("Andi Wijaya", Gender.Male), ("Rohmah", Gender.Female),
        ("Slamet Riyadi", Gender.Male), ("Dwi Astuti", Gender.Female), ("Hasan Basri", Gender.Male),
        ("Mega Puspita", Gender.Female), ("Samsul Arifin", Gender.Male), ("Indah Permata", Gender.Female),
        ("Yusuf Effendi", Gender.Male), ("Anisa Rahma", Gender.Female), ("Marzuki", Gender.Male),
        ("Novi Anggraeni", Gender.Female), ("Taufik Hidayat", Gender.Male),
    ];

    private static readonly OfficialPosition[] Posts =
    [
        OfficialPosition.VillageHead, OfficialPosition.Secretary, OfficialPosition.PlanningAffairsHead,
        OfficialPosition.FinanceAffairsHead, OfficialPosition.ServicesSectionHead,
    ];

    public async Task<int> SeedAsync(CancellationToken ct = default)
    {
        if (environment.IsProduction())
            throw new DomainException("Data demo tidak boleh dibuat di lingkungan Production.");

        // One hash for every demo account: hashing at 210,000 iterations thirty-seven times would slow every fresh start.
        var passwordHash = hasher.HashPassword(null!, Password);
        var created = 0;

        foreach (var staff in Staff)
        {
            ct.ThrowIfCancellationRequested();
            var user = NewUser(staff.Email, staff.FullName, passwordHash);
            user.Email = staff.Email;
            user.EmailConfirmed = true;
            user.ReviewerRegencyCode = staff.RegencyScope;
            created += await CreateAsync(user, staff.Role);
        }

        foreach (var official in await OfficialsAsync(ct))
        {
            ct.ThrowIfCancellationRequested();
            PhoneNumber.TryNormalize(official.Phone, out var phone);
            var user = NewUser(phone, official.FullName, passwordHash);
            user.PhoneNumber = phone;
            user.PhoneNumberConfirmed = true;
            user.Position = official.Position;
            user.VillageCode = official.VillageCode;
            user.Gender = official.Gender;
            user.BirthYear = official.BirthYear;
            created += await CreateAsync(user, Roles.Official);
        }

        await AssignTrainersAndStartSitiAsync(ct);
        await SeedWorkshopAsync(ct);
        await SeedMentoringAsync(ct);
        await SeedCertifiedWorkshopAsync(ct);
        await using (var db = await dbFactory.CreateDbContextAsync(ct)) await NetworkDemoData.SeedAsync(db, clock, ct);
        await gradingStory.SeedAsync(ct);
        logger.LogInformation("Demo data seeded: {Count} accounts", created);
        return created;
    }

    /// <summary>
    /// Pak Hendra trains the Manajemen Proyek courses, Bu Dewi the others; Bu Siti is part-way through
    /// the APBDes course, as in JOURNEYS.md ("Materi 3 dari 5").
    /// </summary>
    private async Task AssignTrainersAndStartSitiAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hendra = await db.Users.Where(u => u.Email == "hendra@smartvillage.test").Select(u => u.Id).SingleAsync(ct);
        var dewi = await db.Users.Where(u => u.Email == "dewi@smartvillage.test").Select(u => u.Id).SingleAsync(ct);
        var courses = await db.Courses.Include(c => c.Trainers).Include(c => c.Lessons).ThenInclude(l => l.Module).ToListAsync(ct);
        foreach (var course in courses) course.AddTrainer(course.TrackCode == "MP" ? hendra : dewi);

        var apbdes = courses.FirstOrDefault(c => c.Slug == SitiCourseSlug);
        var siti = await db.Users.Where(u => u.PhoneNumber == "+6281270000001").Select(u => u.Id).SingleAsync(ct);
        if (apbdes is not null && !await db.Enrollments.AnyAsync(e => e.UserId == siti && e.CourseId == apbdes.Id, ct))
        {
            var now = clock.GetUtcNow();
            var lessons = apbdes.LessonsInOrder.ToList();
            var enrollment = new Enrollment(apbdes.Id, siti, EnrollmentSource.Cohort, hendra, now.AddDays(-10));
            foreach (var lesson in lessons.Take(2)) db.LessonCompletions.Add(new LessonCompletion(siti, lesson.Id, now.AddDays(-3)));
            if (lessons.Count > 2) enrollment.Visit(lessons[2].Id, now.AddDays(-1));
            db.Enrollments.Add(enrollment);
        }
        await db.SaveChangesAsync(ct);
    }

    public const string SitiCourseSlug = "pengelolaan-apbdes-siskeudes";

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

    public const string MariaEmail = "maria@smartvillage.test";
    public const string YusufEmail = "yusuf@smartvillage.test";

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
    private async Task SeedMentoringAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.MentorAssignments.AnyAsync(ct)) return;
        var maria = await db.Users.Where(u => u.Email == MariaEmail).Select(u => u.Id).SingleAsync(ct);
        var yusuf = await db.Users.Where(u => u.Email == YusufEmail).Select(u => u.Id).SingleAsync(ct);
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

    private ApplicationUser NewUser(string userName, string fullName, string passwordHash) => new()
    {
        UserName = userName,
        FullName = fullName,
        PasswordHash = passwordHash,
        CreatedAt = clock.GetUtcNow(),
    };

    private async Task<int> CreateAsync(ApplicationUser user, string role)
    {
        if (await users.FindByNameAsync(user.UserName!) is not null) return 0;
        Check(await users.CreateAsync(user));
        Check(await users.AddToRoleAsync(user, role));
        return 1;
    }

    private async Task<List<DemoOfficial>> OfficialsAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var officials = new List<DemoOfficial> { Siti };
        var person = 0;
        foreach (var (district, count) in Areas)
        {
            var villages = await db.Villages.Where(v => v.DistrictCode == district && !v.IsUrbanWard)
                .OrderBy(v => v.Code).Select(v => v.Code).Take(count).ToListAsync(ct);
            // Bu Siti's Karang Brak comes first, so her colleagues in the demo work in the same pekon.
            if (district == RegionCode.ParentOf(Siti.VillageCode))
                villages = [Siti.VillageCode, .. villages.Where(v => v != Siti.VillageCode).Take(count - 1)];
            foreach (var village in villages)
            {
                foreach (var post in Posts)
                {
                    if (person >= People.Length) break;
                    if (village == Siti.VillageCode && post == Siti.Position) continue;
                    var (name, gender) = People[person];
                    officials.Add(new DemoOfficial(name, $"08127000{person + 100:0000}", post, village, gender, 1970 + person % 25));
                    person++;
                }
            }
        }
        return officials;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new DomainException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}

public sealed record DemoStaff(string Email, string FullName, string Role, string? RegencyScope);

public sealed record DemoOfficial(string FullName, string Phone, OfficialPosition Position, string VillageCode, Gender Gender, int BirthYear);
