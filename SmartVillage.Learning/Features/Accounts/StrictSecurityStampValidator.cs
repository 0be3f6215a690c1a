using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Accounts;

/// <summary>
/// Identity's validator re-reads the stamp only every 30 minutes, so a removed Admin role kept working that long. This
/// one compares the stamp on every request (<see cref="SecurityStamps"/>) and signs a stale cookie out at once; the
/// framework's periodic refresh of the principal still runs after it.
/// </summary>
internal sealed class StrictSecurityStampValidator(
    IOptions<SecurityStampValidatorOptions> options,
    SignInManager<ApplicationUser> signInManager,
    ILoggerFactory logger,
    SecurityStamps stamps)
    : SecurityStampValidator<ApplicationUser>(options, signInManager, logger)
{
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is { } principal && !await stamps.IsCurrentAsync(principal, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await SignInManager.SignOutAsync();
            return;
        }
        await base.ValidateAsync(context);
    }
}
