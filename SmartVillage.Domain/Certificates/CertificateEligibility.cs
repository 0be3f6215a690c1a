using SmartVillage.Domain.Attendance;
using SmartVillage.Domain.Learning;

namespace SmartVillage.Domain.Certificates;

/// <summary>A post-test result as the eligibility rules need it.</summary>
public sealed record PostTestResult(decimal ScorePercent, bool Passed, bool Pending);

/// <summary>Whether an official has earned a certificate, and if not, what is still missing (shown to them and to the trainer).</summary>
public sealed record Eligibility(bool IsEligible, string? Missing, decimal? ScorePercent)
{
    public static Eligibility Yes(decimal? score) => new(true, null, score);

    public static Eligibility No(string missing) => new(false, missing, null);
}

/// <summary>
/// The rules of issue. A course certificate: every lesson complete and, when the course has a post-test, its final
/// outcome passed (not pending an essay). A workshop certificate: every session held, the attendance rate at or above
/// the workshop's threshold and, when the workshop has a post-test, passed.
/// </summary>
public static class CertificateEligibility
{
    public static Eligibility ForCourse(CourseProgress progress, bool hasPostTest, PostTestResult? postTest)
    {
        if (!progress.IsComplete)
            return Eligibility.No($"Selesaikan semua materi ({progress.CompletedLessons} dari {progress.TotalLessons} selesai).");
        return PostTest(hasPostTest, postTest);
    }

    public static Eligibility ForWorkshop(AttendanceRate rate, int totalSessions, int thresholdPercent, bool hasPostTest, PostTestResult? postTest)
    {
        if (totalSessions == 0 || rate.Held < totalSessions) return Eligibility.No("Bimtek belum selesai; sertifikat terbit setelah sesi terakhir.");
        if (!rate.Meets(thresholdPercent))
            return Eligibility.No($"Kehadiran {rate.Percent}% ({rate.Present} dari {rate.Held} sesi), kurang dari syarat {thresholdPercent}%.");
        return PostTest(hasPostTest, postTest);
    }

    private static Eligibility PostTest(bool hasPostTest, PostTestResult? postTest)
    {
        if (!hasPostTest) return Eligibility.Yes(null);
        if (postTest is null) return Eligibility.No("Kerjakan post-test terlebih dahulu.");
        if (postTest.Pending) return Eligibility.No("Post-test masih menunggu penilaian esai oleh pelatih.");
        if (!postTest.Passed) return Eligibility.No($"Nilai post-test {postTest.ScorePercent:0.#} belum mencapai batas lulus.");
        return Eligibility.Yes(postTest.ScorePercent);
    }
}
