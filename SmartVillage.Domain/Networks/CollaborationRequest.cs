using SmartVillage.Domain.Regions;

namespace SmartVillage.Domain.Networks;

/// <summary>
/// A village's need or offer ("kami perlu bantuan membuat website pekon"). Others respond; the poster marks it met
/// (terpenuhi) by choosing the response that helped; a moderator may hide it with a reason and reopen it.
/// </summary>
public sealed class CollaborationRequest
{
    private readonly List<CollaborationResponse> _responses = [];

    private CollaborationRequest() { }

    public CollaborationRequest(CollaborationKind kind, string title, string description, string? trackCode, string? area,
        string villageCode, string postedById, Guid clientToken, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Judul wajib diisi.");
        if (string.IsNullOrWhiteSpace(description)) throw new DomainException("Uraian wajib diisi.");
        Kind = kind;
        Title = title.Trim();
        Description = description.Trim();
        TrackCode = string.IsNullOrWhiteSpace(trackCode) ? null : trackCode.Trim().ToUpperInvariant();
        Area = string.IsNullOrWhiteSpace(area) ? null : AreaTags.Normalize(area);
        VillageCode = RegionCode.Require(villageCode, RegionLevel.Village);
        RegencyCode = VillageCode[..5];
        PostedById = postedById;
        ClientToken = clientToken;
        PostedAt = now;
        Status = CollaborationStatus.Open;
    }

    public int Id { get; private set; }
    public CollaborationKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public string? TrackCode { get; private set; }

    /// <summary>A free area word ("website desa"), normalised like a partner's area tags.</summary>
    public string? Area { get; private set; }

    public string VillageCode { get; private set; } = "";
    public string RegencyCode { get; private set; } = "";
    public string PostedById { get; private set; } = "";
    public Guid ClientToken { get; private set; }
    public DateTimeOffset PostedAt { get; private set; }
    public CollaborationStatus Status { get; private set; }
    public int? MetByResponseId { get; private set; }
    public DateTimeOffset? MetAt { get; private set; }
    public string? HiddenReason { get; private set; }
    public string? HiddenById { get; private set; }
    public DateTimeOffset? HiddenAt { get; private set; }

    public IReadOnlyCollection<CollaborationResponse> Responses => _responses;

    public CollaborationResponse Respond(string authorId, string? authorVillageCode, string body, Guid clientToken, DateTimeOffset now)
    {
        if (Status != CollaborationStatus.Open)
            throw new DomainException(Status == CollaborationStatus.Met
                ? "Permintaan ini sudah terpenuhi; tanggapan baru tidak diterima."
                : "Permintaan ini disembunyikan moderator; tanggapan baru tidak diterima.");
        if (authorId == PostedById) throw new DomainException("Anda tidak dapat menanggapi permintaan Anda sendiri.");
        var response = new CollaborationResponse(Id, authorId, authorVillageCode, body, clientToken, now);
        _responses.Add(response);
        return response;
    }

    /// <summary>The poster says the request is met, naming the response that helped.</summary>
    public void MarkMet(int responseId, DateTimeOffset now)
    {
        if (Status == CollaborationStatus.Hidden) throw new DomainException("Permintaan ini disembunyikan moderator.");
        if (Status == CollaborationStatus.Met) throw new DomainException("Permintaan ini sudah ditandai terpenuhi.");
        if (_responses.All(r => r.Id != responseId)) throw new DomainException("Pilih tanggapan yang membantu dari daftar tanggapan permintaan ini.");
        Status = CollaborationStatus.Met;
        MetByResponseId = responseId;
        MetAt = now;
    }

    public void Hide(string reason, string moderatorId, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Tulis alasan menyembunyikan permintaan ini.");
        Status = CollaborationStatus.Hidden;
        HiddenReason = reason.Trim();
        HiddenById = moderatorId;
        HiddenAt = now;
    }

    /// <summary>A moderator opens it again: after hiding it by mistake, or when a "met" need turns out not to be.</summary>
    public void Reopen()
    {
        Status = CollaborationStatus.Open;
        HiddenReason = null;
        HiddenById = null;
        HiddenAt = null;
        MetByResponseId = null;
        MetAt = null;
    }
}
