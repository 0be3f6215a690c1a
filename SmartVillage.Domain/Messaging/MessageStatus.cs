namespace SmartVillage.Domain.Messaging;

public enum MessageStatus
{
    /// <summary>Waiting for its time (quiet hours, a retry's back-off) or for a dispatcher to claim it.</summary>
    Pending = 0,
    Sent = 1,

    /// <summary>Tried as often as allowed, or refused for good: an admin sees the reason and may send it again.</summary>
    Dead = 2,

    /// <summary>Its moment passed before it could be sent (a reminder for a session that already started).</summary>
    Expired = 3,

    /// <summary>Not sent because the person stopped that channel after it was written.</summary>
    Withdrawn = 4,
}
