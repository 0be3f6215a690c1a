using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Mentoring;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Mentoring;

/// <summary>
/// Obstacles (kendala): the official logs and follows their own; their mentor responds and moves the status
/// (open → in progress → resolved). The official may answer a response and reopen a resolved one. Each step is a history entry.
/// </summary>
public sealed class ObstacleService(IDbContextFactory<LearningDbContext> dbFactory, IValidator<ObstacleForm> validator, TimeProvider clock)
{
    public const string NotFoundMessage = "Kendala tidak ditemukan.";

    public async Task<IReadOnlyList<ObstacleSummary>> MyObstaclesAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await SummariesAsync(db, db.Obstacles.Where(o => o.OfficialId == actor.UserId), clock.GetUtcNow(), ct))
            .OrderBy(o => o.Status == ObstacleStatus.Resolved).ThenByDescending(o => o.OpenedAt).ToList();
    }

    /// <summary>Summaries in no particular order (SQLite cannot sort by DateTimeOffset; callers sort the small list).</summary>
    internal static async Task<IReadOnlyList<ObstacleSummary>> SummariesAsync(LearningDbContext db, IQueryable<Obstacle> query, DateTimeOffset now, CancellationToken ct)
    {
        var obstacles = await query.AsNoTracking().ToListAsync(ct);
        var names = await MentoringLookups.NamesAsync(db, obstacles.Select(o => o.OfficialId), ct);
        var villages = await MentoringLookups.VillageNamesAsync(db, obstacles.Select(o => o.VillageCode), ct);
        return obstacles.Select(o => new ObstacleSummary(o.Id, o.OfficialId, names.GetValueOrDefault(o.OfficialId, ""),
            villages.GetValueOrDefault(o.VillageCode, o.VillageCode), o.Category, o.Description, o.Status, o.OpenedAt, o.DaysOpen(now))).ToList();
    }

    public async Task<ObstacleDetail> ObstacleAsync(int obstacleId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var obstacle = await db.Obstacles.AsNoTracking().Include(o => o.Entries).SingleOrDefaultAsync(o => o.Id == obstacleId, ct)
            ?? throw new DomainException(NotFoundMessage);
        await MentoringAccess.DemandReadAsync(db, actor, obstacle.OfficialId, obstacle.RegencyCode, ct);
        var canRespond = obstacle.OfficialId == actor.UserId
            || actor.IsMentor && await MentoringAccess.IsMentorOfAsync(db, actor.UserId, obstacle.OfficialId, ct);
        var people = await MentoringLookups.NamesAsync(db, obstacle.Entries.Select(e => e.AuthorId).Append(obstacle.OfficialId), ct);
        var village = (await MentoringLookups.VillageNamesAsync(db, [obstacle.VillageCode], ct)).GetValueOrDefault(obstacle.VillageCode, obstacle.VillageCode);
        return new ObstacleDetail(obstacle.Id, obstacle.OfficialId, people.GetValueOrDefault(obstacle.OfficialId, ""), village, obstacle.Category,
            obstacle.Description, obstacle.Status, obstacle.OpenedAt, obstacle.DaysOpen(clock.GetUtcNow()),
            obstacle.Entries.OrderBy(e => e.At).ThenBy(e => e.Id)
                .Select(e => new ObstacleEntryView(people.GetValueOrDefault(e.AuthorId, ""), e.FromStatus, e.ToStatus, e.Note, e.At)).ToList(),
            canRespond);
    }

    public async Task<int> LogAsync(ObstacleForm form, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsOfficial) throw new DomainException("Hanya aparatur desa/pekon yang mencatat kendala.");
        await validator.DemandValidAsync(form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (village, regency) = await MentoringLookups.HomeOfAsync(db, actor.UserId, ct);
        var obstacle = new Obstacle(actor.UserId, village, regency, form.Category!.Value, form.Description, clock.GetUtcNow());
        db.Obstacles.Add(obstacle);
        await db.SaveChangesAsync(ct);
        return obstacle.Id;
    }

    public Task RespondAsync(int obstacleId, string note, Actor actor, CancellationToken ct = default) =>
        MutateAsync(obstacleId, actor, (o, now) => o.Respond(actor.UserId, note, now), ct);

    /// <summary>The mentor moves it on; the official may only reopen their own resolved obstacle.</summary>
    public Task MoveAsync(int obstacleId, ObstacleStatus to, string? note, Actor actor, CancellationToken ct = default) =>
        MutateAsync(obstacleId, actor, (o, now) =>
        {
            if (o.OfficialId == actor.UserId && !(o.Status == ObstacleStatus.Resolved && to == ObstacleStatus.Open))
                throw new DomainException("Status kendala diubah oleh pendamping Anda; Anda dapat menambahkan tanggapan atau membuka kembali kendala yang sudah selesai.");
            o.MoveTo(to, actor.UserId, note, now);
        }, ct);

    private async Task MutateAsync(int obstacleId, Actor actor, Action<Obstacle, DateTimeOffset> change, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var obstacle = await db.Obstacles.Include(o => o.Entries).SingleOrDefaultAsync(o => o.Id == obstacleId, ct)
            ?? throw new DomainException(NotFoundMessage);
        await MentoringAccess.DemandReadAsync(db, actor, obstacle.OfficialId, obstacle.RegencyCode, ct);
        if (obstacle.OfficialId != actor.UserId) await MentoringAccess.DemandMentorAsync(db, actor, obstacle.OfficialId, ct);
        change(obstacle, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }
}
