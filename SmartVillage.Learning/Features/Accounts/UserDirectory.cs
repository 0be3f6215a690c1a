using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Accounts;

/// <summary>What an admin does with accounts: find, create, give roles and scope, reset a password.</summary>
public sealed class UserDirectory(UserManager<ApplicationUser> users, IDbContextFactory<LearningDbContext> dbFactory, TimeProvider clock)
{
    public async Task<UserPage> SearchAsync(string? text, string? role, int page, int pageSize, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Users.AsQueryable();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var t = text.Trim();
            var phone = PhoneNumber.TryNormalize(t, out var p) ? p : t;
            query = query.Where(u => u.FullName.Contains(t) || (u.Email != null && u.Email.Contains(t)) || (u.PhoneNumber != null && u.PhoneNumber.Contains(phone)));
        }
        if (!string.IsNullOrWhiteSpace(role))
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(u => u.FullName).Skip(page * pageSize).Take(pageSize)
            .Select(u => new
            {
                u.Id, u.FullName, u.Email, u.PhoneNumber, u.Position, u.VillageCode, u.ReviewerRegencyCode, u.LockoutEnd,
                Village = db.Villages.Where(v => v.Code == u.VillageCode).Select(v => v.Name).FirstOrDefault(),
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
            })
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        return new UserPage(total, rows.Select(u => new UserRow(
            u.Id, u.FullName, u.Email, u.PhoneNumber is null ? null : PhoneNumber.Display(u.PhoneNumber),
            u.Position is { } pos ? OfficialPositions.Label(pos) : null, u.VillageCode, u.Village, u.ReviewerRegencyCode,
            u.Roles, u.LockoutEnd > now)).ToList());
    }

    public async Task<string> CreateAsync(NewUserForm form, CancellationToken ct = default)
    {
        PhoneNumber.TryNormalize(form.Phone, out var phone);
        var email = string.IsNullOrWhiteSpace(form.Email) ? null : form.Email.Trim();
        if (email is not null && await users.FindByEmailAsync(email) is not null)
            throw new DomainException($"Email {email} sudah dipakai akun lain.");
        if (phone.Length > 0 && await users.Users.AnyAsync(u => u.PhoneNumber == phone, ct))
            throw new DomainException($"Nomor HP {PhoneNumber.Display(phone)} sudah dipakai akun lain.");

        var user = new ApplicationUser
        {
            UserName = phone.Length > 0 ? phone : email,
            FullName = form.FullName.Trim(),
            Email = email,
            EmailConfirmed = email is not null,
            PhoneNumber = phone.Length > 0 ? phone : null,
            Position = form.Role == Roles.Official ? form.Position : null,
            VillageCode = form.Role == Roles.Official ? form.VillageCode : null,
            ReviewerRegencyCode = form.Role == Roles.Reviewer ? form.ReviewerRegencyCode : null,
            Gender = form.Gender,
            BirthYear = form.BirthYear,
            CreatedAt = clock.GetUtcNow(),
        };
        Check(await users.CreateAsync(user, form.Password));
        Check(await users.AddToRoleAsync(user, form.Role));
        return user.Id;
    }

    public async Task SetRolesAsync(string userId, IReadOnlyCollection<string> roles, string? reviewerRegencyCode, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new DomainException("Akun tidak ditemukan.");
        if (roles.Count == 0) throw new DomainException("Pilih paling sedikit satu peran.");
        var unknown = roles.Except(Roles.All).ToList();
        if (unknown.Count > 0) throw new DomainException($"Peran tidak dikenal: {string.Join(", ", unknown)}.");
        var current = await users.GetRolesAsync(user);
        Check(await users.RemoveFromRolesAsync(user, current.Except(roles)));
        Check(await users.AddToRolesAsync(user, roles.Except(current)));
        user.ReviewerRegencyCode = roles.Contains(Roles.Reviewer) ? reviewerRegencyCode : null;
        // A new stamp ends every session and open page of this person at their next request (SecurityStamps).
        Check(await users.UpdateSecurityStampAsync(user));
    }

    /// <summary>Sets a new temporary password and lifts a lockout; returns the password to hand over once.</summary>
    public async Task<string> ResetPasswordAsync(string userId, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new DomainException("Akun tidak ditemukan.");
        var password = TemporaryPassword.Generate();
        if (await users.HasPasswordAsync(user)) Check(await users.RemovePasswordAsync(user));
        Check(await users.AddPasswordAsync(user, password));
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        Check(await users.UpdateSecurityStampAsync(user));
        return password;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new DomainException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}

public sealed record UserPage(int Total, IReadOnlyList<UserRow> Rows);

public sealed record UserRow(string Id, string FullName, string? Email, string? Phone, string? Position, string? VillageCode, string? VillageName,
    string? ReviewerRegencyCode, IReadOnlyList<string> Roles, bool LockedOut);
