namespace SmartVillage.Domain.Messaging;

/// <summary>
/// A person's choice for one kind of message on one channel, kept only when it differs from the default
/// (<see cref="MessagePreferences.DefaultOn"/>). One row per (person, kind, channel).
/// </summary>
public sealed class MessagePreference
{
    private MessagePreference() { }

    public MessagePreference(string userId, string kind, MessageChannel channel, bool enabled, DateTimeOffset now)
    {
        UserId = userId;
        Kind = kind;
        Channel = channel;
        Set(enabled, now);
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public MessageChannel Channel { get; private set; }
    public bool Enabled { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Set(bool enabled, DateTimeOffset now)
    {
        Enabled = enabled;
        UpdatedAt = now;
    }
}
