namespace SmartVillage.Domain.Notifications;

/// <summary>
/// One in-app message to one person ("Pak Joko membalas topik Anda"), with the page it points to. Generic: any
/// feature may send one; it is read (or not) by that person only.
/// </summary>
public sealed class Notification
{
    public const int MaxTextLength = 300;

    private Notification() { }

    public Notification(string userId, string kind, string text, string link, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(userId)) throw new DomainException("Penerima pemberitahuan wajib diisi.");
        UserId = userId;
        Kind = kind;
        Text = text.Length > MaxTextLength ? text[..(MaxTextLength - 1)] + "…" : text;
        // App-relative only: "//host" would leave the site.
        Link = link.StartsWith('/') && !link.StartsWith("//") && !link.StartsWith("/\\") ? link : "/";
        CreatedAt = now;
    }

    public long Id { get; private set; }
    public string UserId { get; private set; } = "";

    /// <summary>What sent it ("discussion.reply", "collaboration.response"), for filtering and tests.</summary>
    public string Kind { get; private set; } = "";

    public string Text { get; private set; } = "";

    /// <summary>An app-relative link (always starts with "/", never another site).</summary>
    public string Link { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public bool IsRead => ReadAt.HasValue;

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
