using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Infrastructure.Security;

namespace Microsoft.AspNetCore.Routing;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    // These endpoints are required by the Identity Razor components defined in the /Components/Account/Pages directory of this project.
    public static IEndpointConventionBuilder MapAdditionalIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        var accountGroup = endpoints.MapGroup("/Account");

        // The token is checked here, not by the framework: a tab left open from before (its token made for a sign-in that
        // another tab already ended) would otherwise get the framework's English HTTP 400 for pressing "Keluar".
        accountGroup.MapPost("/Logout", async (
            HttpContext context,
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromServices] IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                // Already signed out: what the person asked for is done; the sign-in page says so by being there. Signed in
                // (as someone else since, in another tab): a stale or forged form signs nobody out; home shows who is in.
                return TypedResults.LocalRedirect(context.User.Identity?.IsAuthenticated == true ? "/" : "/Account/Login");
            }
            await signInManager.SignOutAsync();
            var returnUrl = context.Request.HasFormContentType ? (await context.Request.ReadFormAsync())["ReturnUrl"].ToString() : null;
            return TypedResults.LocalRedirect(LocalUrl.PathOrHome(returnUrl));
        }).DisableAntiforgery();

        accountGroup.MapPost("/PasskeyCreationOptions", async (
            HttpContext context,
            [FromServices] UserManager<ApplicationUser> userManager,
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromServices] IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context)) return MissingAntiforgeryToken();

            var user = await userManager.GetUserAsync(context.User);
            if (user is null)
            {
                return Results.NotFound($"Unable to load user with ID '{userManager.GetUserId(context.User)}'.");
            }

            var userId = await userManager.GetUserIdAsync(user);
            var userName = await userManager.GetUserNameAsync(user) ?? "User";
            var optionsJson = await signInManager.MakePasskeyCreationOptionsAsync(new()
            {
                Id = userId,
                Name = userName,
                DisplayName = userName
            });
            return TypedResults.Content(optionsJson, contentType: "application/json");
        });

        accountGroup.MapPost("/PasskeyRequestOptions", async (
            HttpContext context,
            [FromServices] SignInNameResolver signInNames,
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromServices] IAntiforgery antiforgery,
            [FromQuery] string? username) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context)) return MissingAntiforgeryToken();

            // People type their phone number as they write it; find the account the same way the password form does.
            var user = await signInNames.FindAsync(username);
            var optionsJson = await signInManager.MakePasskeyRequestOptionsAsync(user);
            return TypedResults.Content(optionsJson, contentType: "application/json");
        });

        return accountGroup;
    }

    // A request without the page's antiforgery token is the caller's fault: 400 with a reason, not a 500.
    private static IResult MissingAntiforgeryToken() =>
        Results.Text("Permintaan ditolak: token antiforgery tidak ada atau tidak sah. Muat ulang halaman lalu coba lagi.",
            "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
}
