using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartVillage.Domain.Messaging;
using SmartVillage.Domain.Notifications;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Certificates;
using SmartVillage.Learning.Features.Networks.Notifications;

namespace SmartVillage.Learning.Features.Messaging;

/// <summary>What one round of the dispatcher did.</summary>
public sealed record DispatchRound(int Claimed, int Sent, int Retrying, int Dead, int Expired, int Withdrawn)
{
    public static readonly DispatchRound None = new(0, 0, 0, 0, 0, 0);
}

/// <summary>
/// Sends what the outbox holds. One round: claim up to a batch of due, unleased messages with one UPDATE (a lease id and
/// an end time, so any number of instances share the work and none sends what another holds), mark the send begun, send
/// (external channels in parallel), then record every result in one save. In-app messages are written as the bell's
/// notification in that same save: sent and recorded at once, exactly once. For email and WhatsApp a crash between the
/// send and the save leaves the row "maybe sent" (<see cref="OutboxMessage.SendingSince"/>); after the lease it is sent
/// again with the same idempotency key (Message-ID, WhatsApp callback data): at least once, never lost.
/// </summary>
public sealed class OutboxDispatcher(IDbContextFactory<LearningDbContext> dbFactory, IEnumerable<IMessageChannel> channels, IOptions<MessagingOptions> options,
    PublicBaseUrl baseUrl, NotificationSignal signal, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    private readonly Dictionary<MessageChannel, IMessageChannel> byChannel = channels.ToDictionary(c => c.Channel);

    public async Task<DispatchRound> RunOnceAsync(CancellationToken ct = default)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var lease = Guid.NewGuid();
        var leaseUntil = now + TimeSpan.FromSeconds(settings.LeaseSeconds);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ready = db.OutboxMessages.Where(m => m.Status == MessageStatus.Pending && m.DueAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now));
        var batch = ready.OrderBy(m => m.DueAt).ThenBy(m => m.Id).Select(m => m.Id).Take(settings.BatchSize);
        // The outer filter repeats the inner one: on SQL Server the row is re-checked under the update lock, so a row
        // another instance leased a moment ago is not taken twice; SQLite runs one writer at a time anyway.
        var claimed = await ready.Where(m => batch.Contains(m.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseId, lease).SetProperty(m => m.LeaseUntil, leaseUntil), ct);
        if (claimed == 0) return DispatchRound.None;

        var rows = await db.OutboxMessages.Where(m => m.LeaseId == lease).ToListAsync(ct);
        foreach (var maybe in rows.Where(r => r.SendingSince is not null))
            logger.LogWarning("Outbox message {Id} ({Channel}) may have been sent before a crash; sending again with key {Key}", maybe.Id, maybe.Channel, maybe.IdempotencyKey);
        var recipients = await RecipientsAsync(db, rows, ct);

        var expired = 0;
        var withdrawn = 0;
        var toSend = new List<OutboxMessage>();
        foreach (var row in rows)
        {
            if (row.HasExpired(now)) { row.Expire(now); expired++; }
            else if (row.Channel == MessageChannel.WhatsApp && recipients.StoppedPhones.Contains(row.Address!))
            {
                row.Withdraw("Penerima menghentikan pesan WhatsApp.", now);
                withdrawn++;
            }
            else if (row.Channel == MessageChannel.InApp) continue;
            else toSend.Add(row);
        }
        // Begun: saved before any provider is called, so a crash from here on is known as "maybe sent".
        foreach (var row in toSend) MarkSending(db, row, now);
        await SaveOwnAsync(db, ct);

        var results = await SendAsync(toSend, recipients.Names, leaseUntil, ct);

        int sent = 0, retrying = 0, dead = 0;
        var settled = clock.GetUtcNow();
        var bells = new HashSet<string>();
        foreach (var row in rows.Where(r => r.Status == MessageStatus.Pending))
        {
            if (row.Channel == MessageChannel.InApp)
            {
                db.Notifications.Add(new Notification(row.RecipientId, row.Kind, row.Text, row.Link, settled));
                row.MarkSent(settled, null);
                bells.Add(row.RecipientId);
                sent++;
                continue;
            }
            if (!results.TryGetValue(row.Id, out var result))
            {
                // Not tried this round (the lease was running out): back to the queue as it was.
                db.Entry(row).Property(m => m.SendingSince).CurrentValue = null;
                db.Entry(row).Property(m => m.LeaseId).CurrentValue = null;
                db.Entry(row).Property(m => m.LeaseUntil).CurrentValue = null;
                continue;
            }
            if (result.Failure is null) { row.MarkSent(settled, result.ProviderId); sent++; continue; }
            var kind = MessageKinds.Find(row.Kind);
            row.Fail(result.Failure.Message, result.Failure.Permanent, settled, settings.Retries, kind?.Urgent ?? false, result.Failure.RetryAfter);
            if (row.Status == MessageStatus.Dead)
            {
                dead++;
                logger.LogWarning("Outbox message {Id} ({Kind}, {Channel}) is dead after {Attempts} tries: {Reason}", row.Id, row.Kind, row.Channel, row.Attempts, row.LastError);
            }
            else retrying++;
        }
        await SaveOwnAsync(db, ct);
        foreach (var userId in bells) signal.Raise(userId);
        return new DispatchRound(rows.Count, sent, retrying, dead, expired, withdrawn);
    }

    private static void MarkSending(LearningDbContext db, OutboxMessage row, DateTimeOffset now) =>
        db.Entry(row).Property(m => m.SendingSince).CurrentValue = now;

    private sealed record SendResult(string? ProviderId, ChannelFailure? Failure);

    private async Task<ConcurrentDictionary<long, SendResult>> SendAsync(List<OutboxMessage> rows, IReadOnlyDictionary<string, string> names,
        DateTimeOffset leaseUntil, CancellationToken ct)
    {
        var settings = options.Value;
        var results = new ConcurrentDictionary<long, SendResult>();
        if (rows.Count == 0) return results;
        var root = baseUrl.Value;
        // Stop starting sends when one more might outlast the lease: another instance may claim the row after it.
        var margin = TimeSpan.FromSeconds(Math.Max(settings.Email.TimeoutSeconds, settings.WhatsApp.TimeoutSeconds));
        await Parallel.ForEachAsync(rows, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.MaxParallelSends), CancellationToken = ct },
            async (row, token) =>
            {
                if (clock.GetUtcNow() + margin >= leaseUntil) return;
                var kind = MessageKinds.Find(row.Kind);
                if (kind is null || !byChannel.TryGetValue(row.Channel, out var channel))
                {
                    results[row.Id] = new SendResult(null, new ChannelFailure(
                        kind is null ? $"Jenis pesan {row.Kind} tidak dikenal." : $"Saluran {row.Channel} tidak dikonfigurasi di server ini.", permanent: true));
                    return;
                }
                var message = new OutgoingMessage(row.Id, row.IdempotencyKey, kind, row.Address!, names.GetValueOrDefault(row.RecipientId, ""), row.Subject, row.Text,
                    root + row.Link, row.ParameterList);
                try
                {
                    results[row.Id] = new SendResult(await channel.SendAsync(message, token), null);
                }
                catch (ChannelFailure failure)
                {
                    results[row.Id] = new SendResult(null, failure);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Channel {Channel} failed on outbox message {Id}", row.Channel, row.Id);
                    results[row.Id] = new SendResult(null, new ChannelFailure($"{e.GetType().Name}: {e.Message}", permanent: false, inner: e));
                }
            });
        return results;
    }

    /// <summary>
    /// Saves what is still this round's: a row another instance took over (its lease id changed, the concurrency token)
    /// is left to that instance instead of overwritten.
    /// </summary>
    private async Task SaveOwnAsync(LearningDbContext db, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateConcurrencyException e) when (attempt < 20)
            {
                foreach (var entry in e.Entries)
                {
                    logger.LogWarning("Outbox message {Id} was taken over by another dispatcher; leaving it to that one", entry.Property("Id").CurrentValue);
                    entry.State = EntityState.Detached;
                }
            }
        }
    }

    private sealed record RecipientFacts(IReadOnlyDictionary<string, string> Names, IReadOnlySet<string> StoppedPhones);

    private static async Task<RecipientFacts> RecipientsAsync(LearningDbContext db, List<OutboxMessage> rows, CancellationToken ct)
    {
        var ids = rows.Where(r => r.Channel == MessageChannel.Email).Select(r => r.RecipientId).Distinct().ToList();
        var names = ids.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var phones = rows.Where(r => r.Channel == MessageChannel.WhatsApp).Select(r => r.Address!).Distinct().ToList();
        var stopped = phones.Count == 0 ? [] : (await db.WhatsAppOptOuts.AsNoTracking().Where(o => phones.Contains(o.PhoneNumber)).Select(o => o.PhoneNumber).ToListAsync(ct)).ToHashSet();
        return new RecipientFacts(names, stopped);
    }
}
