using System.Text;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Messaging;
using SmartVillage.Learning.Features.Messaging;

namespace SmartVillage.Learning.Tests.Features.Messaging;

public sealed class WebhookAndPreferencesTests(MessagingWorld world) : IClassFixture<MessagingWorld>
{
    private static byte[] Reply(string from, string text) => Encoding.UTF8.GetBytes($$$"""
        {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"messaging_product":"whatsapp",
        "metadata":{"display_phone_number":"6281100000000","phone_number_id":"{{{MessagingWorld.PhoneNumberId}}}"},
        "contacts":[{"profile":{"name":"Warga"},"wa_id":"{{{from}}}"}],
        "messages":[{"from":"{{{from}}}","id":"wamid.IN1","timestamp":"1764000000","type":"text","text":{"body":"{{{text}}}"}}]}}]}]}
        """);

    [Fact]
    public async Task Webhook_RefusesAnUnsignedOrWronglySignedBody()
    {
        var body = Reply("6281270000120", "STOP");
        var webhook = world.Webhook();
        Assert.True(webhook.IsSigned(body, WhatsAppWebhook.Sign(body, MessagingWorld.AppSecret)));
        Assert.False(webhook.IsSigned(body, null));
        Assert.False(webhook.IsSigned(body, WhatsAppWebhook.Sign(body, "another-secret")));
        Assert.False(webhook.IsSigned(Reply("6281270000120", "STOPP"), WhatsAppWebhook.Sign(body, MessagingWorld.AppSecret)));
        Assert.Equal("1158201444", webhook.Challenge("subscribe", "verifikasi", "1158201444"));
        Assert.Null(webhook.Challenge("subscribe", "salah", "1158201444"));
    }

    [Fact]
    public async Task ReplyBerhenti_StopsWhatsApp_ForMessagesAlreadyQueuedAndForNewOnes()
    {
        var (official, _) = await world.OfficialAsync("+6281270000120");
        await world.StageAsync(MessageKinds.CertificateIssued, MessagingWorld.Draft(MessageKinds.CertificateIssued, official, "before-stop"));

        var outcome = await world.Webhook().HandleAsync(Reply("6281270000120", "berhenti"));
        Assert.Equal(1, outcome.Stopped);
        var stub = new CountingChannel(TimeSpan.Zero);
        await world.Dispatcher([stub]).RunOnceAsync();

        var queued = (await world.OutboxOfAsync(official)).Single(m => m.Channel == MessageChannel.WhatsApp && m.DedupeKey.Contains("before-stop"));
        Assert.Equal(MessageStatus.Withdrawn, queued.Status);
        Assert.False(stub.Sends.ContainsKey(queued.Id));
        await world.StageAsync(MessageKinds.CertificateIssued, MessagingWorld.Draft(MessageKinds.CertificateIssued, official, "after-stop"));
        Assert.Equal([MessageChannel.InApp], (await world.OutboxOfAsync(official)).Where(m => m.DedupeKey.Contains("after-stop")).Select(m => m.Channel));
        Assert.True((await world.Preferences().MineAsync(Actor.Official(official))).WhatsAppStopped);
    }

    [Fact]
    public async Task DeliveredStatus_WithOurCallbackData_RecordsAMaybeSentMessageAsSent_SoItIsNotSentAgain()
    {
        var (official, _) = await world.OfficialAsync("+6281270000121");
        await world.StageAsync(MessageKinds.CertificateIssued, MessagingWorld.Draft(MessageKinds.CertificateIssued, official, "status"));
        var row = (await world.OutboxOfAsync(official)).Single(m => m.Channel == MessageChannel.WhatsApp && m.DedupeKey.Contains("status"));
        var status = Encoding.UTF8.GetBytes($$$"""
            {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"messaging_product":"whatsapp",
            "statuses":[{"id":"wamid.OUT1","status":"delivered","timestamp":"1764000000","recipient_id":"6281270000121","biz_opaque_callback_data":"sv-{{{row.Id}}}"}]}}]}]}
            """);

        Assert.Equal(1, (await world.Webhook().HandleAsync(status)).Confirmed);
        var stub = new CountingChannel(TimeSpan.Zero);
        await world.Dispatcher([stub]).RunOnceAsync();

        var after = (await world.OutboxOfAsync(official)).Single(m => m.Id == row.Id);
        Assert.Equal((MessageStatus.Sent, "wamid.OUT1"), (after.Status, after.ProviderMessageId));
        Assert.False(stub.Sends.ContainsKey(row.Id));
    }

    [Fact]
    public async Task WhatsAppOffForOneKind_LeavesThatKindInTheBellOnly_AndADoubleClickKeepsOneChoice()
    {
        var (official, _) = await world.OfficialAsync("+6281270000122");
        var me = Actor.Official(official);
        await Task.WhenAll(world.Preferences().SetAsync(me, MessageKinds.Waitlisted.Code, MessageChannel.WhatsApp, false),
            world.Preferences().SetAsync(me, MessageKinds.Waitlisted.Code, MessageChannel.WhatsApp, false));
        Assert.Equal(1, await world.Database.QueryAsync(db => db.MessagePreferences.CountAsync(p => p.UserId == official)));
        Assert.False((await world.Preferences().MineAsync(me)).Kinds.Single(k => k.Code == MessageKinds.Waitlisted.Code).WhatsApp);

        await world.StageAsync(MessageKinds.Waitlisted, MessagingWorld.Draft(MessageKinds.Waitlisted, official, "pref"));
        await world.StageAsync(MessageKinds.Seat, MessagingWorld.Draft(MessageKinds.Seat, official, "pref"));

        var rows = (await world.OutboxOfAsync(official)).Where(m => m.DedupeKey.Contains(":pref:")).ToList();
        Assert.Equal([MessageChannel.InApp], rows.Where(r => r.Kind == MessageKinds.Waitlisted.Code).Select(r => r.Channel));
        Assert.Contains(rows, r => r.Kind == MessageKinds.Seat.Code && r.Channel == MessageChannel.WhatsApp);
    }
}
