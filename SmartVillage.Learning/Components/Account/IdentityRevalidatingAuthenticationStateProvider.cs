using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using SmartVillage.Learning.Features.Accounts;

namespace SmartVillage.Learning.Components.Account;

// Re-reads the security stamp of an open circuit's user every minute, so a page left open (a QR screen that keeps
// rotating, a report) stops showing once the person's roles, scope, password or lock state change. Actions on the
// circuit are checked at once, before they run, by AccessRevocationCircuitHandler.
internal sealed class IdentityRevalidatingAuthenticationStateProvider(ILoggerFactory loggerFactory, SecurityStamps stamps)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        stamps.IsCurrentAsync(authenticationState.User, cancellationToken);
}
