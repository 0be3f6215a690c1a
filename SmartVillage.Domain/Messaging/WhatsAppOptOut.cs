namespace SmartVillage.Domain.Messaging;

/// <summary>
/// A phone number (E.164) that asked for no more WhatsApp messages, from the profile or by replying STOP/BERHENTI.
/// Keyed by the number, because a reply comes from a number, not an account.
/// </summary>
public sealed class WhatsAppOptOut
{
    public static readonly string[] StopWords = ["STOP", "BERHENTI"];

    private WhatsAppOptOut() { }

    public WhatsAppOptOut(string phoneNumber, string via, DateTimeOffset now)
    {
        PhoneNumber = phoneNumber;
        Via = via;
        StoppedAt = now;
    }

    public string PhoneNumber { get; private set; } = "";

    /// <summary>"profil" or "balasan".</summary>
    public string Via { get; private set; } = "";

    public DateTimeOffset StoppedAt { get; private set; }

    public static bool IsStopWord(string? text) =>
        text is not null && StopWords.Contains(text.Trim().TrimEnd('.', '!').ToUpperInvariant());
}
