using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Messaging;
using SmartVillage.Learning.Features.Messaging;
using WireMock.ResponseBuilders;

namespace SmartVillage.Learning.Tests.Features.Messaging;

/// <summary>The outbox end to end against real peers: WhatsApp Cloud API stub (WireMock) and an SMTP server over a socket.</summary>
public sealed class OutboxDeliveryTests(MessagingWorld world) : IClassFixture<MessagingWorld>
{
    [Fact]
    public async Task Registration_WritesTheConfirmationWithTheSeat_AndTheCloudApiReceivesTheDocumentedTemplateJson()
    {
        var (siti, name) = await world.OfficialAsync("+6281270000001");
        var workshop = await world.PublishedWorkshopAsync(world.Clock.GetUtcNow().AddDays(5));
        await world.Registrations().RegisterAsync(workshop, siti);

        var rows = (await world.OutboxOfAsync(siti)).Where(m => m.Kind == MessageKinds.Seat.Code).ToList();
        Assert.Equal([MessageChannel.InApp, MessageChannel.WhatsApp], rows.Select(r => r.Channel).Order());
        var whatsapp = rows.Single(r => r.Channel == MessageChannel.WhatsApp);

        await world.Dispatcher().RunOnceAsync();

        var entry = Assert.Single(world.WhatsApp.LogEntries, e => e.RequestMessage.Body!.Contains($"\"sv-{whatsapp.Id}\""));
        Assert.Equal($"Bearer {MessagingWorld.Token}", entry.RequestMessage.Headers!["Authorization"].Single());
        Assert.Equal(world.MessagesPath, entry.RequestMessage.Path);
        var title = await world.Database.QueryAsync(db => db.Workshops.Where(w => w.Id == workshop).Select(w => w.Title).SingleAsync());
        var firstDay = Wib.Day(world.Clock.GetUtcNow().AddDays(5));
        var expected = JsonNode.Parse($$"""
            {
              "messaging_product": "whatsapp",
              "recipient_type": "individual",
              "to": "+6281270000001",
              "type": "template",
              "biz_opaque_callback_data": "sv-{{whatsapp.Id}}",
              "template": {
                "name": "sv_kursi_bimtek",
                "language": { "code": "id" },
                "components": [ { "type": "body", "parameters": [
                  { "type": "text", "text": "{{name}}" },
                  { "type": "text", "text": "{{title}}" },
                  { "type": "text", "text": "1" },
                  { "type": "text", "text": "{{firstDay}} pukul 08.00 WIB" },
                  { "type": "text", "text": "Aula PMD Kotabumi" },
                  { "type": "text", "text": "http://localhost:5010/my/workshops" }
                ] } ]
              }
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(entry.RequestMessage.Body!)), entry.RequestMessage.Body);

        var after = (await world.OutboxOfAsync(siti)).Where(m => m.Kind == MessageKinds.Seat.Code).ToList();
        Assert.All(after, m => Assert.Equal(MessageStatus.Sent, m.Status));
        Assert.Equal("wamid.HBgLNjI4MTI3MDAwMDAxFQIAERgS", after.Single(m => m.Channel == MessageChannel.WhatsApp).ProviderMessageId);
        // The bell too: the in-app copy became her notification.
        Assert.True(await world.Database.QueryAsync(db => db.Notifications.AnyAsync(n => n.UserId == siti && n.Kind == MessageKinds.Seat.Code)));
    }

    [Fact]
    public async Task Email_ReachesTheSmtpServerOverASocket_WithSubjectLinkAndAStableMessageId()
    {
        var maria = await world.IdOfEmailAsync("maria@smartvillage.test");
        await world.StageAsync(MessageKinds.PlanWaiting, new MessageDraft(maria, "p-email", ["Website pekon", "Siti Rahmawati", "4"], "/mentor/plans/1"));
        var row = (await world.OutboxOfAsync(maria)).Single(m => m.Channel == MessageChannel.Email && m.DedupeKey.Contains("p-email"));

        await world.Dispatcher().RunOnceAsync();

        var mail = Assert.Single(world.Smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == "maria@smartvillage.test") && m.MessageId is { } id && id.StartsWith($"sv-{row.Id}@"));
        Assert.Equal("Rencana kerja menunggu tinjauan Anda", mail.Subject);
        Assert.Contains("Rencana kerja \"Website pekon\" dari Siti Rahmawati menunggu tinjauan Anda sejak 4 hari lalu.", mail.TextBody);
        Assert.Contains("http://localhost:5010/mentor/plans/1", mail.TextBody);
        Assert.Equal(MessageStatus.Sent, (await world.OutboxOfAsync(maria)).Single(m => m.Id == row.Id).Status);
    }

    [Fact]
    public async Task RefusedAddress_IsDeadAtOnceWithTheReason_AndTheAdminResendsItToTheFixedAddress()
    {
        var (official, _) = await world.OfficialAsync("+6281270000104");
        await world.SetEmailAsync(official, "kantor.pekon@rusak.test");
        world.Smtp.Refused["kantor.pekon@rusak.test"] = true;
        await world.Preferences().SetAsync(Actor.Official(official), MessageKinds.CertificateIssued.Code, MessageChannel.Email, true);
        await world.StageAsync(MessageKinds.CertificateIssued, new MessageDraft(official, "c-broken", ["Pak Budi", "Pengelolaan APBDes", "001/SV"], "/verify/X"));

        await world.Dispatcher().RunOnceAsync();

        var dead = Assert.Single(await world.AdminService().DeadLettersAsync(world.Admin), d => d.Address == "kantor.pekon@rusak.test");
        Assert.Contains("550", dead.Reason);
        Assert.Equal(1, dead.Attempts);
        await Assert.ThrowsAsync<DomainException>(() => world.AdminService().ResendAsync(dead.Id, Actor.Official(official)));

        await world.SetEmailAsync(official, "kantor.pekon@baik.test");
        await world.AdminService().ResendAsync(dead.Id, world.Admin);
        await world.Dispatcher().RunOnceAsync();

        Assert.Contains(world.Smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == "kantor.pekon@baik.test") && (m.Subject ?? "").Contains("Pengelolaan APBDes"));
        Assert.DoesNotContain(await world.AdminService().DeadLettersAsync(world.Admin), d => d.Id == dead.Id);
    }

    [Fact]
    public async Task ServerErrors_AreRetriedWithBackOff_ThenDeadLettered()
    {
        var (official, _) = await world.OfficialAsync("+6281270000105");
        world.AnswerFor("+6281270000105", Response.Create().WithStatusCode(503).WithBody("{\"error\":{\"message\":\"Service temporarily unavailable\",\"code\":2}}"));
        await world.StageAsync(MessageKinds.CertificateIssued, MessagingWorld.Draft(MessageKinds.CertificateIssued, official, "c-503"));
        OutboxMessage Row(List<OutboxMessage> rows) => rows.Single(m => m.Channel == MessageChannel.WhatsApp && m.DedupeKey.Contains("c-503"));

        await world.Dispatcher().RunOnceAsync();
        var first = Row(await world.OutboxOfAsync(official));
        Assert.Equal((MessageStatus.Pending, 1), (first.Status, first.Attempts));
        Assert.Equal(world.Clock.GetUtcNow().AddSeconds(60), first.DueAt, TimeSpan.FromSeconds(2));

        await world.Dispatcher().RunOnceAsync();
        Assert.Equal(1, Row(await world.OutboxOfAsync(official)).Attempts);   // not due yet: untouched

        world.Clock.Advance(TimeSpan.FromSeconds(61));
        await world.Dispatcher().RunOnceAsync();
        Assert.Equal(2, Row(await world.OutboxOfAsync(official)).Attempts);
        world.Clock.Advance(TimeSpan.FromSeconds(301));
        await world.Dispatcher().RunOnceAsync();

        var dead = Row(await world.OutboxOfAsync(official));
        Assert.Equal((MessageStatus.Dead, 3), (dead.Status, dead.Attempts));
        Assert.Contains("WhatsApp 503: Service temporarily unavailable", dead.LastError);
    }

    [Fact]
    public async Task TooManyRequests_WaitsAsLongAsTheApiAsks_AndATimeoutIsRetried()
    {
        var (slow, _) = await world.OfficialAsync("+6281270000106");
        var (busy, _) = await world.OfficialAsync("+6281270000107");
        world.AnswerFor("+6281270000106", Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(4)));
        world.AnswerFor("+6281270000107", Response.Create().WithStatusCode(429).WithHeader("Retry-After", "900")
            .WithBody("{\"error\":{\"message\":\"(#130429) Rate limit hit\",\"code\":130429}}"));
        await world.StageAsync(MessageKinds.CertificateIssued, MessagingWorld.Draft(MessageKinds.CertificateIssued, slow, "c-slow"));
        world.Options.WhatsApp.TimeoutSeconds = 1;
        try { await world.Dispatcher().RunOnceAsync(); }
        finally { world.Options.WhatsApp.TimeoutSeconds = 10; }
        await world.StageAsync(MessageKinds.CertificateIssued, MessagingWorld.Draft(MessageKinds.CertificateIssued, busy, "c-busy"));
        await world.Dispatcher().RunOnceAsync();

        var timedOut = (await world.OutboxOfAsync(slow)).Single(m => m.Channel == MessageChannel.WhatsApp);
        Assert.Equal((MessageStatus.Pending, 1), (timedOut.Status, timedOut.Attempts));
        Assert.Contains("tidak ada jawaban", timedOut.LastError);
        var limited = (await world.OutboxOfAsync(busy)).Single(m => m.Channel == MessageChannel.WhatsApp);
        Assert.Equal((MessageStatus.Pending, 1), (limited.Status, limited.Attempts));
        Assert.Equal(world.Clock.GetUtcNow().AddSeconds(900), limited.DueAt, TimeSpan.FromSeconds(2));
        Assert.Contains("429", limited.LastError);
    }
}
