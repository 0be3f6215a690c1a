namespace SmartVillage.Domain.Networks;

/// <summary>A reply in a discussion thread (Markdown). Unique <see cref="ClientToken"/>: a double click posts it once.</summary>
public sealed class DiscussionReply
{
    private DiscussionReply() { }

    public DiscussionReply(int threadId, string body, string authorId, Guid clientToken, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(body)) throw new DomainException("Tulis balasan Anda.");
        ThreadId = threadId;
        Body = body.Trim();
        AuthorId = authorId;
        ClientToken = clientToken;
        CreatedAt = now;
    }

    public int Id { get; private set; }
    public int ThreadId { get; private set; }
    public string Body { get; private set; } = "";
    public string AuthorId { get; private set; } = "";
    public Guid ClientToken { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public bool IsHidden { get; private set; }
    public string? HiddenById { get; private set; }

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
