using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace SmartVillage.Learning.Features.Calendar;

/// <summary>
/// Sessions as iCalendar (RFC 5545) through Ical.Net: times in WIB with TZID Asia/Jakarta and its VTIMEZONE, the venue as
/// LOCATION, the check-in link as URL and in the description, and a reminder an hour before, so a phone reminds the official
/// without the app.
/// </summary>
public static class CalendarDocument
{
    public const string TimeZone = "Asia/Jakarta";
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Render(string name, IEnumerable<CalendarEntry> entries, DateTimeOffset now)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//SmartVillage Learning//Provinsi Lampung//ID" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", TimeZone);
        calendar.AddTimeZone(TimeZone);
        foreach (var e in entries)
        {
            var place = e.Venue ?? (e.OnlineLink is null ? "Daring" : $"Daring: {e.OnlineLink}");
            var lines = new List<string> { e.WorkshopTitle, e.Topic, $"Tempat: {place}" };
            if (e.OnlineLink is not null) lines.Add($"Tautan daring: {e.OnlineLink}");
            lines.Add(e.AsTrainer ? $"Layar QR absensi: {e.Link}" : $"Absen di sini: {e.Link}");
            var item = new CalendarEvent
            {
                Uid = $"sesi-{e.SessionId}@smartvillage-lampung",
                Summary = $"{e.WorkshopTitle}: {e.Topic}",
                Location = place,
                Description = string.Join("\n", lines),
                DtStart = Wib(e.StartsAt),
                DtEnd = Wib(e.EndsAt),
                DtStamp = new CalDateTime(now.UtcDateTime, CalDateTime.UtcTzId),
                Url = new Uri(e.Link),
            };
            item.Alarms.Add(new Alarm { Action = "DISPLAY", Description = item.Summary, Trigger = new Trigger(-Duration.FromHours(1)) });
            calendar.Events.Add(item);
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalDateTime Wib(DateTimeOffset time) => new(DateTime.SpecifyKind(time.ToWib().DateTime, DateTimeKind.Unspecified), TimeZone);
}
