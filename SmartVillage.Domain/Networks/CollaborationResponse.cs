namespace SmartVillage.Domain.Networks;

/// <summary>
/// An answer to a collaboration request, from an official of another village or a partner's contact (staff).
/// <see cref="ClientToken"/> is unique: a double click or a retry of the same form never adds a second response.
/// </summary>
public sealed class CollaborationResponse
{
    private CollaborationResponse() { }

    public CollaborationResponse(int requestId, string authorId, string? authorVillageCode, string body, Guid clientToken, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(body)) throw new DomainException("Tulis tanggapan Anda.");
        RequestId = requestId;
        AuthorId = authorId;
        AuthorVillageCode = authorVillageCode;
        Body = body.Trim();
        ClientToken = clientToken;
        CreatedAt = now;
    }

    public int Id { get; private set; }
    public int RequestId { get; private set; }
    public string AuthorId { get; private set; } = "";

    /// <summary>The responder's village when they are an official, kept as it was when they answered.</summary>
    public string? AuthorVillageCode { get; private set; }

    public string Body { get; private set; } = "";
    public Guid ClientToken { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
