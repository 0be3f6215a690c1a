namespace SmartVillage.Domain.Evaluations;

/// <summary>
/// What a village says of one indicator in one year (achieved or not, with a note), recorded by one of its officials and
/// confirmed by its mentor. Unique per (village, year, indicator): recording again changes the one row, and a change
/// after confirmation takes the confirmation away, so a confirmed figure is always the one the mentor saw.
/// </summary>
public sealed class VillageIndicatorRecord
{
    public const int NoteMaxLength = 500;
    public const int FirstYear = 2020;
    public const string AlreadyConfirmedMessage = "Indikator ini sudah dikonfirmasi pendamping dengan isi yang sama.";

    private VillageIndicatorRecord() { }

    public VillageIndicatorRecord(string villageCode, string regencyCode, int year, string indicatorCode, bool achieved, string? note,
        string recordedById, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(villageCode)) throw new DomainException("Akun Anda belum terhubung ke desa/pekon.");
        if (string.IsNullOrWhiteSpace(indicatorCode)) throw new DomainException("Pilih indikator.");
        VillageCode = villageCode;
        RegencyCode = regencyCode;
        Year = CheckYear(year, now);
        IndicatorCode = indicatorCode.Trim();
        Record(achieved, note, recordedById, now);
    }

    public int Id { get; private set; }
    public string VillageCode { get; private set; } = "";

    /// <summary>Copied from the village, so the report groups by regency without a join.</summary>
    public string RegencyCode { get; private set; } = "";

    public int Year { get; private set; }
    public string IndicatorCode { get; private set; } = "";
    public bool Achieved { get; private set; }
    public string? Note { get; private set; }
    public string RecordedById { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    public string? ConfirmedById { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public Guid RowVersion { get; private set; }

    public bool IsConfirmed => ConfirmedAt is not null;

    /// <summary>The village's officials record (or correct) it; a confirmed record that changes waits for the mentor again.</summary>
    public void Record(bool achieved, string? note, string recordedById, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recordedById);
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is { Length: > NoteMaxLength }) throw new DomainException($"Keterangan paling panjang {NoteMaxLength} karakter.");
        if (IsConfirmed && (Achieved != achieved || Note != trimmed))
        {
            ConfirmedById = null;
            ConfirmedAt = null;
        }
        Achieved = achieved;
        Note = trimmed;
        RecordedById = recordedById;
        RecordedAt = now;
        RowVersion = Guid.NewGuid();
    }

    /// <summary>The mentor confirms what the village recorded.</summary>
    public void Confirm(string mentorId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mentorId);
        if (IsConfirmed) throw new DomainException(AlreadyConfirmedMessage);
        ConfirmedById = mentorId;
        ConfirmedAt = now;
        RowVersion = Guid.NewGuid();
    }

    public static int CheckYear(int year, DateTimeOffset now)
    {
        var current = now.ToOffset(TimeSpan.FromHours(7)).Year;
        if (year < FirstYear || year > current) throw new DomainException($"Tahun antara {FirstYear} dan {current}.");
        return year;
    }
}
