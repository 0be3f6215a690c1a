using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartVillage.Domain;
using SmartVillage.Domain.Messaging;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Certificates;

namespace SmartVillage.Learning.Features.Messaging;

public sealed record DeadLetterView(long Id, string Kind, string KindLabel, MessageChannel Channel, string RecipientName, string? Address, string Text,
    int Attempts, string? Reason, DateTimeOffset? DeadAt);

public sealed record OutboxFigures(int Pending, int Sent, int Dead, int Expired, int Withdrawn);

public sealed record TemplatePreview(string Code, string Label, string Audience, bool Urgent, string WhatsAppTemplate, string WhatsAppText, string Subject,
    string SampleText, string SampleLink);

/// <summary>
/// The admin's view of the outbox: the dead letters with their reason, sending one again (to the person's current address),
/// counts by state, which channels this server has, and a preview of every template. Admins only, checked here.
/// </summary>
public sealed class MessagesAdminService(IDbContextFactory<LearningDbContext> dbFactory, IOptions<MessagingOptions> options, PublicBaseUrl baseUrl, TimeProvider clock)
{
    public const string NotFoundMessage = "Pesan tidak ditemukan.";

    public async Task<IReadOnlyList<DeadLetterView>> DeadLettersAsync(Actor actor, CancellationToken ct = default)
    {
        Demand(actor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await (from m in db.OutboxMessages.AsNoTracking()
                          where m.Status == MessageStatus.Dead
                          join u in db.Users on m.RecipientId equals u.Id
                          orderby m.Id descending
                          select new { m.Id, m.Kind, m.Channel, u.FullName, m.Address, m.Text, m.Attempts, m.LastError, m.DeadAt })
            .Take(200).ToListAsync(ct);
        return rows.Select(r => new DeadLetterView(r.Id, r.Kind, MessageKinds.Find(r.Kind)?.Label ?? r.Kind, r.Channel, r.FullName, r.Address, r.Text,
            r.Attempts, r.LastError, r.DeadAt)).ToList();
    }

    public async Task<OutboxFigures> FiguresAsync(Actor actor, CancellationToken ct = default)
    {
        Demand(actor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var counts = await db.OutboxMessages.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(MessageStatus s) => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0;
        return new OutboxFigures(Of(MessageStatus.Pending), Of(MessageStatus.Sent), Of(MessageStatus.Dead), Of(MessageStatus.Expired), Of(MessageStatus.Withdrawn));
    }

    /// <summary>Back in the queue at once, tries from zero, to the address the person has now (fixed since, perhaps).</summary>
    public async Task ResendAsync(long id, Actor actor, CancellationToken ct = default)
    {
        Demand(actor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id, ct) ?? throw new DomainException(NotFoundMessage);
        var contact = await db.Users.Where(u => u.Id == message.RecipientId).Select(u => new { u.PhoneNumber, u.Email }).SingleOrDefaultAsync(ct);
        var address = message.Channel switch
        {
            MessageChannel.WhatsApp => contact?.PhoneNumber,
            MessageChannel.Email => contact?.Email,
            _ => null,
        };
        message.Resend(address, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    public IReadOnlyCollection<MessageChannel> ConfiguredChannels(Actor actor)
    {
        Demand(actor);
        return options.Value.ConfiguredChannels;
    }

    public IReadOnlyList<TemplatePreview> Templates(Actor actor)
    {
        Demand(actor);
        return MessageKinds.All.Select(k => new TemplatePreview(k.Code, k.Label, k.Audience, k.Urgent, k.WhatsAppTemplate, k.WhatsAppTemplateText,
            k.RenderSubject(k.SampleParameters), k.Render(k.SampleParameters), baseUrl.Value + "/…")).ToList();
    }

    private static void Demand(Actor actor)
    {
        if (!actor.IsAdmin) throw new DomainException("Hanya admin yang dapat membuka antrean pesan.");
    }
}
