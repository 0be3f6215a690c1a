using IcalCalendar = Ical.Net.Calendar;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain;
using SmartVillage.Learning.Features.Calendar;
using SmartVillage.Learning.Features.Certificates;
using SmartVillage.Learning.Tests.Features.Evaluations;
using SmartVillage.Learning.Tests.Features.Workshops;

namespace SmartVillage.Learning.Tests.Features.Calendar;

/// <summary>The private feed and the per-session .ics, read back with Ical.Net as a calendar app would import them.</summary>
public class CalendarServiceTests(EvaluationWorld world) : IClassFixture<EvaluationWorld>
{
    private CalendarService Calendars() => new(world.Factory, world.Database.Services.GetRequiredService<PublicBaseUrl>(), world.Clock);

    [Fact]
    public async Task Feed_ParsesWithIcalNet_SessionsInWib_VenueAndCheckInLink_RevokedUrlRefused()
    {
        var official = world.FreeOfficials[0];
        var (_, sessions) = await world.FinishedWorkshopAsync([official]);
        var service = Calendars();

        var url = await service.IssueAsync(official);
        var token = url[(url.LastIndexOf('/') + 1)..^".ics".Length];
        var calendar = IcalCalendar.Load(await service.FeedAsync(token) ?? throw new Xunit.Sdk.XunitException("no feed"))!;

        var events = calendar.Events.Where(e => e.Summary!.StartsWith("Bimtek Uji", StringComparison.Ordinal)
            && sessions.Any(s => e.Uid == $"sesi-{s}@smartvillage-lampung")).OrderBy(e => e.DtStart!.AsUtc).ToList();
        Assert.Equal(3, events.Count);
        var first = events[0];
        Assert.Equal("Asia/Jakarta", first.DtStart!.TzId);
        Assert.Equal(8, first.DtStart.Value.Hour);                                   // 08.00 WIB on the wall clock
        Assert.Equal(WorkshopWorld.Start.UtcDateTime, first.DtStart.AsUtc);            // = 01.00 UTC
        Assert.Equal(WorkshopWorld.Start.AddHours(8).UtcDateTime, first.DtEnd!.AsUtc);
        Assert.Equal("Aula PMD Kotabumi", first.Location);
        var baseUrl = world.Database.Services.GetRequiredService<PublicBaseUrl>().Value;
        Assert.Equal(new Uri($"{baseUrl}/attend"), first.Url);
        Assert.Contains($"{baseUrl}/attend", first.Description);
        Assert.Single(first.Alarms);
        Assert.Contains(calendar.TimeZones, z => z.TzId == "Asia/Jakarta");

        // A new link replaces the old one; revoking ends the new one too.
        var second = await service.IssueAsync(official);
        Assert.Null(await service.FeedAsync(token));
        await service.RevokeAsync(official);
        Assert.Null(await service.FeedAsync(second[(second.LastIndexOf('/') + 1)..^".ics".Length]));
        Assert.False((await service.StatusAsync(official)).Active);
    }

    [Fact]
    public async Task Feed_StoresOnlyTheTokensHash()
    {
        var official = world.FreeOfficials[1];
        var url = await Calendars().IssueAsync(official);
        var token = url[(url.LastIndexOf('/') + 1)..^".ics".Length];

        var stored = await world.Database.QueryAsync(db => Task.FromResult(db.CalendarFeeds.Single(f => f.UserId == official.UserId).TokenHash));

        Assert.NotEqual(token, stored);
        Assert.Equal(SmartVillage.Domain.Workshops.CalendarFeed.HashOf(token), stored);
        Assert.True(token.Length >= 40);
    }

    [Fact]
    public async Task SessionIcs_ForItsOfficialAndTrainer_RefusedToAnotherOfficial()
    {
        var seated = world.FreeOfficials[2];
        var stranger = world.FreeOfficials[3];
        var (_, sessions) = await world.FinishedWorkshopAsync([seated]);
        var service = Calendars();

        var mine = IcalCalendar.Load(await service.SessionAsync(seated, sessions[1]))!;
        var trainer = IcalCalendar.Load(await service.SessionAsync(world.Dewi, sessions[1]))!;
        var refused = await Assert.ThrowsAsync<DomainException>(() => service.SessionAsync(stranger, sessions[1]));

        var e = Assert.Single(mine.Events);
        Assert.Equal(WorkshopWorld.Start.AddDays(1).UtcDateTime, e.DtStart!.AsUtc);
        Assert.EndsWith($"/trainer/sessions/{sessions[1]}/qr", Assert.Single(trainer.Events).Url!.ToString());
        Assert.Equal(CalendarService.RefusedMessage, refused.Message);
    }
}
