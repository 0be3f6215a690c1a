using SmartVillage.Domain.Assessments;

namespace SmartVillage.Learning.Features.Assessments;

/// <summary>How the quiz editor names purposes, statuses, grading methods and review options in Indonesian.</summary>
public static class QuizLabels
{
    public static string Purpose(QuizPurpose purpose) => purpose switch
    {
        QuizPurpose.PreTest => "Pre-test",
        QuizPurpose.PostTest => "Post-test",
        QuizPurpose.Practice => "Latihan",
        _ => purpose.ToString(),
    };

    /// <summary>
    /// A settled score as the official reads it. A pre-test measures where she starts, so it is never "Belum lulus":
    /// the post-test and the gain between the two say how she did.
    /// </summary>
    public static string Outcome(QuizPurpose purpose, decimal scorePercent, bool passed) => purpose == QuizPurpose.PreTest
        ? $"Nilai awal {Score.Text(scorePercent)}"
        : $"Nilai {Score.Text(scorePercent)} · {(passed ? "Lulus" : "Belum lulus")}";

    public static string Status(QuizStatus status) => status == QuizStatus.Published ? "Terbit" : "Draf";

    public static string Grading(GradingMethod method) => method switch
    {
        GradingMethod.Highest => "Nilai tertinggi",
        GradingMethod.Average => "Rata-rata semua percobaan",
        GradingMethod.First => "Percobaan pertama",
        GradingMethod.Last => "Percobaan terakhir",
        _ => method.ToString(),
    };

    public static string Review(ReviewOptions review) => review switch
    {
        ReviewOptions.ScoreOnly => "Nilai saja",
        ReviewOptions.CorrectAnswers => "Nilai dan jawaban benar",
        ReviewOptions.Feedback => "Nilai, jawaban benar, dan umpan balik",
        _ => review.ToString(),
    };

    /// <summary>"20 menit" or "Tanpa batas waktu".</summary>
    public static string TimeLimit(int? minutes) => minutes is { } m ? $"{m} menit" : "Tanpa batas waktu";

    /// <summary>"2 kali percobaan" or "Tanpa batas percobaan".</summary>
    public static string Attempts(int attempts) => attempts == 0 ? "Tanpa batas percobaan" : $"{attempts} kali percobaan";
}
