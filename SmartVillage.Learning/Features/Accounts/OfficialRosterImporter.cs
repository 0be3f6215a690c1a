using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Accounts;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Accounts;

/// <summary>
/// Imports a roster of officials from CSV (header: name,position,village_code,phone,email,gender,birth_year).
/// Creates or updates by phone or email. Every bad line is reported with its number and then nothing
/// at all changes: the roster applies whole, in one transaction, or not at all.
/// </summary>
public sealed class OfficialRosterImporter(
    IDbContextFactory<LearningDbContext> dbFactory,
    IValidator<OfficialRosterRow> validator,
    ILookupNormalizer normalizer,
    IPasswordHasher<ApplicationUser> hasher,
    TimeProvider clock)
{
    public static readonly string[] Header = ["name", "position", "village_code", "phone", "email", "gender", "birth_year"];

    public async Task<OfficialRosterImportResult> ImportAsync(Stream csv, OfficialRosterImportOptions options, CancellationToken ct = default)
    {
        var (rows, errors) = Read(csv);
        if (errors.Count == 0 && rows.Count == 0) errors.Add(new ImportError(1, "Berkas tidak berisi satu baris data pun."));
        foreach (var row in rows)
        {
            var result = await validator.ValidateAsync(row, ct);
            errors.AddRange(result.Errors.Select(e => new ImportError(row.LineNumber, e.ErrorMessage)));
        }
        errors.AddRange(FindDuplicatesInFile(rows));

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var villageCodes = rows.Select(r => r.VillageCode?.Trim()).OfType<string>().Distinct().ToList();
        var known = (await db.Villages.Where(v => villageCodes.Contains(v.Code)).Select(v => v.Code).ToListAsync(ct)).ToHashSet();
        errors.AddRange(rows.Where(r => r.VillageCode is { } code && !string.IsNullOrWhiteSpace(code) && !known.Contains(code.Trim())
                                       && Domain.Regions.RegionCode.IsValid(code, Domain.Regions.RegionLevel.Village))
            .Select(r => new ImportError(r.LineNumber, $"Kode desa \"{r.VillageCode}\" tidak ada di Provinsi Lampung.")));

        if (errors.Count > 0) return OfficialRosterImportResult.Failed(errors.OrderBy(e => e.Line).ToList());

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var result = await ApplyAsync(db, rows, options, ct);
            if (!result.Succeeded) return result;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return result;
        });
    }

    private async Task<OfficialRosterImportResult> ApplyAsync(LearningDbContext db, List<OfficialRosterRow> rows, OfficialRosterImportOptions options, CancellationToken ct)
    {
        var phones = rows.Select(r => Phone(r)).OfType<string>().ToList();
        var emails = rows.Select(r => NormalizedEmail(r)).OfType<string>().ToList();
        var existing = await db.Users
            .Where(u => (u.PhoneNumber != null && phones.Contains(u.PhoneNumber)) || (u.NormalizedEmail != null && emails.Contains(u.NormalizedEmail)))
            .ToListAsync(ct);
        var officialRoleId = await db.Roles.Where(r => r.Name == Roles.Official).Select(r => r.Id).SingleAsync(ct);
        var officialIds = (await db.UserRoles.Where(ur => ur.RoleId == officialRoleId).Select(ur => ur.UserId).ToListAsync(ct)).ToHashSet();
        var existingIds = existing.Select(u => u.Id).ToList();
        var staffRoles = (await db.UserRoles.Where(ur => existingIds.Contains(ur.UserId) && ur.RoleId != officialRoleId)
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name!);

        var errors = new List<ImportError>();
        var passwords = new List<IssuedPassword>();
        int created = 0, updated = 0;
        foreach (var row in rows)
        {
            var phone = Phone(row);
            var email = NormalizedEmail(row);
            var byPhone = phone is null ? null : existing.FirstOrDefault(u => u.PhoneNumber == phone);
            var byEmail = email is null ? null : existing.FirstOrDefault(u => u.NormalizedEmail == email);
            if (byPhone is not null && byEmail is not null && byPhone.Id != byEmail.Id)
            {
                errors.Add(new ImportError(row.LineNumber, "Nomor HP dan email ini milik dua akun yang berbeda; perbaiki salah satunya."));
                continue;
            }

            var user = byPhone ?? byEmail;
            if (user is not null && staffRoles[user.Id].Any())
            {
                // A roster describes village officials; it must never turn a trainer, mentor, reviewer or admin into one.
                errors.Add(new ImportError(row.LineNumber,
                    $"{(byPhone is not null ? "Nomor HP" : "Email")} ini milik akun staf ({string.Join(", ", staffRoles[user.Id].Select(Roles.Label))}), bukan aparatur; hapus baris ini atau pakai nomor HP/email aparatur sendiri."));
                continue;
            }
            if (user is null)
            {
                // Added directly for one atomic SaveChanges, so set what UserManager.CreateAsync would: lockout on.
                user = new ApplicationUser { CreatedAt = clock.GetUtcNow(), SecurityStamp = Guid.NewGuid().ToString("N"), LockoutEnabled = true };
                db.Users.Add(user);
                created++;
            }
            else
            {
                updated++;
            }

            Apply(user, row, phone);
            if (!officialIds.Contains(user.Id))
            {
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = officialRoleId });
                officialIds.Add(user.Id);
            }
            if (options.IssuePasswords && user.PasswordHash is null)
            {
                var password = TemporaryPassword.Generate();
                user.PasswordHash = hasher.HashPassword(user, password);
                passwords.Add(new IssuedPassword(row.LineNumber, user.FullName, user.UserName!, password));
            }
        }

        return errors.Count > 0
            ? OfficialRosterImportResult.Failed(errors)
            : new OfficialRosterImportResult(true, created, updated, [], passwords);
    }

    private void Apply(ApplicationUser user, OfficialRosterRow row, string? phone)
    {
        OfficialPositions.TryParse(row.Position, out var position);
        user.FullName = row.Name!.Trim();
        user.Position = position;
        user.VillageCode = row.VillageCode!.Trim();
        if (phone is not null) user.PhoneNumber = phone;
        if (!string.IsNullOrWhiteSpace(row.Email))
        {
            user.Email = row.Email.Trim();
            user.NormalizedEmail = normalizer.NormalizeEmail(user.Email);
        }
        user.UserName = user.PhoneNumber ?? user.Email;
        user.NormalizedUserName = normalizer.NormalizeName(user.UserName);
        user.Gender = Genders.TryParse(row.Gender, out var gender) ? gender : user.Gender;
        user.BirthYear = int.TryParse(row.BirthYear, out var year) ? year : user.BirthYear;
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
    }

    private static string? Phone(OfficialRosterRow row) => PhoneNumber.TryNormalize(row.Phone, out var p) ? p : null;

    private string? NormalizedEmail(OfficialRosterRow row) =>
        string.IsNullOrWhiteSpace(row.Email) ? null : normalizer.NormalizeEmail(row.Email.Trim());

    private IEnumerable<ImportError> FindDuplicatesInFile(List<OfficialRosterRow> rows)
    {
        var seen = new Dictionary<string, int>();
        foreach (var row in rows)
        {
            foreach (var key in new[] { Phone(row) is { } p ? "HP " + PhoneNumber.Display(p) : null, NormalizedEmail(row) is { } e ? "email " + row.Email!.Trim() : null })
            {
                if (key is null) continue;
                var lookup = key.ToUpperInvariant();
                if (seen.TryGetValue(lookup, out var first))
                    yield return new ImportError(row.LineNumber, $"Duplikat: {key} sudah dipakai di baris {first}.");
                else
                    seen[lookup] = row.LineNumber;
            }
        }
    }

    private static (List<OfficialRosterRow> Rows, List<ImportError> Errors) Read(Stream csv)
    {
        var rows = new List<OfficialRosterRow>();
        var errors = new List<ImportError>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            DetectDelimiter = true, // Excel in Indonesian locale saves CSV with semicolons.
            MissingFieldFound = null,
            BadDataFound = null,
        };
        using var reader = new StreamReader(csv, leaveOpen: true);
        using var parser = new CsvReader(reader, config);
        if (!parser.Read() || !parser.ReadHeader())
        {
            errors.Add(new ImportError(1, "Berkas kosong; baris pertama harus berisi judul kolom: " + string.Join(",", Header)));
            return (rows, errors);
        }
        var header = parser.HeaderRecord!.Select(h => h.Trim()).ToArray();
        var missing = Header.Where(h => !header.Contains(h, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new ImportError(1, $"Kolom tidak ditemukan: {string.Join(", ", missing)}. Judul kolom yang benar: {string.Join(",", Header)}"));
            return (rows, errors);
        }
        while (parser.Read())
        {
            var line = parser.Parser.RawRow;
            string? Field(string name) => parser.GetField(name) is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
            if (parser.Parser.Record is { } record && record.All(string.IsNullOrWhiteSpace)) continue;
            rows.Add(new OfficialRosterRow(line, Field("name"), Field("position"), Field("village_code"), Field("phone"), Field("email"), Field("gender"), Field("birth_year")));
        }
        return (rows, errors);
    }
}

public sealed record OfficialRosterImportOptions(bool IssuePasswords = false);

public sealed record ImportError(int Line, string Message)
{
    public override string ToString() => $"baris {Line}: {Message}";
}

/// <summary>A first password for a new account, to hand to its owner; shown once, never logged.</summary>
public sealed record IssuedPassword(int Line, string FullName, string UserName, string Password);

public sealed record OfficialRosterImportResult(bool Succeeded, int Created, int Updated, IReadOnlyList<ImportError> Errors, IReadOnlyList<IssuedPassword> IssuedPasswords)
{
    public static OfficialRosterImportResult Failed(IReadOnlyList<ImportError> errors) => new(false, 0, 0, errors, []);
}
