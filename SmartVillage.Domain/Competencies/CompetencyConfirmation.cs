namespace SmartVillage.Domain.Competencies;

/// <summary>
/// A mentor's word that an official works at a level in one area, with what the mentor saw them do
/// ("menyusun RAB tiga kegiatan sendiri"). One is active per official and area: confirming again withdraws the
/// previous one and adds a new row, so the history of who said what, and when, stays (decision 0013).
/// </summary>
public sealed class CompetencyConfirmation
{
    public const int NoteMinLength = 10;
    public const int NoteMaxLength = 500;

    public const string LevelMessage = "Pilih tingkat: Dasar, Menengah, atau Mahir.";
    public const string NoteRequiredMessage = "Tulis apa yang Anda lihat aparatur ini kerjakan, misalnya “menyusun RAB tiga kegiatan sendiri”.";
    public const string NoteTooShortMessage = "Catatan paling sedikit 10 karakter: tulis apa yang Anda lihat aparatur ini kerjakan.";
    public const string NoteTooLongMessage = "Catatan paling panjang 500 karakter.";
    public const string AlreadyWithdrawnMessage = "Konfirmasi ini sudah ditarik atau diganti; muat ulang halaman.";

    private CompetencyConfirmation() { }

    public CompetencyConfirmation(string officialId, string areaCode, CompetencyLevel level, string mentorId, string note, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(officialId)) throw new DomainException("Pilih aparatur yang dikonfirmasi.");
        if (string.IsNullOrWhiteSpace(areaCode)) throw new DomainException("Pilih area kompetensi.");
        if (string.IsNullOrWhiteSpace(mentorId)) throw new DomainException("Konfirmasi harus dicatat atas nama pendamping.");
        if (!Enum.IsDefined(level)) throw new DomainException(LevelMessage);
        OfficialId = officialId;
        AreaCode = areaCode.Trim();
        Level = level;
        MentorId = mentorId;
        Note = CheckNote(note);
        ConfirmedAt = now;
    }

    public int Id { get; private set; }
    public string OfficialId { get; private set; } = "";
    public string AreaCode { get; private set; } = "";
    public CompetencyLevel Level { get; private set; }

    /// <summary>Who confirmed: the official's mentor (or an admin acting for the programme).</summary>
    public string MentorId { get; private set; } = "";

    /// <summary>What the mentor saw the official do; the official reads it beside the level.</summary>
    public string Note { get; private set; } = "";

    public DateTimeOffset ConfirmedAt { get; private set; }

    /// <summary>When it stopped counting: withdrawn by hand, or replaced by a newer confirmation.</summary>
    public DateTimeOffset? WithdrawnAt { get; private set; }

    public string? WithdrawnById { get; private set; }

    public bool IsActive => WithdrawnAt is null;

    public void Withdraw(string byId, DateTimeOffset now)
    {
        if (!IsActive) throw new DomainException(AlreadyWithdrawnMessage);
        ArgumentException.ThrowIfNullOrWhiteSpace(byId);
        WithdrawnAt = now;
        WithdrawnById = byId;
    }

    /// <summary>The note as stored (trimmed), or the reason it is refused.</summary>
    public static string CheckNote(string? note)
    {
        var text = note?.Trim() ?? "";
        if (text.Length == 0) throw new DomainException(NoteRequiredMessage);
        if (text.Length < NoteMinLength) throw new DomainException(NoteTooShortMessage);
        if (text.Length > NoteMaxLength) throw new DomainException(NoteTooLongMessage);
        return text;
    }
}
