using System.Security.Cryptography;
using System.Text;

namespace SmartVillage.Domain.Workshops;

/// <summary>
/// A person's private calendar feed: a random token in the URL a phone's calendar subscribes to (no sign-in there),
/// stored only as its SHA-256 hash, one per person. A new link replaces the old one; revoking deletes it, and the old
/// URL answers 404 from then on.
/// </summary>
public sealed class CalendarFeed
{
    private CalendarFeed() { }

    private CalendarFeed(string userId, string tokenHash, DateTimeOffset now)
    {
        UserId = userId;
        TokenHash = tokenHash;
        CreatedAt = now;
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";

    /// <summary>Lower-case hex SHA-256 of the token; the token itself is shown once and never stored.</summary>
    public string TokenHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>A new feed for <paramref name="userId"/> and its token (32 random bytes, URL-safe), to show once.</summary>
    public static (CalendarFeed Feed, string Token) Issue(string userId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new CalendarFeed(userId, HashOf(token), now), token);
    }

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
