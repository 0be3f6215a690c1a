using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.JSInterop;

namespace SmartVillage.Learning.Features.Accounts;

/// <summary>
/// An open page keeps the principal it was opened with: without this, a demoted admin's open page still reset
/// passwords. Before every inbound activity of a circuit (a click, a form, a navigation) the person's security stamp
/// is compared with the database; when it changed, nothing more runs on this circuit: its state becomes anonymous and
/// the browser is sent to the sign-in page, where the stale cookie is signed out.
/// </summary>
internal sealed class AccessRevocationCircuitHandler(
    AuthenticationStateProvider authentication,
    SecurityStamps stamps,
    NavigationManager navigation,
    IJSRuntime js,
    ILogger<AccessRevocationCircuitHandler> logger) : CircuitHandler
{
    private volatile bool revoked;

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            if (revoked) return;
            var user = await CurrentUserAsync();
            if (user is null || await stamps.IsCurrentAsync(user))
            {
                await next(context);
                return;
            }

            revoked = true;
            logger.LogInformation("Circuit {CircuitId} closed to its user: roles, scope, password or lock state changed.", context.Circuit.Id);
            if (authentication is IHostEnvironmentAuthenticationStateProvider host)
                host.SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
            var login = "Account/Login?returnUrl=" + Uri.EscapeDataString("/" + navigation.ToBaseRelativePath(navigation.Uri));
            // Not awaited: the browser's answer would arrive as inbound activity, which this circuit no longer takes.
            _ = js.InvokeVoidAsync("location.assign", login).AsTask().ContinueWith(
                t => logger.LogDebug(t.Exception, "The browser could not be sent to sign-in."), TaskContinuationOptions.OnlyOnFaulted);
        };

    private async Task<ClaimsPrincipal?> CurrentUserAsync()
    {
        try
        {
            return (await authentication.GetAuthenticationStateAsync()).User;
        }
        catch (InvalidOperationException)
        {
            return null; // The circuit is starting and has no authentication state yet; the next activity is checked.
        }
    }
}
