using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Accounts;

/// <summary>
/// A sign-in for a name no account has, or for a locked account, checks the password against this hash with the same
/// hasher and iterations as a real account: each answer then takes as long as a wrong password, so the time of the
/// answer no longer tells which accounts exist.
/// </summary>
public sealed class DecoyPassword
{
    private static readonly ApplicationUser Nobody = new() { UserName = "decoy" };
    private readonly PasswordHasher<ApplicationUser> hasher;
    private readonly string hash;

    // Identity's own hasher with the app's options (the accounts' iteration count), held once for the app's lifetime.
    public DecoyPassword(IOptions<PasswordHasherOptions> options)
    {
        hasher = new PasswordHasher<ApplicationUser>(options);
        hash = hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
    }

    /// <summary>Does the work of checking a password; never succeeds.</summary>
    public void Check(string? password) => hasher.VerifyHashedPassword(Nobody, hash, password ?? "");
}
