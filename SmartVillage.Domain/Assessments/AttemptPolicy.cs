namespace SmartVillage.Domain.Assessments;

/// <summary>Whether an official may start another attempt at a quiz.</summary>
public static class AttemptPolicy
{
    public const string NotPublishedMessage = "Kuis ini belum dibuka oleh pelatih.";
    public const string ClosedMessage = "Kuis ini sudah ditutup; tidak dapat dikerjakan lagi.";

    /// <summary>Null when a new attempt may start; else why not, in words the official can act on.</summary>
    /// <param name="previousAttempts">How many attempts the official already started (finished or not).</param>
    public static string? StartRefusal(Quiz quiz, int previousAttempts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(quiz);
        if (quiz.Status != QuizStatus.Published) return NotPublishedMessage;
        if (quiz.OpensAt is { } opens && now < opens)
            return $"Kuis ini baru dibuka pada {Wib(opens)}.";
        if (quiz.ClosesAt is { } closes && now >= closes) return ClosedMessage;
        if (!quiz.IsUnlimitedAttempts && previousAttempts >= quiz.AttemptsAllowed)
            return quiz.AttemptsAllowed == 1
                ? "Kuis ini hanya boleh dikerjakan satu kali, dan Anda sudah mengerjakannya."
                : $"Kesempatan mengerjakan kuis ini sudah habis ({previousAttempts} dari {quiz.AttemptsAllowed} kali).";
        return null;
    }

    /// <summary>Attempts still allowed after <paramref name="previousAttempts"/>; null when unlimited.</summary>
    public static int? AttemptsLeft(Quiz quiz, int previousAttempts) =>
        quiz.IsUnlimitedAttempts ? null : Math.Max(0, quiz.AttemptsAllowed - previousAttempts);

    // Officials read Western Indonesian Time; the domain has no time-zone database dependency, WIB has no DST.
    private static string Wib(DateTimeOffset utc) =>
        utc.ToOffset(TimeSpan.FromHours(7)).ToString("d MMMM yyyy HH.mm", System.Globalization.CultureInfo.GetCultureInfo("id-ID")) + " WIB";
}
