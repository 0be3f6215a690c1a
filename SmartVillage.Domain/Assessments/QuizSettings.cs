namespace SmartVillage.Domain.Assessments;

/// <summary>How a quiz runs: everything a trainer sets besides its questions.</summary>
/// <param name="TimeLimitMinutes">Null: no limit.</param>
/// <param name="AttemptsAllowed">0: unlimited.</param>
/// <param name="PassingScore">Percent, 0..100.</param>
/// <param name="OpensAt">UTC; null: open from publication.</param>
/// <param name="ClosesAt">UTC; null: never closes.</param>
public sealed record QuizSettings(
    int? TimeLimitMinutes = null,
    int AttemptsAllowed = 0,
    GradingMethod GradingMethod = GradingMethod.Highest,
    bool ShuffleQuestions = false,
    bool ShuffleChoices = false,
    int PassingScore = 70,
    ReviewOptions Review = ReviewOptions.Feedback,
    DateTimeOffset? OpensAt = null,
    DateTimeOffset? ClosesAt = null)
{
    /// <summary>Ten hours: longer than any test an official sits; a longer number is a typing slip, not a setting.</summary>
    public const int MaxTimeLimitMinutes = 600;

    /// <summary>More than twenty tries is no test; 0 stays "unlimited", chosen on purpose.</summary>
    public const int MaxAttempts = 20;

    internal void Check()
    {
        if (TimeLimitMinutes is { } minutes && (minutes < 1 || minutes > MaxTimeLimitMinutes))
            throw new DomainException($"Batas waktu kuis antara 1 dan {MaxTimeLimitMinutes} menit, atau kosongkan bila tanpa batas.");
        if (AttemptsAllowed < 0 || AttemptsAllowed > MaxAttempts)
            throw new DomainException($"Jumlah percobaan antara 0 (tanpa batas) dan {MaxAttempts}.");
        if (PassingScore is < 0 or > 100) throw new DomainException("Nilai lulus kuis antara 0 dan 100.");
        if (OpensAt is { } opens && opens.Offset != TimeSpan.Zero) throw new DomainException("Waktu buka kuis disimpan dalam UTC.");
        if (ClosesAt is { } closes && closes.Offset != TimeSpan.Zero) throw new DomainException("Waktu tutup kuis disimpan dalam UTC.");
        if (OpensAt is { } o && ClosesAt is { } c && c <= o) throw new DomainException("Waktu tutup kuis harus sesudah waktu bukanya.");
    }
}
