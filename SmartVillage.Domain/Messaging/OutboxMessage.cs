namespace SmartVillage.Domain.Messaging;

/// <summary>
/// One message to one person on one channel, written in the same transaction as the change that causes it and sent later
/// by a dispatcher. <see cref="DedupeKey"/> is unique (kind, subject, recipient, channel), so a retried change or two
/// schedulers never write it twice; a lease (<see cref="LeaseId"/> until <see cref="LeaseUntil"/>) lets exactly one
/// dispatcher of many send it; <see cref="SendingSince"/> marks a send that began, so a crash before the result was
/// recorded is known as "maybe sent".
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxErrorLength = 500;
    public const int MaxTextLength = 1000;

    private OutboxMessage() { }

    public OutboxMessage(string kind, string dedupeKey, string recipientId, MessageChannel channel, string? address, string subject, string text,
        string link, IReadOnlyList<string> parameters, DateTimeOffset createdAt, DateTimeOffset dueAt, DateTimeOffset? expiresAt)
    {
        if (string.IsNullOrWhiteSpace(recipientId)) throw new DomainException("Penerima pesan wajib diisi.");
        if (channel != MessageChannel.InApp && string.IsNullOrWhiteSpace(address)) throw new DomainException("Alamat penerima wajib diisi.");
        Kind = kind;
        DedupeKey = dedupeKey;
        RecipientId = recipientId;
        Channel = channel;
        Address = address;
        Subject = subject;
        Text = text.Length > MaxTextLength ? text[..MaxTextLength] : text;
        Link = link;
        Parameters = string.Join('\u001f', parameters);
        CreatedAt = createdAt;
        DueAt = dueAt;
        ExpiresAt = expiresAt;
        Status = MessageStatus.Pending;
    }

    public long Id { get; private set; }
    public string Kind { get; private set; } = "";
    public string DedupeKey { get; private set; } = "";
    public string RecipientId { get; private set; } = "";
    public MessageChannel Channel { get; private set; }

    /// <summary>E.164 phone for WhatsApp, email for Email, null in-app.</summary>
    public string? Address { get; private set; }

    public string Subject { get; private set; } = "";
    public string Text { get; private set; } = "";

    /// <summary>App-relative link ("/my/workshops"); channels outside the app make it absolute with the public base URL.</summary>
    public string Link { get; private set; } = "";

    /// <summary>The template's parameters in order, joined by the unit separator (U+001F), for WhatsApp's template call.</summary>
    public string Parameters { get; private set; } = "";

    public MessageStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Not before: quiet hours and back-off move it later.</summary>
    public DateTimeOffset DueAt { get; private set; }

    /// <summary>Not after: a reminder is worthless once its session started.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    public Guid? LeaseId { get; private set; }
    public DateTimeOffset? LeaseUntil { get; private set; }
    public DateTimeOffset? SendingSince { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>The provider's id of what it accepted (WhatsApp's wamid, the email's Message-ID).</summary>
    public string? ProviderMessageId { get; private set; }

    public string? LastError { get; private set; }
    public DateTimeOffset? DeadAt { get; private set; }

    public IReadOnlyList<string> ParameterList => Parameters.Length == 0 ? [] : Parameters.Split('\u001f');

    /// <summary>A stable idempotency key for providers that take one (the email's Message-ID, WhatsApp's callback data).</summary>
    public string IdempotencyKey => $"sv-{Id}";

    public void MarkSent(DateTimeOffset now, string? providerMessageId)
    {
        if (Status == MessageStatus.Sent) return;
        Status = MessageStatus.Sent;
        SentAt = now;
        ProviderMessageId = providerMessageId ?? ProviderMessageId;
        Attempts++;
        Release();
    }

    /// <summary>A failed try: again after the schedule's delay (never inside quiet hours unless urgent), or dead with the reason.</summary>
    public void Fail(string reason, bool permanent, DateTimeOffset now, RetrySchedule schedule, bool urgent, TimeSpan? providerAsked = null)
    {
        Attempts++;
        LastError = reason.Length > MaxErrorLength ? reason[..MaxErrorLength] : reason;
        var delay = permanent ? null : schedule.After(Attempts, providerAsked);
        if (delay is { } wait) DueAt = QuietHours.Release(now + wait, urgent);
        else
        {
            Status = MessageStatus.Dead;
            DeadAt = now;
        }
        Release();
    }

    public void Expire(DateTimeOffset now)
    {
        Status = MessageStatus.Expired;
        LastError = "Waktunya sudah lewat sebelum terkirim.";
        DeadAt = now;
        Release();
    }

    public void Withdraw(string reason, DateTimeOffset now)
    {
        Status = MessageStatus.Withdrawn;
        LastError = reason;
        DeadAt = now;
        Release();
    }

    public bool HasExpired(DateTimeOffset now) => ExpiresAt is { } expires && now >= expires;

    /// <summary>An admin sends a dead message again, to the person's current address: tries start over.</summary>
    public void Resend(string? currentAddress, DateTimeOffset now)
    {
        if (Status != MessageStatus.Dead) throw new DomainException("Hanya pesan yang gagal terkirim yang dapat dikirim ulang.");
        if (Channel != MessageChannel.InApp && string.IsNullOrWhiteSpace(currentAddress))
            throw new DomainException("Penerima tidak lagi punya alamat untuk saluran ini; perbaiki datanya dulu.");
        if (Channel != MessageChannel.InApp) Address = currentAddress;
        Status = MessageStatus.Pending;
        Attempts = 0;
        DueAt = now;
        DeadAt = null;
        SendingSince = null;
        Release();
    }

    private void Release()
    {
        LeaseId = null;
        LeaseUntil = null;
        SendingSince = null;
    }
}
