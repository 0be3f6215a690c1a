namespace SmartVillage.Domain.Workshops;

/// <summary>
/// A bimtek or lokakarya: face-to-face in a regency (a venue) or online (a link), with numbered seats,
/// a registration window, sessions, and the share of sessions an official must attend to complete it.
/// </summary>
public sealed class Workshop
{
    public const int DefaultCompletionThreshold = 80;

    private readonly List<WorkshopTrainer> _trainers = [];
    private readonly List<WorkshopSession> _sessions = [];

    private Workshop() { }

    public Workshop(string title, string trackCode, string regencyCode, int capacity, string? ownerId, DateTimeOffset now)
    {
        CreatedAt = now;
        Describe(title, trackCode, null, regencyCode, "Akan diumumkan", null, capacity, null, null, DefaultCompletionThreshold, now);
        if (ownerId is not null) _trainers.Add(new WorkshopTrainer(ownerId, isOwner: true));
    }

    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public string TrackCode { get; private set; } = "";
    public int? CourseId { get; private set; }

    /// <summary>The quiz officials must pass, besides attending, to receive the certificate; null when attendance alone counts.</summary>
    public int? PostTestQuizId { get; private set; }

    /// <summary>Dotted Kemendagri code of the regency it is held in (or organised for, when online), e.g. 18.03.</summary>
    public string RegencyCode { get; private set; } = "";

    public string? Venue { get; private set; }
    public string? OnlineLink { get; private set; }
    public int Capacity { get; private set; }
    public DateTimeOffset? RegistrationOpensAt { get; private set; }
    public DateTimeOffset? RegistrationClosesAt { get; private set; }

    /// <summary>Percent of held sessions attended (Hadir or Terlambat) needed to complete the workshop.</summary>
    public int CompletionThreshold { get; private set; } = DefaultCompletionThreshold;

    public WorkshopStatus Status { get; private set; } = WorkshopStatus.Draft;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Concurrency token: two trainers saving at once do not overwrite each other silently.</summary>
    public Guid RowVersion { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<WorkshopTrainer> Trainers => _trainers;
    public IReadOnlyList<WorkshopSession> Sessions => _sessions;

    public IEnumerable<WorkshopSession> SessionsInOrder => _sessions.OrderBy(s => s.StartsAt);

    public bool IsOnline => OnlineLink is not null && Venue is null;

    public void Describe(string title, string trackCode, int? courseId, string regencyCode, string? venue, string? onlineLink, int capacity,
        DateTimeOffset? registrationOpensAt, DateTimeOffset? registrationClosesAt, int completionThreshold, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Judul bimtek wajib diisi.");
        if (string.IsNullOrWhiteSpace(trackCode)) throw new DomainException("Pilih jalur bimtek.");
        if (string.IsNullOrWhiteSpace(regencyCode)) throw new DomainException("Pilih kabupaten/kota tempat bimtek.");
        if (string.IsNullOrWhiteSpace(venue) && string.IsNullOrWhiteSpace(onlineLink))
            throw new DomainException("Isi tempat bimtek atau tautan daring.");
        if (onlineLink is { Length: > 0 } link && !(Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            throw new DomainException("Tautan daring harus alamat web lengkap, misalnya https://meet.example/abc.");
        if (capacity is < 1 or > 2000) throw new DomainException("Kapasitas antara 1 dan 2.000 peserta.");
        if (registrationOpensAt is { } opens && registrationClosesAt is { } closes && closes <= opens)
            throw new DomainException("Pendaftaran harus ditutup setelah dibuka.");
        if (completionThreshold is < 1 or > 100) throw new DomainException("Batas kehadiran untuk lulus antara 1 dan 100 persen.");
        Title = title.Trim();
        TrackCode = trackCode.Trim();
        CourseId = courseId;
        RegencyCode = regencyCode.Trim();
        Venue = string.IsNullOrWhiteSpace(venue) ? null : venue.Trim();
        OnlineLink = string.IsNullOrWhiteSpace(onlineLink) ? null : onlineLink.Trim();
        Capacity = capacity;
        RegistrationOpensAt = registrationOpensAt?.ToUniversalTime();
        RegistrationClosesAt = registrationClosesAt?.ToUniversalTime();
        CompletionThreshold = completionThreshold;
        Touch(now);
    }

    public void SetPostTest(int? quizId, DateTimeOffset now)
    {
        if (PostTestQuizId == quizId) return;
        PostTestQuizId = quizId;
        Touch(now);
    }

    public bool IsTrainer(string userId) => _trainers.Any(t => t.UserId == userId);

    public void AddTrainer(string userId)
    {
        if (!IsTrainer(userId)) _trainers.Add(new WorkshopTrainer(userId, isOwner: _trainers.Count == 0));
    }

    public void RemoveTrainer(string userId)
    {
        var trainer = _trainers.FirstOrDefault(t => t.UserId == userId);
        if (trainer is null) return;
        if (trainer.IsOwner) throw new DomainException("Pemilik bimtek tidak dapat dihapus dari daftar pelatih.");
        _trainers.Remove(trainer);
    }

    public WorkshopSession AddSession(DateTimeOffset startsAt, DateTimeOffset endsAt, string topic, int lessonHours, DateTimeOffset now)
    {
        var session = new WorkshopSession(startsAt, endsAt, topic, lessonHours);
        if (_sessions.Any(s => s.StartsAt < session.EndsAt && session.StartsAt < s.EndsAt))
            throw new DomainException("Sesi ini bertabrakan waktunya dengan sesi lain di bimtek yang sama.");
        _sessions.Add(session);
        Touch(now);
        return session;
    }

    public void Publish(DateTimeOffset now)
    {
        if (Status == WorkshopStatus.Cancelled) throw new DomainException("Bimtek yang dibatalkan tidak dapat diterbitkan lagi.");
        if (_sessions.Count == 0) throw new DomainException("Tambahkan paling sedikit satu sesi sebelum menerbitkan bimtek.");
        Status = WorkshopStatus.Published;
        Touch(now);
    }

    public void Cancel(DateTimeOffset now)
    {
        Status = WorkshopStatus.Cancelled;
        Touch(now);
    }

    /// <summary>Every session is over: the bimtek is history, and a registration in it can no longer be cancelled.</summary>
    public bool HasEnded(DateTimeOffset now) => _sessions.Count > 0 && _sessions.All(s => s.HasEnded(now));

    /// <summary>Why an official cannot cancel their registration now, or null when they can.</summary>
    public string? CancellationRefusal(DateTimeOffset now) =>
        HasEnded(now) ? "Bimtek ini sudah selesai; pendaftaran tidak dapat dibatalkan lagi." : null;

    /// <summary>Why an official cannot register now, or null when they can.</summary>
    public string? RegistrationRefusal(DateTimeOffset now)
    {
        if (Status != WorkshopStatus.Published) return "Bimtek ini belum dibuka untuk pendaftaran.";
        if (RegistrationOpensAt is { } opens && now < opens) return "Pendaftaran bimtek ini belum dibuka.";
        if (RegistrationClosesAt is { } closes && now >= closes) return "Pendaftaran bimtek ini sudah ditutup.";
        if (_sessions.Count > 0 && _sessions.All(s => s.HasEnded(now))) return "Bimtek ini sudah selesai.";
        return null;
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        RowVersion = Guid.NewGuid();
    }
}
