namespace SmartVillage.Domain.Messaging;

/// <summary>
/// Which channels one message goes to. In-app always (the bell is the record of every notice); WhatsApp and email when the
/// person has the address, the app has the channel configured, the person has not switched it off for that kind, and (for
/// WhatsApp) has not stopped WhatsApp messages altogether.
/// </summary>
public static class MessagePreferences
{
    /// <summary>Defaults: every channel the person can be reached on. Email is off for officials' workshop notices when
    /// WhatsApp reaches them, so one booking does not buzz twice.</summary>
    public static bool DefaultOn(MessageKind kind, MessageChannel channel, bool hasWhatsApp) =>
        channel switch
        {
            MessageChannel.InApp => true,
            MessageChannel.WhatsApp => true,
            MessageChannel.Email => !(hasWhatsApp && kind.Audience == "Aparatur"),
            _ => false,
        };

    public static IReadOnlyList<MessageChannel> ChannelsFor(MessageKind kind, Recipient recipient, IReadOnlyCollection<MessageChannel> configured,
        IReadOnlyDictionary<(string Kind, MessageChannel Channel), bool> choices)
    {
        var hasWhatsApp = recipient.Phone is not null && !recipient.WhatsAppStopped && configured.Contains(MessageChannel.WhatsApp);
        bool On(MessageChannel channel) =>
            choices.TryGetValue((kind.Code, channel), out var chosen) ? chosen : DefaultOn(kind, channel, hasWhatsApp);
        var channels = new List<MessageChannel> { MessageChannel.InApp };
        if (hasWhatsApp && On(MessageChannel.WhatsApp)) channels.Add(MessageChannel.WhatsApp);
        if (recipient.Email is not null && configured.Contains(MessageChannel.Email) && On(MessageChannel.Email)) channels.Add(MessageChannel.Email);
        return channels;
    }
}

/// <summary>Who a message is for and where they can be reached.</summary>
public sealed record Recipient(string UserId, string FullName, string? Phone, string? Email, bool WhatsAppStopped);
