using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Mentoring;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Mentoring;

/// <summary>Admins assign mentors to officials (found by name or phone) or to whole villages, and take assignments back.</summary>
public sealed class MentorAssignmentService(IDbContextFactory<LearningDbContext> dbFactory, TimeProvider clock)
{
    public const string AdminOnlyMessage = "Hanya admin yang menugaskan pendamping.";

    public async Task<IReadOnlyList<PersonOption>> MentorsAsync(Actor actor, CancellationToken ct = default)
    {
        DemandAdmin(actor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await InRole(db, Roles.Mentor).OrderBy(u => u.FullName).Select(u => new PersonOption(u.Id, u.FullName, u.Email)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<AssignmentRow>> AssignmentsAsync(string mentorId, Actor actor, CancellationToken ct = default)
    {
        DemandAdmin(actor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await (from a in db.MentorAssignments.AsNoTracking()
                          where a.MentorId == mentorId
                          join u in db.Users on a.OfficialId equals u.Id into officials
                          from u in officials.DefaultIfEmpty()
                          join v in db.Villages on a.VillageCode equals v.Code into villages
                          from v in villages.DefaultIfEmpty()
                          select new
                          {
                              a.Id, a.OfficialId, a.VillageCode, Official = u == null ? null : u.FullName, Phone = u == null ? null : u.PhoneNumber, Village = v == null ? null : v.Name,
                              Officials = a.VillageCode == null ? 0 : db.Users.Count(x => x.VillageCode == a.VillageCode),
                          }).ToListAsync(ct);
        return rows.Select(r => r.OfficialId is not null
                ? new AssignmentRow(r.Id, r.OfficialId, null, r.Official ?? "", r.Phone ?? "")
                : new AssignmentRow(r.Id, null, r.VillageCode, $"Seluruh aparatur {r.Village}", $"{r.VillageCode} · {r.Officials} aparatur"))
            .OrderBy(r => r.VillageCode is null).ThenBy(r => r.Label).ToList();
    }

    /// <summary>Officials whose name or phone contains the term (at most 20), for the "add official" search.</summary>
    public async Task<IReadOnlyList<PersonOption>> SearchOfficialsAsync(string term, Actor actor, CancellationToken ct = default)
    {
        DemandAdmin(actor);
        term = term.Trim();
        if (term.Length < 2) return [];
        var digits = new string(term.Where(char.IsDigit).ToArray()).TrimStart('0');
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = InRole(db, Roles.Official);
        query = digits.Length >= 4
            ? query.Where(u => u.PhoneNumber != null && u.PhoneNumber.Contains(digits))
            : query.Where(u => u.FullName.ToLower().Contains(term.ToLower()));
        var found = await query.OrderBy(u => u.FullName).Take(20).Select(u => new { u.Id, u.FullName, u.PhoneNumber, u.VillageCode }).ToListAsync(ct);
        var villages = await MentoringLookups.VillageNamesAsync(db, found.Select(f => f.VillageCode), ct);
        return found.Select(f => new PersonOption(f.Id, f.FullName,
            $"{f.PhoneNumber} · {(f.VillageCode is { } v ? villages.GetValueOrDefault(v, v) : "")}")).ToList();
    }

    public async Task AssignOfficialAsync(string mentorId, string officialId, Actor actor, CancellationToken ct = default)
    {
        DemandAdmin(actor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await DemandMentorAsync(db, mentorId, ct);
        if (!await InRole(db, Roles.Official).AnyAsync(u => u.Id == officialId, ct)) throw new DomainException("Yang dipilih bukan aparatur desa/pekon.");
        if (await db.MentorAssignments.AnyAsync(a => a.MentorId == mentorId && a.OfficialId == officialId, ct)) return;
        db.MentorAssignments.Add(MentorAssignment.ForOfficial(mentorId, officialId, actor.UserId, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }

    public async Task AssignVillageAsync(string mentorId, string villageCode, Actor actor, CancellationToken ct = default)
    {
        DemandAdmin(actor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await DemandMentorAsync(db, mentorId, ct);
        if (!await db.Villages.AnyAsync(v => v.Code == villageCode, ct)) throw new DomainException("Pilih desa/pekon sampai tingkat desa.");
        if (await db.MentorAssignments.AnyAsync(a => a.MentorId == mentorId && a.VillageCode == villageCode, ct)) return;
        db.MentorAssignments.Add(MentorAssignment.ForVillage(mentorId, villageCode, actor.UserId, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveAsync(int assignmentId, Actor actor, CancellationToken ct = default)
    {
        DemandAdmin(actor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.MentorAssignments.Where(a => a.Id == assignmentId).ExecuteDeleteAsync(ct);
    }

    private static IQueryable<ApplicationUser> InRole(LearningDbContext db, string role) =>
        db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));

    private static async Task DemandMentorAsync(LearningDbContext db, string mentorId, CancellationToken ct)
    {
        if (!await InRole(db, Roles.Mentor).AnyAsync(u => u.Id == mentorId, ct)) throw new DomainException("Pilih seorang pendamping.");
    }

    private static void DemandAdmin(Actor actor)
    {
        if (!actor.IsAdmin) throw new DomainException(AdminOnlyMessage);
    }
}
