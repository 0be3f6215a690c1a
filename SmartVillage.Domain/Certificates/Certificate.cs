namespace SmartVillage.Domain.Certificates;

/// <summary>
/// A sertifikat issued to an official: a number in the Indonesian letter style, a random verification code, and the
/// snapshot of what it says. Revoked by an admin with a reason; re-issued (after a name correction) as a new
/// certificate with the same number, a higher <see cref="Revision"/> and a new code, this one marked replaced.
/// </summary>
public sealed class Certificate
{
    public const int ReasonMaxLength = 500;

    private Certificate() { }

    public Certificate(string userId, CertificateKind kind, int? courseId, int? workshopId, int year, int sequence, int revision,
        CertificateSnapshot snapshot, string? issuedById, DateTimeOffset now)
    {
        if (kind == CertificateKind.Course && courseId is null) throw new DomainException("Sertifikat kursus harus menyebut kursusnya.");
        if (kind == CertificateKind.Workshop && workshopId is null) throw new DomainException("Sertifikat bimtek harus menyebut bimteknya.");
        UserId = userId;
        Kind = kind;
        CourseId = courseId;
        WorkshopId = workshopId;
        SubjectKey = SubjectKeyOf(kind, courseId, workshopId);
        Year = year;
        Sequence = sequence;
        Revision = revision;
        Number = snapshot.Number;
        VerificationCode = snapshot.VerificationCode;
        IssuedAt = now;
        IssuedById = issuedById;
        Apply(snapshot);
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public CertificateKind Kind { get; private set; }
    public int? CourseId { get; private set; }
    public int? WorkshopId { get; private set; }

    /// <summary>"course:12" or "workshop:5": one live certificate per official and subject (unique with the revision).</summary>
    public string SubjectKey { get; private set; } = "";

    public int Year { get; private set; }
    public int Sequence { get; private set; }

    /// <summary>0 for the first issue; each re-issue under the same number adds one.</summary>
    public int Revision { get; private set; }

    public string Number { get; private set; } = "";
    public string VerificationCode { get; private set; } = "";
    public CertificateStatus Status { get; private set; } = CertificateStatus.Valid;
    public string? RevocationReason { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public string? RevokedById { get; private set; }
    public string? ReplacedByCode { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    public string? IssuedById { get; private set; }

    // ---- The snapshot, column by column ----
    public string HolderName { get; private set; } = "";
    public string? HolderPosition { get; private set; }
    public string? VillageName { get; private set; }
    public string? RegencyName { get; private set; }
    public string Title { get; private set; } = "";
    public string TrackTitle { get; private set; } = "";
    public int LessonHours { get; private set; }
    public decimal? ScorePercent { get; private set; }
    public DateOnly CompletedOn { get; private set; }
    public DateOnly IssuedOn { get; private set; }
    public string IssuingPlace { get; private set; } = "";
    public string IssuingBody { get; private set; } = "";
    public string SignatoryName { get; private set; } = "";
    public string SignatoryTitle { get; private set; } = "";
    public string? SignatoryNip { get; private set; }
    public string VerifyUrl { get; private set; } = "";

    public CertificateSnapshot Snapshot => new(Kind, Number, VerificationCode, HolderName, HolderPosition, VillageName, RegencyName, Title, TrackTitle,
        LessonHours, ScorePercent, CompletedOn, IssuedOn, IssuingPlace, IssuingBody, SignatoryName, SignatoryTitle, SignatoryNip, VerifyUrl);

    public static string SubjectKeyOf(CertificateKind kind, int? courseId, int? workshopId) =>
        kind == CertificateKind.Course ? $"course:{courseId}" : $"workshop:{workshopId}";

    public void Revoke(string? reason, string? byUserId, DateTimeOffset now)
    {
        if (Status != CertificateStatus.Valid) throw new DomainException("Hanya sertifikat yang masih sah yang dapat dicabut.");
        RevocationReason = RequireReason(reason);
        Status = CertificateStatus.Revoked;
        RevokedAt = now;
        RevokedById = byUserId;
    }

    /// <summary>Marks this one replaced by its re-issue (same number, new code), giving the reason (e.g. "nama diperbaiki").</summary>
    public void ReplaceBy(string newCode, string? reason, string? byUserId, DateTimeOffset now)
    {
        if (Status == CertificateStatus.Replaced) throw new DomainException("Sertifikat ini sudah diganti; terbitkan ulang dari sertifikat penggantinya.");
        RevocationReason = RequireReason(reason);
        Status = CertificateStatus.Replaced;
        ReplacedByCode = newCode;
        RevokedAt = now;
        RevokedById = byUserId;
    }

    private static string RequireReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Tulis alasannya; alasan ini tampil di halaman verifikasi.");
        var trimmed = reason.Trim();
        if (trimmed.Length > ReasonMaxLength) throw new DomainException($"Alasan paling panjang {ReasonMaxLength} karakter.");
        return trimmed;
    }

    private void Apply(CertificateSnapshot s)
    {
        HolderName = s.HolderName;
        HolderPosition = s.HolderPosition;
        VillageName = s.VillageName;
        RegencyName = s.RegencyName;
        Title = s.Title;
        TrackTitle = s.TrackTitle;
        LessonHours = s.LessonHours;
        ScorePercent = s.ScorePercent;
        CompletedOn = s.CompletedOn;
        IssuedOn = s.IssuedOn;
        IssuingPlace = s.IssuingPlace;
        IssuingBody = s.IssuingBody;
        SignatoryName = s.SignatoryName;
        SignatoryTitle = s.SignatoryTitle;
        SignatoryNip = s.SignatoryNip;
        VerifyUrl = s.VerifyUrl;
    }
}
