namespace SmartVillage.Domain.Evaluations;

/// <summary>
/// When an official is offered an evaluation. A bimtek: from the start of its last session for those who checked in to
/// it (the form is filled at the closing), and once the last session has ended for everyone who attended any session;
/// a course: once it is completed. Either stays open <see cref="OpenDays"/> days, then the offer goes away.
/// </summary>
public static class EvaluationWindow
{
    public const int OpenDays = 30;
    public const string NotOpenMessage = "Evaluasi dibuka setelah sesi terakhir bimtek yang Anda hadiri, atau setelah kursus selesai.";
    public const string ClosedMessage = "Masa pengisian evaluasi ini sudah berakhir.";

    /// <summary>
    /// Why a workshop's evaluation is not open to this official now, or null when it is. <paramref name="sessions"/>: every
    /// session of the workshop with whether the official was present (Hadir or Terlambat).
    /// </summary>
    public static string? WorkshopRefusal(IReadOnlyCollection<(DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool Present)> sessions, DateTimeOffset now)
    {
        if (sessions.Count == 0 || !sessions.Any(s => s.Present)) return NotOpenMessage;
        var last = sessions.MaxBy(s => s.StartsAt);
        var opens = last.Present ? last.StartsAt : last.EndsAt;
        if (now < opens) return NotOpenMessage;
        return now >= last.EndsAt.AddDays(OpenDays) ? ClosedMessage : null;
    }

    /// <summary>Why a course's evaluation is not open to this official now, or null when it is.</summary>
    public static string? CourseRefusal(DateTimeOffset? completedAt, DateTimeOffset now)
    {
        if (completedAt is not { } done || now < done) return NotOpenMessage;
        return now >= done.AddDays(OpenDays) ? ClosedMessage : null;
    }
}
