using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartVillage.Domain.Messaging;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Messaging;

/// <summary>What a reaction or the scheduler wants sent to one person; <see cref="Subject"/> makes its dedupe key.</summary>
public sealed record MessageDraft(string RecipientId, string Subject, IReadOnlyList<string> Parameters, string Link,
    DateTimeOffset? ExpiresAt = null);

/// <summary>
/// Writes messages into the caller's context (never saves it): one row per channel the person gets this kind on, due now
/// or, when not urgent and inside quiet hours, at 06.00 WIB. A draft whose dedupe key exists already is skipped, so the
/// scheduler may go over the same reminders as often as it likes.
/// </summary>
public sealed class OutboxWriter(IOptions<MessagingOptions> options, TimeProvider clock)
{
    public static string KeyOf(MessageKind kind, string subject, string recipientId, MessageChannel channel) =>
        $"{kind.Code}:{subject}:{recipientId}:{channel}";

    public static async Task<Dictionary<string, Recipient>> RecipientsAsync(LearningDbContext db, IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.FullName, u.PhoneNumber, u.Email }).ToListAsync(ct);
        var phones = users.Where(u => u.PhoneNumber != null).Select(u => u.PhoneNumber!).ToList();
        var stopped = (await db.WhatsAppOptOuts.AsNoTracking().Where(o => phones.Contains(o.PhoneNumber)).Select(o => o.PhoneNumber).ToListAsync(ct)).ToHashSet();
        return users.ToDictionary(u => u.Id, u => new Recipient(u.Id, u.FullName,
            string.IsNullOrWhiteSpace(u.PhoneNumber) ? null : u.PhoneNumber,
            string.IsNullOrWhiteSpace(u.Email) ? null : u.Email,
            u.PhoneNumber != null && stopped.Contains(u.PhoneNumber)));
    }

    /// <summary>Adds the rows and returns how many.</summary>
    public async Task<int> StageAsync(LearningDbContext db, MessageKind kind, IReadOnlyList<MessageDraft> drafts, IReadOnlyDictionary<string, Recipient> recipients,
        CancellationToken ct, DateTimeOffset? notBefore = null)
    {
        if (drafts.Count == 0) return 0;
        var now = clock.GetUtcNow();
        var configured = options.Value.ConfiguredChannels;
        var ids = drafts.Select(d => d.RecipientId).Distinct().ToList();
        var choices = (await db.MessagePreferences.AsNoTracking().Where(p => p.Kind == kind.Code && ids.Contains(p.UserId))
                .Select(p => new { p.UserId, p.Kind, p.Channel, p.Enabled }).ToListAsync(ct))
            .GroupBy(p => p.UserId)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<(string, MessageChannel), bool>)g.ToDictionary(p => (p.Kind, p.Channel), p => p.Enabled));
        var empty = new Dictionary<(string, MessageChannel), bool>();

        var rows = new List<OutboxMessage>();
        var due = QuietHours.Release(notBefore is { } later && later > now ? later : now, kind.Urgent);
        foreach (var draft in drafts)
        {
            if (!recipients.TryGetValue(draft.RecipientId, out var recipient)) continue;
            var text = kind.Render(draft.Parameters);
            var subject = kind.RenderSubject(draft.Parameters);
            foreach (var channel in MessagePreferences.ChannelsFor(kind, recipient, configured, choices.GetValueOrDefault(recipient.UserId, empty)))
            {
                var address = channel switch { MessageChannel.WhatsApp => recipient.Phone, MessageChannel.Email => recipient.Email, _ => null };
                rows.Add(new OutboxMessage(kind.Code, KeyOf(kind, draft.Subject, recipient.UserId, channel), recipient.UserId, channel, address,
                    subject, text, draft.Link, draft.Parameters, now, due, draft.ExpiresAt));
            }
        }
        var keys = rows.Select(r => r.DedupeKey).ToList();
        var existing = (await db.OutboxMessages.AsNoTracking().Where(m => keys.Contains(m.DedupeKey)).Select(m => m.DedupeKey).ToListAsync(ct)).ToHashSet();
        var fresh = rows.Where(r => !existing.Contains(r.DedupeKey)).ToList();
        db.OutboxMessages.AddRange(fresh);
        return fresh.Count;
    }
}
