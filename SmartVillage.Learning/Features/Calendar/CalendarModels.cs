namespace SmartVillage.Learning.Features.Calendar;

/// <summary>One session as it goes into a calendar: where, and the link to open there (check-in, or the trainer's QR screen).</summary>
public sealed record CalendarEntry(int SessionId, string WorkshopTitle, string Topic, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Venue,
    string? OnlineLink, string Link, bool AsTrainer);

/// <summary>Whether the person has a feed link now, and since when (the link itself is shown only once, when made).</summary>
public sealed record FeedStatus(bool Active, DateTimeOffset? CreatedAt);
