using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Competencies;
using SmartVillage.Learning.Shared.Events;

namespace SmartVillage.Learning.Features.Mentoring;

/// <summary>
/// A mentor confirms (or withdraws) an official's level in an area from what they saw the official do; the confirmation is
/// evidence of kind MentorConfirmed (<see cref="MentorConfirmationEvidence"/>). Only a mentor assigned to the official
/// (directly or through the village) or an admin may read, confirm or withdraw; everyone else is refused on every call
/// (decision 0013). After a change the official's stored evidence is refreshed, so the dashboard follows at once.
/// </summary>
public sealed class CompetencyConfirmationService(
    IDbContextFactory<LearningDbContext> dbFactory,
    IValidator<CompetencyConfirmationForm> validator,
    TimeProvider clock,
    CompetencyProfileService profiles,
    IDomainEventDispatcher events,
    ILogger<CompetencyConfirmationService> logger)
{
    public const string RefusedMessage = "Hanya pendamping aparatur ini atau admin yang dapat melihat dan mengonfirmasi kompetensinya.";
    public const string NotOfficialMessage = "Aparatur tidak ditemukan.";
    public const string AreaNotFoundMessage = "Area kompetensi tidak ditemukan; muat ulang halaman.";
    public const string NotFoundMessage = "Konfirmasi tidak ditemukan.";
    public const string BusyMessage = "Konfirmasi belum tersimpan karena bersamaan dengan perubahan lain; coba lagi.";

    private const int MaxAttempts = 5;

    /// <summary>The panel: each area with the official's current level and the active confirmation, then every confirmation, newest first.</summary>
    public async Task<ConfirmationPanel> ListAsync(Actor viewer, string officialId, CancellationToken ct = default)
    {
        List<CompetencyConfirmation> all;
        Dictionary<string, string> names;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            await DemandConfirmerAsync(db, viewer, officialId, ct);
            all = await db.CompetencyConfirmations.AsNoTracking().Where(c => c.OfficialId == officialId).ToListAsync(ct);
            names = await MentoringLookups.NamesAsync(db, all.Select(c => c.MentorId).Concat(all.Select(c => c.WithdrawnById).OfType<string>()), ct);
        }
        var profile = await profiles.ForAsync(officialId, ct);
        var titles = profile.Areas.ToDictionary(a => a.Code, a => a.Title);
        var views = all.OrderByDescending(c => c.Id).Select(c => new ConfirmationView(c.Id, c.AreaCode, titles.GetValueOrDefault(c.AreaCode, c.AreaCode), c.Level,
            names.GetValueOrDefault(c.MentorId, ""), c.Note, c.ConfirmedAt, c.WithdrawnAt,
            c.WithdrawnById is { } by ? names.GetValueOrDefault(by, "") : null)).ToList();
        return new ConfirmationPanel(
            profile.Areas.Select(a => new AreaConfirmation(a.Code, a.Title, a.Level, views.FirstOrDefault(v => v.AreaCode == a.Code && v.IsActive))).ToList(),
            views);
    }

    /// <summary>Confirms a level; an active confirmation of the same area is withdrawn (replaced) in the same transaction.</summary>
    public async Task<int> ConfirmAsync(Actor mentor, string officialId, CompetencyConfirmationForm form, CancellationToken ct = default)
    {
        await validator.DemandValidAsync(form, ct);
        var areaCode = form.AreaCode!.Trim();
        int id;
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await DemandConfirmerAsync(db, mentor, officialId, ct);
            if (!await db.CompetencyAreas.AnyAsync(a => a.Code == areaCode, ct)) throw new DomainException(AreaNotFoundMessage);
            var now = clock.GetUtcNow();
            var confirmation = new CompetencyConfirmation(officialId, areaCode, form.Level!.Value, mentor.UserId, form.Note, now);
            try
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                // Write first: SQLite takes its write lock here, so a racing confirm waits instead of reading a stale "active" row.
                await db.CompetencyConfirmations.Where(c => c.OfficialId == officialId && c.AreaCode == areaCode && c.WithdrawnAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.WithdrawnAt, now).SetProperty(c => c.WithdrawnById, mentor.UserId), ct);
                db.CompetencyConfirmations.Add(confirmation);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                id = confirmation.Id;
                break;
            }
            catch (Exception e) when (TransactionRetry.ShouldRetry(e))
            {
                // Another confirm of the same official and area committed first (the one-active index refused ours): replace it in turn.
                if (attempt >= MaxAttempts) throw new DomainException(BusyMessage);
                await Task.Delay(Random.Shared.Next(5, 30) * attempt, ct);
            }
        }
        logger.LogInformation("Competency confirmation {Id}: {Area} {Level} for {Official} by {Mentor}", id, areaCode, form.Level, officialId, mentor.UserId);
        await events.PublishAsync(new CompetencyConfirmationChanged(officialId), ct);
        return id;
    }

    public async Task WithdrawAsync(Actor mentor, int confirmationId, CancellationToken ct = default)
    {
        string officialId;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var confirmation = await db.CompetencyConfirmations.SingleOrDefaultAsync(c => c.Id == confirmationId, ct)
                               ?? throw new DomainException(mentor.IsAdmin ? NotFoundMessage : RefusedMessage);
            await DemandConfirmerAsync(db, mentor, confirmation.OfficialId, ct);
            confirmation.Withdraw(mentor.UserId, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            officialId = confirmation.OfficialId;
        }
        logger.LogInformation("Competency confirmation {Id} withdrawn by {Mentor}", confirmationId, mentor.UserId);
        await events.PublishAsync(new CompetencyConfirmationChanged(officialId), ct);
    }

    /// <summary>The official's own mentor, or an admin; the official, another mentor, a reviewer or a trainer is refused.</summary>
    private static async Task DemandConfirmerAsync(LearningDbContext db, Actor actor, string officialId, CancellationToken ct)
    {
        var allowed = actor.IsAdmin || (actor.IsMentor && await MentoringAccess.IsMentorOfAsync(db, actor.UserId, officialId, ct));
        if (!allowed) throw new DomainException(actor.IsMentor ? MentoringAccess.RefusedMessage : RefusedMessage);
        var isOfficial = await db.Users.AnyAsync(u => u.Id == officialId
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Official)), ct);
        if (!isOfficial) throw new DomainException(NotOfficialMessage);
    }
}

public sealed record ConfirmationPanel(IReadOnlyList<AreaConfirmation> Areas, IReadOnlyList<ConfirmationView> History);

/// <summary>An area with the official's level from all evidence, and the mentor's active confirmation if any.</summary>
public sealed record AreaConfirmation(string Code, string Title, CompetencyLevel? Level, ConfirmationView? Active);

public sealed record ConfirmationView(int Id, string AreaCode, string AreaTitle, CompetencyLevel Level, string MentorName, string Note,
    DateTimeOffset ConfirmedAt, DateTimeOffset? WithdrawnAt, string? WithdrawnByName)
{
    public bool IsActive => WithdrawnAt is null;
}
