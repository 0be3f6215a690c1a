namespace SmartVillage.Domain.Networks;

/// <summary>
/// A discussion topic in one track (jalur), written in Markdown. Trainers pin useful threads to the top and hide posts
/// that break the rules; a hidden post stays in place, shown to others as "disembunyikan oleh moderator".
/// </summary>
public sealed class DiscussionThread
{
    private DiscussionThread() { }

    public DiscussionThread(string trackCode, string title, string body, string authorId, Guid clientToken, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(trackCode)) throw new DomainException("Pilih jalur diskusi.");
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Judul topik wajib diisi.");
        if (string.IsNullOrWhiteSpace(body)) throw new DomainException("Isi topik wajib diisi.");
        TrackCode = trackCode.Trim().ToUpperInvariant();
        Title = title.Trim();
        Body = body.Trim();
        AuthorId = authorId;
        ClientToken = clientToken;
        CreatedAt = LastActivityAt = now;
    }

    public int Id { get; private set; }
    public string TrackCode { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public string AuthorId { get; private set; } = "";
    public Guid ClientToken { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the last visible reply came (or the thread was opened): the list's order after pinned threads.</summary>
    public DateTimeOffset LastActivityAt { get; private set; }

    public int ReplyCount { get; private set; }
    public bool IsPinned { get; private set; }
    public bool IsHidden { get; private set; }
    public string? HiddenById { get; private set; }

    public void Replied(DateTimeOffset now)
    {
        if (IsHidden) throw new DomainException("Topik ini disembunyikan moderator; balasan baru tidak diterima.");
        ReplyCount++;
        LastActivityAt = now;
    }

    public void Pin(bool pinned) => IsPinned = pinned;

    public void Hide(string moderatorId)
    {
        IsHidden = true;
        HiddenById = moderatorId;
    }

    public void Unhide()
    {
        IsHidden = false;
        HiddenById = null;
    }
}
