namespace SmartVillage.Domain.Mentoring;

/// <summary>
/// An obstacle (kendala) an official meets in the field. Open → InProgress → Resolved (a resolved one may be reopened);
/// every status change and every response is kept as an <see cref="ObstacleEntry"/>, so the history shows each step.
/// </summary>
public sealed class Obstacle
{
    public const int MaxDescription = 2000;

    private readonly List<ObstacleEntry> _entries = [];

    private Obstacle() { }

    public Obstacle(string officialId, string villageCode, string regencyCode, ObstacleCategory category, string description, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(villageCode))
            throw new DomainException("Akun Anda belum terhubung ke desa/pekon; minta admin mengisi desa Anda sebelum mencatat kendala.");
        if (!Enum.IsDefined(category)) throw new DomainException("Pilih kategori kendala.");
        if (string.IsNullOrWhiteSpace(description)) throw new DomainException("Ceritakan kendalanya.");
        if (description.Trim().Length > MaxDescription) throw new DomainException($"Uraian kendala paling panjang {MaxDescription} karakter.");
        OfficialId = officialId;
        VillageCode = villageCode;
        RegencyCode = regencyCode;
        Category = category;
        Description = description.Trim();
        Status = ObstacleStatus.Open;
        OpenedAt = now;
        UpdatedAt = now;
        _entries.Add(new ObstacleEntry(officialId, null, ObstacleStatus.Open, null, now));
    }

    public int Id { get; private set; }
    public string OfficialId { get; private set; } = "";
    public string VillageCode { get; private set; } = "";
    public string RegencyCode { get; private set; } = "";
    public ObstacleCategory Category { get; private set; }
    public string Description { get; private set; } = "";
    public ObstacleStatus Status { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }

    public IReadOnlyList<ObstacleEntry> Entries => _entries;

    /// <summary>Whole days since it was logged, for "open obstacles by age".</summary>
    public int DaysOpen(DateTimeOffset now) => Math.Max(0, (int)((ResolvedAt ?? now) - OpenedAt).TotalDays);

    /// <summary>A response (tanggapan) without a status change.</summary>
    public void Respond(string byId, string note, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(note)) throw new DomainException("Tulis tanggapan Anda.");
        _entries.Add(new ObstacleEntry(byId, Status, Status, note, now));
        UpdatedAt = now;
    }

    /// <summary>Moves the obstacle on; resolving and reopening need a note saying how or why.</summary>
    public void MoveTo(ObstacleStatus to, string byId, string? note, DateTimeOffset now)
    {
        if (!Enum.IsDefined(to)) throw new DomainException("Status kendala tidak dikenal.");
        if (to == Status) throw new DomainException($"Kendala ini sudah berstatus {MentoringLabels.Of(to)}.");
        if (to == ObstacleStatus.Resolved && string.IsNullOrWhiteSpace(note))
            throw new DomainException("Tuliskan bagaimana kendala ini diselesaikan.");
        if (Status == ObstacleStatus.Resolved && string.IsNullOrWhiteSpace(note))
            throw new DomainException("Tuliskan mengapa kendala ini dibuka kembali.");
        _entries.Add(new ObstacleEntry(byId, Status, to, note, now));
        Status = to;
        ResolvedAt = to == ObstacleStatus.Resolved ? now : null;
        UpdatedAt = now;
    }
}
