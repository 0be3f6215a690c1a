using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Mentoring;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Workshops;

namespace SmartVillage.Learning.Features.Mentoring;

/// <summary>
/// Bu Maria's desk: her officials, the plans waiting for her review, open obstacles oldest first, sessions coming due,
/// one official's file, and the session log. Only officials assigned to the signed-in mentor ever appear.
/// </summary>
public sealed class MentorDeskService(IDbContextFactory<LearningDbContext> dbFactory, IValidator<MentoringSessionForm> validator, TimeProvider clock)
{
    /// <summary>Sessions due within this many days (or overdue) are listed on the home page.</summary>
    public const int DueWithinDays = 14;

    public async Task<MentorHome> HomeAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsMentor) throw new DomainException("Halaman ini untuk pendamping.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var mentees = MentoringAccess.MenteesOf(db, actor.UserId);
        var menteeIds = mentees.Select(u => u.Id);
        var people = await mentees.AsNoTracking().OrderBy(u => u.FullName)
            .Select(u => new { u.Id, u.FullName, u.Position, u.VillageCode, Direct = db.MentorAssignments.Any(a => a.MentorId == actor.UserId && a.OfficialId == u.Id) })
            .ToListAsync(ct);
        var plans = await db.WorkPlans.Where(p => menteeIds.Contains(p.OfficialId)).Select(p => new { p.Id, p.OfficialId, p.Status }).ToListAsync(ct);
        var openCounts = await db.Obstacles.Where(o => menteeIds.Contains(o.OfficialId) && o.Status != ObstacleStatus.Resolved)
            .GroupBy(o => o.OfficialId).Select(g => new { OfficialId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.OfficialId, g => g.Count, ct);
        var villages = await MentoringLookups.VillageNamesAsync(db, people.Select(p => p.VillageCode), ct);
        var officials = people.Select(p => new MenteeRow(p.Id, p.FullName, PositionText.Of(p.Position), p.VillageCode is { } v ? villages.GetValueOrDefault(v, v) : "",
            plans.Where(x => x.OfficialId == p.Id).OrderByDescending(x => x.Id).Select(x => (WorkPlanStatus?)x.Status).FirstOrDefault(),
            openCounts.GetValueOrDefault(p.Id), !p.Direct)).ToList();

        var waiting = (await WorkPlanService.SummariesAsync(db, db.WorkPlans.Where(p => p.Status == WorkPlanStatus.Submitted && menteeIds.Contains(p.OfficialId)), ct))
            .OrderBy(p => p.SubmittedAt).ToList();
        var open = (await ObstacleService.SummariesAsync(db, db.Obstacles.Where(o => o.Status != ObstacleStatus.Resolved && menteeIds.Contains(o.OfficialId)), now, ct))
            .OrderBy(o => o.OpenedAt).ToList();
        return new MentorHome(officials, waiting, open, await SessionsDueAsync(db, actor.UserId, menteeIds, now, ct));
    }

    private static async Task<IReadOnlyList<SessionDue>> SessionsDueAsync(LearningDbContext db, string mentorId, IQueryable<string> menteeIds,
        DateTimeOffset now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now.ToWib().DateTime);
        var sessions = await db.MentoringSessions.AsNoTracking().Where(s => s.MentorId == mentorId && menteeIds.Contains(s.OfficialId))
            .Select(s => new { s.Id, s.OfficialId, s.HeldOn, s.NextDueOn }).ToListAsync(ct);
        // The latest session with an official says when the next one is due.
        var due = sessions.GroupBy(s => s.OfficialId).Select(g => g.OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.Id).First())
            .Where(s => s.NextDueOn is { } d && d <= today.AddDays(DueWithinDays)).ToList();
        var names = await MentoringLookups.NamesAsync(db, due.Select(d => d.OfficialId), ct);
        return due.Select(d => new SessionDue(d.OfficialId, names.GetValueOrDefault(d.OfficialId, ""), d.NextDueOn!.Value, d.NextDueOn.Value.DayNumber - today.DayNumber))
            .OrderBy(d => d.DueOn).ToList();
    }

    /// <summary>One official's file for their mentor (or a reader): plans, obstacles, sessions.</summary>
    public async Task<MenteeDetail> OfficialAsync(string officialId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var person = await db.Users.AsNoTracking().Where(u => u.Id == officialId).Select(u => new { u.Id, u.FullName, u.Position, u.VillageCode })
            .SingleOrDefaultAsync(ct) ?? throw new DomainException("Aparatur tidak ditemukan.");
        await MentoringAccess.DemandReadAsync(db, actor, officialId, person.VillageCode is { } v ? SmartVillage.Domain.Regions.RegionCode.RegencyOf(v) : "", ct);
        var village = person.VillageCode is { } code ? (await MentoringLookups.VillageNamesAsync(db, [code], ct)).GetValueOrDefault(code, code) : "";
        var sessions = await db.MentoringSessions.AsNoTracking().Where(s => s.OfficialId == officialId).ToListAsync(ct);
        var mentorNames = await MentoringLookups.NamesAsync(db, sessions.Select(s => s.MentorId), ct);
        return new MenteeDetail(person.Id, person.FullName, PositionText.Of(person.Position), village,
            await WorkPlanService.SummariesAsync(db, db.WorkPlans.Where(p => p.OfficialId == officialId), ct),
            (await ObstacleService.SummariesAsync(db, db.Obstacles.Where(o => o.OfficialId == officialId), clock.GetUtcNow(), ct)).OrderBy(o => o.OpenedAt).ToList(),
            sessions.OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.Id)
                .Select(s => new SessionView(s.Id, mentorNames.GetValueOrDefault(s.MentorId, ""), s.HeldOn, s.Mode, s.Notes, s.NextSteps, s.NextDueOn)).ToList());
    }

    public async Task<int> LogSessionAsync(MentoringSessionForm form, Actor actor, CancellationToken ct = default)
    {
        await validator.DemandValidAsync(form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await MentoringAccess.DemandMentorAsync(db, actor, form.OfficialId!, ct);
        var session = new MentoringSession(actor.UserId, form.OfficialId!, DateOnly.FromDateTime(form.HeldOn!.Value), form.Mode!.Value, form.Notes, form.NextSteps,
            form.NextDueOn is { } next ? DateOnly.FromDateTime(next) : null, clock.GetUtcNow());
        db.MentoringSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }
}
