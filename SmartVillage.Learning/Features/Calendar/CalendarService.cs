using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Workshops;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Certificates;

namespace SmartVillage.Learning.Features.Calendar;

/// <summary>
/// Sessions in the phone's calendar: a private feed per person (a random token in the URL, only its hash stored; a new link
/// replaces the old, revoking deletes it and the URL answers 404) with the sessions of every bimtek they are seated in or
/// train; and one session as a .ics download for whoever may see it (its registrants, its trainers, admins).
/// Links inside point at the public base URL (Certificates:PublicBaseUrl), the address phones can open.
/// </summary>
public sealed class CalendarService(IDbContextFactory<LearningDbContext> dbFactory, PublicBaseUrl baseUrl, TimeProvider clock)
{
    public const string NotFoundMessage = "Sesi tidak ditemukan.";
    public const string RefusedMessage = "Anda tidak terdaftar di bimtek ini dan bukan pelatihnya, jadi tidak dapat mengunduh jadwalnya.";

    public async Task<FeedStatus> StatusAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var created = await db.CalendarFeeds.Where(f => f.UserId == actor.UserId).Select(f => (DateTimeOffset?)f.CreatedAt).SingleOrDefaultAsync(ct);
        return new FeedStatus(created is not null, created);
    }

    /// <summary>A new private feed URL for the person; the previous one (if any) stops working at once. The URL is shown once.</summary>
    public async Task<string> IssueAsync(Actor actor, CancellationToken ct = default)
    {
        var (feed, token) = CalendarFeed.Issue(actor.UserId, clock.GetUtcNow());
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.CalendarFeeds.Where(f => f.UserId == actor.UserId).ExecuteDeleteAsync(ct);
        db.CalendarFeeds.Add(feed);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return FeedUrl(token);
    }

    public async Task RevokeAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.CalendarFeeds.Where(f => f.UserId == actor.UserId).ExecuteDeleteAsync(ct);
    }

    public string FeedUrl(string token) => $"{baseUrl.Value}/calendar/{token}.ics";

    /// <summary>The feed behind a token, or null when no such feed exists (never made, replaced or revoked).</summary>
    public async Task<string?> FeedAsync(string token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return null;
        var hash = CalendarFeed.HashOf(token);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var owner = await db.CalendarFeeds.Where(f => f.TokenHash == hash).Join(db.Users, f => f.UserId, u => u.Id, (f, u) => new { u.Id, u.FullName })
            .SingleOrDefaultAsync(ct);
        if (owner is null) return null;
        var entries = await EntriesAsync(db, owner.Id, sessionId: null, ct);
        return CalendarDocument.Render($"Bimtek {owner.FullName}", entries, clock.GetUtcNow());
    }

    /// <summary>One session as a .ics, for its registrants, its trainers and admins.</summary>
    public async Task<string> SessionAsync(Actor actor, int sessionId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.WorkshopSessions.AnyAsync(s => s.Id == sessionId, ct)) throw new DomainException(NotFoundMessage);
        var entries = await EntriesAsync(db, actor.UserId, sessionId, ct);
        if (entries.Count == 0)
        {
            if (!actor.IsAdmin) throw new DomainException(RefusedMessage);
            entries = await EntriesAsync(db, null, sessionId, ct);
        }
        return CalendarDocument.Render("Bimtek", entries, clock.GetUtcNow());
    }

    /// <summary>
    /// The sessions of a person (seated in the bimtek or training it; not cancelled, drafts only for trainers), or of one session
    /// (userId null: whoever asks is an admin).
    /// </summary>
    private async Task<List<CalendarEntry>> EntriesAsync(LearningDbContext db, string? userId, int? sessionId, CancellationToken ct)
    {
        var sessions = db.WorkshopSessions.AsQueryable();
        if (sessionId is { } id) sessions = sessions.Where(s => s.Id == id);
        var rows = await (from s in sessions
                          join w in db.Workshops on s.WorkshopId equals w.Id
                          where w.Status != WorkshopStatus.Cancelled
                          let trains = userId != null && db.WorkshopTrainers.Any(t => t.WorkshopId == w.Id && t.UserId == userId)
                          let seated = userId != null && w.Status == WorkshopStatus.Published
                                       && db.Registrations.Any(r => r.WorkshopId == w.Id && r.UserId == userId && r.Status == RegistrationStatus.Registered)
                          where userId == null || trains || seated
                          select new { s.Id, w.Title, s.Topic, s.StartsAt, s.EndsAt, w.Venue, w.OnlineLink, Trains = trains }).ToListAsync(ct);
        var root = baseUrl.Value;
        return rows.OrderBy(r => r.StartsAt)
            .Select(r => new CalendarEntry(r.Id, r.Title, r.Topic, r.StartsAt, r.EndsAt, r.Venue, r.OnlineLink,
                r.Trains ? $"{root}/trainer/sessions/{r.Id}/qr" : $"{root}/attend", r.Trains))
            .ToList();
    }
}
