using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Accounts;

/// <summary>
/// Whether a signed-in principal still speaks for its account. Changing a person's roles, reviewer scope, password or
/// lock state changes the account's security stamp (<see cref="UserDirectory"/>); a cookie or an open circuit that
/// carries the old stamp no longer counts. One primary-key read of one column, cheap enough for every request.
/// </summary>
public sealed class SecurityStamps(IDbContextFactory<LearningDbContext> dbFactory, IOptions<IdentityOptions> identity)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        if (principal.Identity?.IsAuthenticated != true) return true;
        var userId = principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (userId is null || stamp is null) return false;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var current = await db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefaultAsync(ct);
        return current is not null && string.Equals(current, stamp, StringComparison.Ordinal);
    }
}
