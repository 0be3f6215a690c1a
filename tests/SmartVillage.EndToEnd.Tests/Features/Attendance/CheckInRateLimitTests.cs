using System.Net;
using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Attendance;

/// <summary>Guessing short codes is slow: self check-in is rate-limited per person, with a message in Indonesian.</summary>
public sealed class CheckInRateLimitTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task CheckIn_ManyTriesInAMinute_Refused429InIndonesian()
    {
        await AppFixture.SignInAsync(Page, DemoAccounts.RateLimitedOfficialPhone);

        var statuses = new List<HttpStatusCode>();
        string? refusal = null;
        for (var i = 0; i < 45 && refusal is null; i++)
        {
            var response = await Page.APIRequest.GetAsync($"/attend/1/ZZZZZ{i % 10}");
            statuses.Add((HttpStatusCode)response.Status);
            if (response.Status == 429) refusal = await response.TextAsync();
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal("Terlalu banyak percobaan absen. Tunggu satu menit lalu coba lagi.", refusal);
    }
}
