using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Accounts;

internal sealed class LearningClaimsPrincipalFactory(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    IDbContextFactory<LearningDbContext> dbFactory)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(FullNameClaim.Type, user.FullName));
        if (user.ReviewerRegencyCode is { } regency)
        {
            identity.AddClaim(new Claim(ReviewerScopeClaim.Type, regency));
            await using var db = await dbFactory.CreateDbContextAsync();
            var name = await db.Regencies.Where(r => r.Code == regency).Select(r => r.Name).SingleOrDefaultAsync();
            identity.AddClaim(new Claim(ReviewerScopeClaim.NameType, name ?? regency));
        }
        return identity;
    }
}
