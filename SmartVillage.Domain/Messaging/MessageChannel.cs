namespace SmartVillage.Domain.Messaging;

/// <summary>Where a message goes: the app's own bell, an email inbox, or the person's WhatsApp.</summary>
public enum MessageChannel
{
    InApp = 0,
    Email = 1,
    WhatsApp = 2,
}
