using SmartVillage.Domain.Certificates;
using SmartVillage.Domain.Messaging;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Shared.Events;

namespace SmartVillage.Learning.Features.Messaging;

/// <summary>A new certificate: its holder gets the number and the public verify link, written with the certificate.</summary>
public sealed class CertificateMessages(OutboxWriter writer) : IStagedReaction<CertificateIssued>
{
    public int Order => ReactionOrder.Record;

    public async Task StageAsync(LearningDbContext db, CertificateIssued domainEvent, CancellationToken ct)
    {
        var recipients = await OutboxWriter.RecipientsAsync(db, [domainEvent.UserId], ct);
        if (!recipients.TryGetValue(domainEvent.UserId, out var holder)) return;
        await writer.StageAsync(db, MessageKinds.CertificateIssued,
            [new MessageDraft(holder.UserId, $"c{domainEvent.Code}", [holder.FullName, domainEvent.Title, domainEvent.Number], $"/verify/{domainEvent.Code}")],
            recipients, ct);
    }
}
