using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Notifications;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Networks.Notifications;

/// <summary>
/// In-app notifications any feature can send: <see cref="Stage"/> inside the feature's own unit of work (so the
/// notification exists exactly when the reply does), then <see cref="Announce"/> after it is saved; or
/// <see cref="NotifyAsync"/> on its own. A person reads and marks only their own.
/// </summary>
public sealed class NotificationService(IDbContextFactory<LearningDbContext> dbFactory, NotificationSignal signal, TimeProvider clock)
{
    public const string NotFoundMessage = "Pemberitahuan tidak ditemukan.";
    public const int ListSize = 50;

    public void Stage(LearningDbContext db, NotificationMessage message) =>
        db.Notifications.Add(new Notification(message.UserId, message.Kind, message.Text, message.Link, clock.GetUtcNow()));

    public void Announce(string userId) => signal.Raise(userId);

    public async Task NotifyAsync(NotificationMessage message, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        Stage(db, message);
        await db.SaveChangesAsync(ct);
        Announce(message.UserId);
    }

    public async Task<int> UnreadCountAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);
    }

    public async Task<IReadOnlyList<NotificationView>> ListAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderByDescending(n => n.Id).Take(ListSize)
            .Select(n => new NotificationView(n.Id, n.Text, n.Link, n.CreatedAt, n.ReadAt != null)).ToListAsync(ct);
    }

    /// <summary>Marks one of the person's own notifications read; someone else's is "not found", as if it did not exist.</summary>
    public async Task<string> MarkReadAsync(long id, string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == userId, ct)
            ?? throw new DomainException(NotFoundMessage);
        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        Announce(userId);
        return notification.Link;
    }

    public async Task<int> MarkAllReadAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var changed = await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        Announce(userId);
        return changed;
    }
}
