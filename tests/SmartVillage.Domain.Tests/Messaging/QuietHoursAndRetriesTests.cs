using SmartVillage.Domain.Messaging;

namespace SmartVillage.Domain.Tests.Messaging;

public class QuietHoursAndRetriesTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    [Theory]
    [InlineData(20, 59, false)]
    [InlineData(21, 0, true)]
    [InlineData(23, 30, true)]
    [InlineData(2, 0, true)]
    [InlineData(5, 59, true)]
    [InlineData(6, 0, false)]
    public void QuietHours_Cover2100To0600Wib(int hour, int minute, bool quiet) =>
        Assert.Equal(quiet, QuietHours.Covers(new DateTimeOffset(2026, 12, 1, hour, minute, 0, Wib)));

    [Fact]
    public void NotUrgent_BeforeMidnight_WaitsUntilSixTheNextMorning_AfterMidnight_SixThatMorning()
    {
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 6, 0, 0, Wib), QuietHours.Release(new DateTimeOffset(2026, 12, 1, 22, 15, 0, Wib), urgent: false));
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 6, 0, 0, Wib), QuietHours.Release(new DateTimeOffset(2026, 12, 2, 3, 0, 0, Wib), urgent: false));
        var urgent = new DateTimeOffset(2026, 12, 1, 22, 15, 0, Wib);
        Assert.Equal(urgent, QuietHours.Release(urgent, urgent: true));
    }

    [Fact]
    public void Failures_BackOff_ThenDie_AndAPermanentRefusalDiesAtOnce()
    {
        var schedule = new RetrySchedule([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)]);
        var noon = new DateTimeOffset(2026, 12, 1, 12, 0, 0, Wib);
        var message = NewMessage(noon);
        message.Fail("WhatsApp 503", permanent: false, noon, schedule, urgent: false);
        Assert.Equal((MessageStatus.Pending, noon.AddMinutes(1)), (message.Status, message.DueAt));
        message.Fail("WhatsApp 503", permanent: false, noon, schedule, urgent: false, providerAsked: TimeSpan.FromMinutes(15));
        Assert.Equal(noon.AddMinutes(15), message.DueAt);
        message.Fail("WhatsApp 503", permanent: false, noon, schedule, urgent: false);
        Assert.Equal((MessageStatus.Dead, 3), (message.Status, message.Attempts));

        var refused = NewMessage(noon);
        refused.Fail("SMTP 550: mailbox unavailable", permanent: true, noon, schedule, urgent: false);
        Assert.Equal((MessageStatus.Dead, 1), (refused.Status, refused.Attempts));
    }

    [Fact]
    public void ARetryFallingAtNight_WaitsForTheMorning_UnlessUrgent()
    {
        var schedule = new RetrySchedule([TimeSpan.FromHours(2)]);
        var evening = new DateTimeOffset(2026, 12, 1, 20, 0, 0, Wib);
        var message = NewMessage(evening);
        message.Fail("timeout", permanent: false, evening, schedule, urgent: false);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 6, 0, 0, Wib), message.DueAt);
    }

    [Fact]
    public void Resend_OnlyADeadMessage_ToTheCurrentAddress_WithTriesFromZero()
    {
        var noon = new DateTimeOffset(2026, 12, 1, 12, 0, 0, Wib);
        var message = NewMessage(noon);
        Assert.Throws<DomainException>(() => message.Resend("a@b.test", noon));
        message.Fail("SMTP 550", permanent: true, noon, RetrySchedule.Default, urgent: false);
        Assert.Throws<DomainException>(() => message.Resend(null, noon));
        message.Resend("baru@pekon.test", noon.AddHours(1));
        Assert.Equal((MessageStatus.Pending, 0, "baru@pekon.test", noon.AddHours(1)), (message.Status, message.Attempts, message.Address, message.DueAt));
    }

    [Fact]
    public void EveryTemplate_FillsItsParameters_AndFitsAPhoneScreen()
    {
        foreach (var kind in MessageKinds.All)
        {
            var text = kind.Render(kind.ParameterNames.Select(_ => "Pekon Karang Brak").ToList());
            Assert.DoesNotContain("{{", text);
            Assert.True(text.Length <= 300, $"{kind.Code}: {text.Length} characters");
            Assert.EndsWith("{{" + (kind.ParameterNames.Count + 1) + "}}", kind.WhatsAppTemplateText);
            Assert.Throws<DomainException>(() => kind.Render([]));
        }
        Assert.Equal(MessageKinds.All.Count, MessageKinds.All.Select(k => k.WhatsAppTemplate).Distinct().Count());
    }

    [Fact]
    public void StopWords_AreStopAndBerhenti_InAnyCase()
    {
        Assert.True(WhatsAppOptOut.IsStopWord(" berhenti "));
        Assert.True(WhatsAppOptOut.IsStopWord("Stop."));
        Assert.False(WhatsAppOptOut.IsStopWord("jangan berhenti belajar"));
    }

    private static OutboxMessage NewMessage(DateTimeOffset now) =>
        new("certificate.issued", "k", "user", MessageChannel.Email, "a@b.test", "s", "t", "/", ["a"], now, now, null);
}
