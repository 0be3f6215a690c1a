using SmartVillage.Domain;

namespace SmartVillage.Learning.Features.Calendar;

public static class CalendarEndpoints
{
    /// <summary>
    /// GET /calendar/{token}.ics: a person's private feed, without sign-in (a phone's calendar cannot sign in); 404 for a token
    /// that is unknown, replaced or revoked. GET /sessions/{id}.ics: one session, signed in, for its registrants, trainers and
    /// admins (403 with the reason for anyone else).
    /// </summary>
    public static void MapCalendar(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/calendar/{token}.ics", async (string token, HttpContext http, CalendarService calendars, CancellationToken ct) =>
        {
            var feed = await calendars.FeedAsync(token, ct);
            if (feed is null) return Results.NotFound();
            http.Response.Headers.CacheControl = "private, no-store";
            return Results.Text(feed, CalendarDocument.ContentType);
        }).AllowAnonymous();

        endpoints.MapGet("/sessions/{id:int}.ics", async (int id, HttpContext http, CalendarService calendars, CancellationToken ct) =>
        {
            try
            {
                var ics = await calendars.SessionAsync(Actor.From(http.User), id, ct);
                return Results.File(System.Text.Encoding.UTF8.GetBytes(ics), CalendarDocument.ContentType, $"sesi-{id}.ics");
            }
            catch (DomainException e) when (e.Message == CalendarService.NotFoundMessage)
            {
                return Results.NotFound();
            }
            catch (DomainException e)
            {
                return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
            }
        }).RequireAuthorization();
    }
}
