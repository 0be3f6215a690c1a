using Microsoft.AspNetCore.Localization;

namespace SmartVillage.Learning.Infrastructure.Localization;

public static class CultureSwitchEndpoint
{
    /// <summary>GET /culture?name=en&amp;returnUrl=/regions stores the choice in a year-long cookie and goes back.</summary>
    public static void MapCultureSwitch(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/culture", (HttpContext context, string? name, string? returnUrl) =>
        {
            var culture = LearningWebExtensions.Cultures.FirstOrDefault(c =>
                string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(c.TwoLetterISOLanguageName, name, StringComparison.OrdinalIgnoreCase)) ?? LearningWebExtensions.Cultures[0];
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(Security.LocalUrl.PathOrHome(returnUrl));
        });
}
