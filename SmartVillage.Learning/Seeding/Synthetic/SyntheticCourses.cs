using System.Text;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Catalog;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Assessments.QuestionBank;

namespace SmartVillage.Learning.Seeding.Synthetic;

/// <summary>
/// The six courses that bring `seed synthetic` to DESIGN.md §7's twelve: made like the content import makes a course
/// (modules, lessons, a published pre-test and post-test of twenty one-mark questions in the course's bank), so enrollments,
/// attempts and certificates have real rows to point at. Marked synthetic by the slug prefix and the summary; created once
/// per database inside the seeder's transaction (EF enlisted in it), through the domain objects so every rule holds.
/// </summary>
internal static class SyntheticCourses
{
    public const string SlugPrefix = "sintetis-";
    public const int QuestionsPerTest = 20;

    private sealed record Spec(string Slug, string Title, string Track, CourseLevel Level, int LessonHours, string[] Modules, string[] Lessons, string[] Competencies);

    private static readonly Spec[] Specs =
    [
        new("pengadaan-barang-jasa-desa", "Pengadaan Barang dan Jasa di Desa", "MP", CourseLevel.Intermediate, 6,
            ["Merencanakan pengadaan", "Melaksanakan dan melaporkan"],
            ["Rencana kebutuhan dan HPS", "Swakelola dan penyedia", "Kontrak sederhana dan serah terima", "Dokumentasi dan pelaporan pengadaan"],
            ["pengadaan-desa", "perencanaan"]),
        new("laporan-pertanggungjawaban-dana-desa", "Laporan Pertanggungjawaban Dana Desa", "MP", CourseLevel.Basic, 6,
            ["Bukti dan catatan", "Menyusun laporan"],
            ["Bukti pengeluaran yang sah", "Buku kas dan buku pembantu", "Laporan realisasi per semester", "Menyampaikan laporan kepada warga"],
            ["pertanggungjawaban", "keuangan-desa"]),
        new("spreadsheet-data-pekon", "Mengelola Data Pekon dengan Spreadsheet", "TD", CourseLevel.Basic, 6,
            ["Dasar spreadsheet", "Data yang rapi"],
            ["Tabel, kolom, dan baris", "Rumus penjumlahan dan rata-rata", "Menyaring dan mengurutkan data", "Grafik sederhana untuk musyawarah"],
            ["literasi-digital", "pengelolaan-data"]),
        new("keamanan-akun-perangkat", "Keamanan Akun dan Perangkat Kantor Pekon", "TD", CourseLevel.Intermediate, 6,
            ["Akun yang aman", "Perangkat yang terjaga"],
            ["Kata sandi dan verifikasi dua langkah", "Mengenali penipuan dan tautan palsu", "Cadangan data kantor pekon", "Merawat komputer dan pencetak"],
            ["keamanan-data", "literasi-digital"]),
        new("surat-dinas-laporan", "Menulis Surat Dinas dan Laporan Kegiatan", "KE", CourseLevel.Basic, 6,
            ["Surat dinas", "Laporan kegiatan"],
            ["Bagian-bagian surat dinas", "Bahasa yang jelas dan santun", "Kerangka laporan kegiatan", "Foto dan lampiran yang mendukung"],
            ["komunikasi-tertulis", "pelaporan"]),
        new("pelayanan-prima-kantor-pekon", "Pelayanan Prima di Kantor Pekon", "KE", CourseLevel.Intermediate, 6,
            ["Sikap melayani", "Menangani keluhan"],
            ["Menyambut dan mendengarkan warga", "Menjelaskan syarat layanan", "Menghadapi warga yang kecewa", "Mencatat dan menindaklanjuti keluhan"],
            ["pelayanan-publik", "komunikasi-efektif"]),
    ];

    /// <summary>Adds the courses whose slug is not in the database yet; returns how many it added.</summary>
    public static async Task<int> EnsureAsync(LearningDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var slugs = Specs.Select(s => SlugPrefix + s.Slug).ToList();
        var existing = await db.Courses.Where(c => slugs.Contains(c.Slug)).Select(c => c.Slug).ToListAsync(ct);
        var tracks = await db.Tracks.OrderBy(t => t.Code).Select(t => t.Code).ToListAsync(ct);
        if (tracks.Count == 0) throw new DomainException("Belum ada jalur belajar; jalankan content import dulu.");
        // Fixed, not --seed: the courses are the same whichever seed made them; only their row versions need a source.
        var random = new Random(2651);
        var added = new List<(Spec Spec, Course Course)>();
        for (var i = 0; i < Specs.Length; i++)
        {
            var spec = Specs[i];
            if (existing.Contains(SlugPrefix + spec.Slug)) continue;
            // A database with other tracks than the content's still gets its courses spread over what it has.
            var track = tracks.Contains(spec.Track) ? spec.Track : tracks[i % tracks.Count];
            var course = new Course(SlugPrefix + spec.Slug, spec.Title, track, ownerId: null, now);
            course.Describe(spec.Title, track,
                $"Kursus sintetis untuk uji skala dan benchmark (bukan materi resmi): {spec.Lessons[0].ToLowerInvariant()} sampai {spec.Lessons[^1].ToLowerInvariant()}.",
                spec.Level, spec.LessonHours, 70, spec.Competencies, now);
            for (var l = 0; l < spec.Lessons.Length; l++)
            {
                var module = course.ModuleTitled(spec.Modules[l * spec.Modules.Length / spec.Lessons.Length]);
                course.AddLesson(module, $"{l + 1:D2}-{Slug.From(spec.Lessons[l])}", spec.Lessons[l], 30 + 15 * (l % 3),
                    $"# {spec.Lessons[l]}\n\nMateri sintetis untuk uji skala. Bagian ini menggantikan materi kursus {spec.Title} yang sesungguhnya.\n", now);
            }
            course.Publish(now);
            db.Courses.Add(course);
            added.Add((spec, course));
        }
        if (added.Count == 0) return 0;
        await db.SaveChangesAsync(ct); // the banks and quizzes need the courses' ids

        foreach (var (spec, course) in added)
        {
            foreach (var purpose in new[] { QuizPurpose.PreTest, QuizPurpose.PostTest })
            {
                var parsed = GiftParser.Parse(Gift(spec, purpose));
                if (!parsed.IsValid) throw new InvalidOperationException($"Synthetic GIFT for {spec.Slug}: {parsed.Errors[0]}");
                var category = purpose == QuizPurpose.PreTest ? "Pre-test" : "Post-test"; // as the content import names them
                var bank = await QuestionBankStore.ApplyAsync(db, course.Id, parsed.Questions, category, now, ct);
                await db.SaveChangesAsync(ct); // the quiz's slots need the questions' ids
                var quiz = new Quiz(course.Id, QuizDefaults.TitleFor(purpose, course.Title), purpose,
                    QuizDefaults.SettingsFor(purpose, course.PassingScore), now);
                quiz.UseQuestions(bank.Questions.Select(q => q.Id).ToList(), now);
                quiz.Publish(new Dictionary<int, int>(), now);
                db.Quizzes.Add(quiz);
            }
        }
        foreach (var entry in db.ChangeTracker.Entries())
        {
            // Row versions are fresh GUIDs in the domain; drawn here so the same database comes out byte for byte.
            if (entry.State == EntityState.Added && entry.Metadata.FindProperty("RowVersion")?.ClrType == typeof(Guid))
                entry.Property("RowVersion").CurrentValue = SyntheticDataSeeder.RandomGuid(random);
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return added.Count;
    }

    /// <summary>Twenty one-mark multiple-choice questions in GIFT, named so a re-import would match them.</summary>
    private static string Gift(Spec spec, QuizPurpose purpose)
    {
        var prefix = purpose == QuizPurpose.PreTest ? "PRE" : "POST";
        var text = new StringBuilder();
        for (var n = 1; n <= QuestionsPerTest; n++)
        {
            var lesson = spec.Lessons[(n - 1) % spec.Lessons.Length];
            text.Append("::").Append(prefix).Append('-').Append(n.ToString("D2", System.Globalization.CultureInfo.InvariantCulture))
                .Append("::Soal sintetis ").Append(n).Append(" tentang \"").Append(lesson).Append("\": pilih pernyataan yang benar.{\n")
                .Append("    =Pernyataan yang sesuai dengan materi ").Append(lesson).Append('\n')
                .Append("    ~Pernyataan keliru pertama#Belum tepat; baca lagi materinya.\n")
                .Append("    ~Pernyataan keliru kedua#Belum tepat; baca lagi materinya.\n")
                .Append("    ~Pernyataan keliru ketiga#Belum tepat; baca lagi materinya.\n")
                .Append("}\n\n");
        }
        return text.ToString();
    }
}
