using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Accounts;

/// <summary>Finds the account behind what a person types at sign-in: a phone number in any usual form, or an email.</summary>
public sealed class SignInNameResolver(UserManager<ApplicationUser> users)
{
    public async Task<ApplicationUser?> FindAsync(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        typed = typed.Trim();
        if (typed.Contains('@')) return await users.FindByEmailAsync(typed) ?? await users.FindByNameAsync(typed);
        if (PhoneNumber.TryNormalize(typed, out var phone))
            return await users.Users.FirstOrDefaultAsync(u => u.PhoneNumber == phone) ?? await users.FindByNameAsync(phone);
        return await users.FindByNameAsync(typed);
    }
}
