using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Mentoring;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Mentoring;

/// <summary>
/// Work plans: the official writes, revises, submits and reports progress on their own plan; their mentor comments,
/// asks for changes and approves. Every call checks <see cref="MentoringAccess"/> against the database. A save or a
/// review carries the version the person saw: if the plan changed since (the official edited while the mentor read it),
/// the call is refused with <see cref="StaleMessage"/> instead of mixing the two.
/// </summary>
public sealed class WorkPlanService(IDbContextFactory<LearningDbContext> dbFactory, IValidator<WorkPlanForm> validator,
    IValidator<ProgressForm> progressValidator, TimeProvider clock)
{
    public const string NotFoundMessage = "Rencana kerja tidak ditemukan.";
    public const string StaleMessage = "Rencana kerja ini baru saja diubah oleh orang lain; muat ulang halaman lalu coba lagi.";

    public async Task<IReadOnlyList<PlanSummary>> MyPlansAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await SummariesAsync(db, db.WorkPlans.Where(p => p.OfficialId == actor.UserId), ct);
    }

    internal static async Task<IReadOnlyList<PlanSummary>> SummariesAsync(LearningDbContext db, IQueryable<WorkPlan> query, CancellationToken ct)
    {
        var plans = await query.AsNoTracking().Include(p => p.Activities).ToListAsync(ct);
        var names = await MentoringLookups.NamesAsync(db, plans.Select(p => p.OfficialId), ct);
        var villages = await MentoringLookups.VillageNamesAsync(db, plans.Select(p => p.VillageCode), ct);
        return plans.Select(p => new PlanSummary(p.Id, p.Title, names.GetValueOrDefault(p.OfficialId, ""), villages.GetValueOrDefault(p.VillageCode, p.VillageCode),
                p.Status, p.Percent, p.UpdatedAt, p.SubmittedAt))
            .OrderByDescending(p => p.UpdatedAt).ToList();
    }

    public async Task<PlanDetail> PlanAsync(int planId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var plan = await db.WorkPlans.AsNoTracking().Include(p => p.Activities).ThenInclude(a => a.Reports).Include(p => p.Events)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == planId, ct) ?? throw new DomainException(NotFoundMessage);
        await MentoringAccess.DemandReadAsync(db, actor, plan.OfficialId, plan.RegencyCode, ct);
        var isOwner = plan.OfficialId == actor.UserId;
        var isMentor = actor.IsMentor && await MentoringAccess.IsMentorOfAsync(db, actor.UserId, plan.OfficialId, ct);
        var people = await MentoringLookups.NamesAsync(db,
            plan.Events.Select(e => e.AuthorId).Concat(plan.Activities.SelectMany(a => a.Reports).Select(r => r.ReporterId)).Append(plan.OfficialId), ct);
        var village = (await MentoringLookups.VillageNamesAsync(db, [plan.VillageCode], ct)).GetValueOrDefault(plan.VillageCode, plan.VillageCode);
        return new PlanDetail(plan.Id, plan.OfficialId, people.GetValueOrDefault(plan.OfficialId, ""), village, plan.Status, plan.Title, plan.Goal,
            plan.BudgetSource, plan.BudgetAmount, plan.SuccessIndicators, plan.RowVersion, plan.Percent,
            plan.Activities.OrderBy(a => a.Position).Select(a => new ActivityView(a.Id, a.Title, a.StartsOn, a.EndsOn, a.Responsible, a.Percent, a.Status,
                a.Reports.OrderByDescending(r => r.ReportedAt).Select(r => new ProgressView(r.Percent, r.Status, r.Note, people.GetValueOrDefault(r.ReporterId, ""), r.ReportedAt)).ToList())).ToList(),
            plan.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new PlanEventView(e.Kind, people.GetValueOrDefault(e.AuthorId, ""), e.FromStatus, e.ToStatus, e.Note, e.At)).ToList(),
            CanEdit: isOwner && plan.IsEditable,
            CanReview: isMentor && plan.Status != WorkPlanStatus.Draft,
            CanReport: isOwner && plan.Status == WorkPlanStatus.Approved);
    }

    // ---- The official ----

    public async Task<int> CreateAsync(WorkPlanForm form, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsOfficial) throw new DomainException("Hanya aparatur desa/pekon yang menyusun rencana kerja.");
        await DemandValidAsync(form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (village, regency) = await MentoringLookups.HomeOfAsync(db, actor.UserId, ct);
        var now = clock.GetUtcNow();
        var plan = new WorkPlan(actor.UserId, village, regency, now);
        Apply(plan, form, now);
        db.WorkPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        return plan.Id;
    }

    public async Task ReviseAsync(int planId, WorkPlanForm form, Actor actor, CancellationToken ct = default)
    {
        await DemandValidAsync(form, ct);
        await MutateAsync(planId, form.RowVersion, async (db, plan, now) =>
        {
            MentoringAccess.DemandOwner(actor, plan.OfficialId);
            // Replaced activities are deleted rows, not orphans EF has to guess about.
            db.WorkPlanActivities.RemoveRange(plan.Activities);
            Apply(plan, form, now);
            await Task.CompletedTask;
        }, actor, ct);
    }

    public Task SubmitAsync(int planId, Guid? seenVersion, Actor actor, CancellationToken ct = default) =>
        MutateAsync(planId, seenVersion, (_, plan, now) =>
        {
            MentoringAccess.DemandOwner(actor, plan.OfficialId);
            plan.Submit(actor.UserId, now);
            return Task.CompletedTask;
        }, actor, ct);

    public async Task ReportProgressAsync(int planId, int activityId, ProgressForm form, Actor actor, CancellationToken ct = default)
    {
        await progressValidator.DemandValidAsync(form, ct);
        await MutateAsync(planId, null, (_, plan, now) =>
        {
            MentoringAccess.DemandOwner(actor, plan.OfficialId);
            plan.ReportProgress(activityId, form.Percent, form.Status, form.Note, actor.UserId, now);
            return Task.CompletedTask;
        }, actor, ct);
    }

    // ---- The mentor ----

    public Task CommentAsync(int planId, string note, Actor actor, CancellationToken ct = default) =>
        MutateAsync(planId, null, async (db, plan, now) =>
        {
            await MentoringAccess.DemandMentorAsync(db, actor, plan.OfficialId, ct);
            plan.Comment(actor.UserId, note, now);
        }, actor, ct);

    /// <summary>Minta perubahan on the version the mentor read.</summary>
    public Task RequestChangesAsync(int planId, string note, Guid seenVersion, Actor actor, CancellationToken ct = default) =>
        MutateAsync(planId, seenVersion, async (db, plan, now) =>
        {
            await MentoringAccess.DemandMentorAsync(db, actor, plan.OfficialId, ct);
            plan.RequestChanges(actor.UserId, note, now);
        }, actor, ct);

    /// <summary>Setujui the version the mentor read; a plan the official changed meanwhile is refused, not approved unseen.</summary>
    public Task ApproveAsync(int planId, string? note, Guid seenVersion, Actor actor, CancellationToken ct = default) =>
        MutateAsync(planId, seenVersion, async (db, plan, now) =>
        {
            await MentoringAccess.DemandMentorAsync(db, actor, plan.OfficialId, ct);
            plan.Approve(actor.UserId, note, now);
        }, actor, ct);

    // ---- Helpers ----

    private async Task DemandValidAsync(WorkPlanForm form, CancellationToken ct)
    {
        await validator.DemandValidAsync(form, ct);
    }

    private static void Apply(WorkPlan plan, WorkPlanForm form, DateTimeOffset now) =>
        plan.Revise(form.Title, form.Goal, form.BudgetSource ?? BudgetSource.Other, form.BudgetAmount ?? 0, form.SuccessIndicators,
            form.Activities.Select(a => new ActivityDraft(a.Title, DateOnly.FromDateTime(a.StartsOn ?? default), DateOnly.FromDateTime(a.EndsOn ?? default), a.Responsible)).ToList(),
            now);

    /// <summary>
    /// Loads the plan tracked, reads access first (a stranger learns nothing, not even that it is stale), checks the version
    /// the person saw, runs the change, and saves with the row version as a concurrency token.
    /// </summary>
    private async Task MutateAsync(int planId, Guid? seenVersion, Func<LearningDbContext, WorkPlan, DateTimeOffset, Task> change, Actor actor,
        CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        try
        {
            var plan = await db.WorkPlans.Include(p => p.Activities).ThenInclude(a => a.Reports).Include(p => p.Events)
                .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == planId, ct) ?? throw new DomainException(NotFoundMessage);
            await MentoringAccess.DemandReadAsync(db, actor, plan.OfficialId, plan.RegencyCode, ct);
            if (seenVersion is { } version)
            {
                if (plan.RowVersion != version) throw new DomainException(StaleMessage);
                db.Entry(plan).Property(p => p.RowVersion).OriginalValue = version;
            }
            await change(db, plan, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(StaleMessage);
        }
    }
}
