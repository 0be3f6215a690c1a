using System.Globalization;

namespace SmartVillage.EndToEnd.Tests.Infrastructure;

/// <summary>The app's test-only adjustable clock (Testing:AdjustableClock): set it, and hand it back to real time.</summary>
public static class AppClock
{
    public static async Task SetAsync(HttpClient http, DateTimeOffset now)
    {
        var iso = Uri.EscapeDataString(now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        using var response = await http.PostAsync($"/testing/clock?now={iso}&freeze=true", null);
        response.EnsureSuccessStatusCode();
    }

    public static async Task ResetAsync(HttpClient http) => (await http.DeleteAsync("/testing/clock")).Dispose();
}
