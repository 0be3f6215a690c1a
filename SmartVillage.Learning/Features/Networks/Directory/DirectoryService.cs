using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Networks;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Networks;

namespace SmartVillage.Learning.Features.Networks.Directory;

/// <summary>
/// The directory: village profiles (edited by that village's officials and admins) and partners (managed by admins
/// and trainers), read by everyone signed in, searched in the database (text, regency, partner type, area).
/// </summary>
public sealed class DirectoryService(
    IDbContextFactory<LearningDbContext> dbFactory,
    IValidator<VillageProfileForm> profileValidator,
    IValidator<PartnerForm> partnerValidator,
    TimeProvider clock)
{
    public const string VillageNotFound = "Desa tidak ditemukan.";
    public const string PartnerNotFound = "Mitra tidak ditemukan; mungkin sudah dihapus.";
    public const string ContactNotOfVillage = "Narahubung harus aparatur desa ini.";
    public const int ListSize = 100;

    // ---- Villages ----

    /// <summary>The village of the signed-in official (for "Profil desa saya"), or null for staff.</summary>
    public async Task<string?> MyVillageAsync(Actor me, CancellationToken ct = default)
    {
        if (!me.IsOfficial) return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await NetworkQueries.VillageOfAsync(db, me.UserId, ct);
    }

    public async Task<IReadOnlyList<VillageProfileSummary>> VillagesAsync(DirectoryQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var profiles = db.VillageProfiles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.RegencyCode)) profiles = profiles.Where(p => p.RegencyCode == query.RegencyCode);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var pattern = NetworkQueries.Contains(query.Text);
            profiles = profiles.Where(p => EF.Functions.Like(p.Potential, pattern, NetworkQueries.LikeEscape)
                || db.Villages.Any(v => v.Code == p.VillageCode && EF.Functions.Like(v.Name, pattern, NetworkQueries.LikeEscape))
                || p.Initiatives.Any(i => EF.Functions.Like(i.Title, pattern, NetworkQueries.LikeEscape)));
        }
        if (!string.IsNullOrWhiteSpace(query.Area))
        {
            var area = query.Area.Trim();
            var pattern = NetworkQueries.Contains(area);
            profiles = profiles.Where(p => p.Initiatives.Any(i => i.TrackCode == area.ToUpper() || EF.Functions.Like(i.Title, pattern, NetworkQueries.LikeEscape)));
        }
        var rows = await profiles.Include(p => p.Initiatives).OrderBy(p => p.VillageCode).Take(ListSize).ToListAsync(ct);
        var villages = await NetworkQueries.VillageLabelsAsync(db, rows.Select(r => r.VillageCode), ct);
        var regencies = await NetworkQueries.RegencyNamesAsync(db, ct);
        var contactIds = rows.Where(r => r.ContactUserId != null).Select(r => r.ContactUserId!).ToList();
        var contacts = await db.Users.Where(u => contactIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        return rows.Select(p => new VillageProfileSummary(p.VillageCode, villages.GetValueOrDefault(p.VillageCode, p.VillageCode),
                regencies.GetValueOrDefault(p.RegencyCode, p.RegencyCode), p.Potential, Initiatives(p),
                p.ContactUserId is { } c ? contacts.GetValueOrDefault(c) : null))
            .OrderBy(p => p.RegencyName).ThenBy(p => p.Village).ToList();
    }

    public async Task<VillageProfileView?> VillageAsync(string villageCode, Actor me, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var village = await (from v in db.Villages
                             where v.Code == villageCode
                             join d in db.Districts on v.DistrictCode equals d.Code
                             join r in db.Regencies on d.RegencyCode equals r.Code
                             select new { v.Code, v.Name, v.IsUrbanWard, District = d.Name, Regency = r.Name, r.VillageTerm }).SingleOrDefaultAsync(ct);
        if (village is null) return null;
        var profile = await db.VillageProfiles.AsNoTracking().Include(p => p.Initiatives).SingleOrDefaultAsync(p => p.VillageCode == villageCode, ct);
        var officials = await OfficialsOfAsync(db, villageCode).OrderBy(u => u.FullName)
            .Select(u => new { u.Id, u.FullName, u.Position, u.PhoneNumber }).ToListAsync(ct);
        var myVillage = await NetworkQueries.VillageOfAsync(db, me.UserId, ct);
        var form = new VillageProfileForm
        {
            Potential = profile?.Potential ?? "",
            ContactUserId = profile?.ContactUserId,
            Initiatives = profile?.Initiatives.OrderBy(i => i.Id)
                .Select(i => new InitiativeForm { Title = i.Title, TrackCode = i.TrackCode, Status = i.Status, Note = i.Note }).ToList() ?? [],
        };
        var contact = officials.FirstOrDefault(o => o.Id == profile?.ContactUserId);
        return new VillageProfileView(village.Code, $"{(village.IsUrbanWard ? "Kelurahan" : village.VillageTerm)} {village.Name}", village.District, village.Regency,
            profile is not null, form, profile is null ? [] : Initiatives(profile),
            contact is null ? null : new ContactView(contact.FullName, contact.Position is { } p ? OfficialPositions.Label(p) : null, contact.PhoneNumber),
            officials.Select(o => new ContactOption(o.Id, o.Position is { } p ? $"{o.FullName} ({OfficialPositions.Label(p)})" : o.FullName)).ToList(),
            profile?.UpdatedAt, NetworkAccess.CanEditProfile(me, myVillage, villageCode));
    }

    /// <summary>Saves a village's profile: its own officials or an admin; the contact must be an official of that village.</summary>
    public async Task SaveVillageAsync(string villageCode, VillageProfileForm form, Actor me, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Villages.AnyAsync(v => v.Code == villageCode, ct)) throw new DomainException(VillageNotFound);
        NetworkAccess.DemandEditProfile(me, await NetworkQueries.VillageOfAsync(db, me.UserId, ct), villageCode);
        await profileValidator.DemandValidAsync(form, ct);
        if (form.ContactUserId is { Length: > 0 } contact && !await OfficialsOfAsync(db, villageCode).AnyAsync(u => u.Id == contact, ct))
            throw new DomainException(ContactNotOfVillage);
        var profile = await db.VillageProfiles.Include(p => p.Initiatives).SingleOrDefaultAsync(p => p.VillageCode == villageCode, ct);
        var now = clock.GetUtcNow();
        if (profile is null)
        {
            profile = new VillageProfile(villageCode, now);
            db.VillageProfiles.Add(profile);
        }
        profile.Update(form.Potential, form.ContactUserId,
            form.Initiatives.Select(i => new VillageInitiative(i.Title, i.TrackCode, i.Status, i.Note)), me.UserId, now);
        await db.SaveChangesAsync(ct);
    }

    private static IQueryable<ApplicationUser> OfficialsOfAsync(LearningDbContext db, string villageCode) =>
        db.Users.Where(u => u.VillageCode == villageCode
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Official)));

    private static List<InitiativeView> Initiatives(VillageProfile profile) =>
        profile.Initiatives.OrderBy(i => i.Status).ThenBy(i => i.Id).Select(i => new InitiativeView(i.Title, i.TrackCode, i.Status, i.Note)).ToList();

    // ---- Partners ----

    public async Task<IReadOnlyList<PartnerView>> PartnersAsync(DirectoryQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var partners = db.Partners.AsNoTracking();
        if (query.PartnerType is { } type) partners = partners.Where(p => p.Type == type);
        // A partner with no regency listed works across the province, so it covers every regency.
        if (!string.IsNullOrWhiteSpace(query.RegencyCode))
            partners = partners.Where(p => !p.Regencies.Any() || p.Regencies.Any(r => r.RegencyCode == query.RegencyCode));
        if (!string.IsNullOrWhiteSpace(query.Area))
        {
            var tag = AreaTags.Pattern(query.Area);
            partners = partners.Where(p => EF.Functions.Like(p.Areas, tag));
        }
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var pattern = NetworkQueries.Contains(query.Text);
            partners = partners.Where(p => EF.Functions.Like(p.Name, pattern, NetworkQueries.LikeEscape)
                || EF.Functions.Like(p.Description, pattern, NetworkQueries.LikeEscape) || EF.Functions.Like(p.Areas, pattern, NetworkQueries.LikeEscape));
        }
        var rows = await partners.Include(p => p.Regencies).OrderBy(p => p.Name).Take(ListSize).ToListAsync(ct);
        var regencies = await NetworkQueries.RegencyNamesAsync(db, ct);
        return rows.Select(p => ViewOf(p, regencies)).ToList();
    }

    public async Task<PartnerForm?> PartnerFormAsync(int partnerId, Actor me, CancellationToken ct = default)
    {
        NetworkAccess.DemandManagePartners(me);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var p = await db.Partners.AsNoTracking().Include(x => x.Regencies).SingleOrDefaultAsync(x => x.Id == partnerId, ct);
        return p is null ? null : new PartnerForm
        {
            Name = p.Name, Type = p.Type, Description = p.Description, Areas = string.Join(", ", p.AreaList),
            RegencyCodes = p.Regencies.Select(r => r.RegencyCode).ToList(),
            ContactName = p.ContactName, ContactPhone = p.ContactPhone, ContactEmail = p.ContactEmail, Website = p.Website,
        };
    }

    /// <summary>Creates (no id) or updates a partner. Admins and trainers only.</summary>
    public async Task<int> SavePartnerAsync(int? partnerId, PartnerForm form, Actor me, CancellationToken ct = default)
    {
        NetworkAccess.DemandManagePartners(me);
        await partnerValidator.DemandValidAsync(form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var codes = form.RegencyCodes.Distinct().ToList();
        if (await db.Regencies.CountAsync(r => codes.Contains(r.Code), ct) != codes.Count) throw new DomainException("Ada kabupaten/kota yang tidak dikenal.");
        var now = clock.GetUtcNow();
        Partner partner;
        if (partnerId is { } id)
        {
            partner = await db.Partners.Include(p => p.Regencies).SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new DomainException(PartnerNotFound);
            partner.Rename(form.Name, form.Type, now);
        }
        else
        {
            partner = new Partner(form.Name, form.Type, now);
            db.Partners.Add(partner);
        }
        partner.Describe(form.Description, form.AreaList, form.ContactName, form.ContactPhone, form.ContactEmail, form.Website, now);
        partner.Cover(codes, now);
        await db.SaveChangesAsync(ct);
        return partner.Id;
    }

    public async Task DeletePartnerAsync(int partnerId, Actor me, CancellationToken ct = default)
    {
        NetworkAccess.DemandManagePartners(me);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var removed = await db.Partners.Where(p => p.Id == partnerId).ExecuteDeleteAsync(ct);
        if (removed == 0) throw new DomainException(PartnerNotFound);
    }

    private static PartnerView ViewOf(Partner p, IReadOnlyDictionary<string, string> regencies) => new(
        p.Id, p.Name, p.Type, p.Description, p.AreaList,
        p.Regencies.Select(r => regencies.GetValueOrDefault(r.RegencyCode, r.RegencyCode)).Order().ToList(),
        p.ContactName, p.ContactPhone, p.ContactEmail, p.Website);
}
