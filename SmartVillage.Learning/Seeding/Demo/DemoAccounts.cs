using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Regions;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Seeding.Demo;

/// <summary>
/// The people of JOURNEYS.md and about forty officials in Tanggamus, Lampung Barat and Tulang Bawang
/// Barat, all with the password <see cref="Password"/>.
/// </summary>
public sealed class DemoAccounts(
    UserManager<ApplicationUser> users,
    IPasswordHasher<ApplicationUser> hasher,
    IDbContextFactory<LearningDbContext> dbFactory,
    TimeProvider clock)
{
    public const string Password = "Lampung#2026";

    public static readonly IReadOnlyList<DemoStaff> Staff =
    [
        new("admin@smartvillage.test", "Admin SmartVillage", Roles.Admin, null),
        new("hendra@smartvillage.test", "Hendra Saputra", Roles.Trainer, null),
        new("dewi@smartvillage.test", "Dewi Anggraini", Roles.Trainer, null),
        new("maria@smartvillage.test", "Maria Lestari", Roles.Mentor, null),
        new(YusufEmail, "Yusuf Hidayat", Roles.Mentor, null),
        new("ahmad@smartvillage.test", "Ahmad Fauzi", Roles.Reviewer, null),
        new("rina@smartvillage.test", "Rina Marlina", Roles.Reviewer, "18.06"),
    ];

    /// <summary>Bu Siti of JOURNEYS.md: Kaur Keuangan of Pekon Karang Brak, Pematang Sawa, Tanggamus.</summary>
    public static readonly DemoOfficial Siti = new("Siti Rahmawati", "081270000001", OfficialPosition.FinanceAffairsHead, "18.06.16.2010", Gender.Female, 1986);

    private static readonly (string District, int Villages)[] Areas =
    [
        ("18.06.16", 2), // Pematang Sawa, Tanggamus
        ("18.04.04", 2), // Balik Bukit, Lampung Barat
        // Five villages: the last three hold the officials added after 081270000128 (one per browser test that must be the only one
        // to touch its account), and appending villages keeps everyone before them where they were.
        ("18.12.01", 5), // Tulang Bawang Tengah, Tulang Bawang Barat
    ];

    private static readonly (string Name, Gender Gender)[] People =
    [
        ("Rudi Hartono", Gender.Male), ("Yuliana Sari", Gender.Female), ("Bambang Irawan", Gender.Male),
        ("Nurhayati", Gender.Female), ("Agus Setiawan", Gender.Male), ("Sri Wahyuni", Gender.Female),
        ("Dedi Kurniawan", Gender.Male), ("Lestari Handayani", Gender.Female), ("Joko Prasetyo", Gender.Male),
        ("Ratna Dewi", Gender.Female), ("Heri Susanto", Gender.Male), ("Fitri Yanti", Gender.Female),
        ("Suparman", Gender.Male), ("Wati Susilawati", Gender.Female), ("Iwan Gunawan", Gender.Male),
        ("Eka Putri", Gender.Female), ("Andi Wijaya", Gender.Male), ("Rohmah", Gender.Female),
        ("Slamet Riyadi", Gender.Male), ("Dwi Astuti", Gender.Female), ("Hasan Basri", Gender.Male),
        ("Mega Puspita", Gender.Female), ("Samsul Arifin", Gender.Male), ("Indah Permata", Gender.Female),
        ("Yusuf Effendi", Gender.Male), ("Anisa Rahma", Gender.Female), ("Marzuki", Gender.Male),
        ("Novi Anggraeni", Gender.Female), ("Taufik Hidayat", Gender.Male),
        ("Ani Susanti", Gender.Female), ("Budi Santoso", Gender.Male), ("Citra Lestari", Gender.Female),
        ("Darmawan", Gender.Male), ("Erna Wati", Gender.Female), ("Fajar Nugroho", Gender.Male),
        ("Gita Maharani", Gender.Female), ("Hendro Wibowo", Gender.Male), ("Ika Rahmawati", Gender.Female),
        ("Joni Iskandar", Gender.Male),
        ("Kartika Sari", Gender.Female), ("Lukman Hakim", Gender.Male),
    ];

    private static readonly OfficialPosition[] Posts =
    [
        OfficialPosition.VillageHead, OfficialPosition.Secretary, OfficialPosition.PlanningAffairsHead,
        OfficialPosition.FinanceAffairsHead, OfficialPosition.ServicesSectionHead,
    ];

    public const string MariaEmail = "maria@smartvillage.test";
    public const string YusufEmail = "yusuf@smartvillage.test";

    /// <summary>Creates the accounts that do not exist yet; returns how many were created.</summary>
    public async Task<int> SeedAsync(CancellationToken ct = default)
    {
        // One hash for every demo account: hashing at 210,000 iterations nearly fifty times would slow every fresh start.
        var passwordHash = hasher.HashPassword(null!, Password);
        var created = 0;

        foreach (var staff in Staff)
        {
            ct.ThrowIfCancellationRequested();
            var user = NewUser(staff.Email, staff.FullName, passwordHash);
            user.Email = staff.Email;
            user.EmailConfirmed = true;
            user.ReviewerRegencyCode = staff.RegencyScope;
            created += await CreateAsync(user, staff.Role);
        }

        foreach (var official in await OfficialsAsync(ct))
        {
            ct.ThrowIfCancellationRequested();
            PhoneNumber.TryNormalize(official.Phone, out var phone);
            var user = NewUser(phone, official.FullName, passwordHash);
            user.PhoneNumber = phone;
            user.PhoneNumberConfirmed = true;
            user.Position = official.Position;
            user.VillageCode = official.VillageCode;
            user.Gender = official.Gender;
            user.BirthYear = official.BirthYear;
            created += await CreateAsync(user, Roles.Official);
        }

        return created;
    }

    private ApplicationUser NewUser(string userName, string fullName, string passwordHash) => new()
    {
        UserName = userName,
        FullName = fullName,
        PasswordHash = passwordHash,
        CreatedAt = clock.GetUtcNow(),
    };

    private async Task<int> CreateAsync(ApplicationUser user, string role)
    {
        if (await users.FindByNameAsync(user.UserName!) is not null) return 0;
        Check(await users.CreateAsync(user));
        Check(await users.AddToRoleAsync(user, role));
        return 1;
    }

    private async Task<List<DemoOfficial>> OfficialsAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var officials = new List<DemoOfficial> { Siti };
        var person = 0;
        foreach (var (district, count) in Areas)
        {
            var villages = await db.Villages.Where(v => v.DistrictCode == district && !v.IsUrbanWard)
                .OrderBy(v => v.Code).Select(v => v.Code).Take(count).ToListAsync(ct);
            // Bu Siti's Karang Brak comes first, so her colleagues in the demo work in the same pekon.
            if (district == RegionCode.ParentOf(Siti.VillageCode))
                villages = [Siti.VillageCode, .. villages.Where(v => v != Siti.VillageCode).Take(count - 1)];
            foreach (var village in villages)
            {
                foreach (var post in Posts)
                {
                    if (person >= People.Length) break;
                    if (village == Siti.VillageCode && post == Siti.Position) continue;
                    var (name, gender) = People[person];
                    officials.Add(new DemoOfficial(name, $"08127000{person + 100:0000}", post, village, gender, 1970 + person % 25));
                    person++;
                }
            }
        }
        return officials;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new DomainException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}

public sealed record DemoStaff(string Email, string FullName, string Role, string? RegencyScope);

public sealed record DemoOfficial(string FullName, string Phone, OfficialPosition Position, string VillageCode, Gender Gender, int BirthYear);
