namespace SmartVillage.Domain.Mentoring;

/// <summary>A mentoring session the mentor logs: when, how, what was discussed, what was agreed, when to meet next.</summary>
public sealed class MentoringSession
{
    private MentoringSession() { }

    public MentoringSession(string mentorId, string officialId, DateOnly heldOn, MentoringMode mode, string notes, string? nextSteps,
        DateOnly? nextDueOn, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(officialId)) throw new DomainException("Pilih aparatur yang didampingi.");
        if (!Enum.IsDefined(mode)) throw new DomainException("Pilih cara pendampingan: kunjungan, telepon, atau daring.");
        if (string.IsNullOrWhiteSpace(notes)) throw new DomainException("Tulis catatan pendampingan.");
        if (heldOn > DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(7)).DateTime))
            throw new DomainException("Tanggal pendampingan tidak boleh di masa depan; catat sesi setelah berlangsung.");
        if (nextDueOn is { } due && due <= heldOn) throw new DomainException("Jadwal pendampingan berikutnya harus setelah tanggal sesi ini.");
        MentorId = mentorId;
        OfficialId = officialId;
        HeldOn = heldOn;
        Mode = mode;
        Notes = notes.Trim();
        NextSteps = string.IsNullOrWhiteSpace(nextSteps) ? null : nextSteps.Trim();
        NextDueOn = nextDueOn;
        RecordedAt = now;
    }

    public int Id { get; private set; }
    public string MentorId { get; private set; } = "";
    public string OfficialId { get; private set; } = "";
    public DateOnly HeldOn { get; private set; }
    public MentoringMode Mode { get; private set; }
    public string Notes { get; private set; } = "";

    /// <summary>Langkah berikutnya yang disepakati.</summary>
    public string? NextSteps { get; private set; }

    public DateOnly? NextDueOn { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
}
