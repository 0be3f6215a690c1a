using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Evaluations;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Evaluations;

/// <summary>
/// The province template's versions: the newest is what new evaluations are built from; version 1 comes from
/// content/evaluations/template.yml the first time one is needed; an admin's change is stored as the next version
/// (unique per key and version, so two admins saving at once cannot both make version N).
/// </summary>
public sealed class EvaluationTemplates(IDbContextFactory<LearningDbContext> dbFactory, EvaluationContent content, TimeProvider clock)
{
    public const string AdminsOnlyMessage = "Hanya admin yang dapat mengubah templat evaluasi provinsi.";
    public const string StaleMessage = "Templat baru saja diubah admin lain; muat ulang lalu simpan lagi.";

    /// <summary>The newest version, stored from content first when there is none.</summary>
    public async Task<EvaluationTemplate> CurrentAsync(CancellationToken ct = default)
    {
        var key = content.Template().Key;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var current = await NewestAsync(db, key, ct);
        if (current is not null) return current;
        var doc = content.Template();
        db.EvaluationTemplates.Add(EvaluationTemplate.First(doc.Key, doc.Title, doc.Scale, doc.Items, null, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request stored version 1 at the same moment: take theirs.
        }
        await using var fresh = await dbFactory.CreateDbContextAsync(ct);
        return await NewestAsync(fresh, key, ct) ?? throw new DomainException("Templat evaluasi tidak dapat disimpan.");
    }

    /// <summary>Stores the admin's change as the next version; <paramref name="basedOnVersion"/> is the version they edited.</summary>
    public async Task<int> ReviseAsync(Actor actor, int basedOnVersion, string title, int scale, IReadOnlyList<TemplateItemDraft> items, CancellationToken ct = default)
    {
        if (!actor.IsAdmin) throw new DomainException(AdminsOnlyMessage);
        var current = await CurrentAsync(ct);
        if (current.Version != basedOnVersion) throw new DomainException(StaleMessage);
        var next = current.Revise(title, scale, items, actor.UserId, clock.GetUtcNow());
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.EvaluationTemplates.Add(next);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new DomainException(StaleMessage);
        }
        return next.Version;
    }

    private static Task<EvaluationTemplate?> NewestAsync(LearningDbContext db, string key, CancellationToken ct) =>
        db.EvaluationTemplates.AsNoTracking().Include(t => t.Items).Where(t => t.Key == key).OrderByDescending(t => t.Version).FirstOrDefaultAsync(ct);
}
