using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Evaluations;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Mentoring;

namespace SmartVillage.Learning.Features.Evaluations.Indicators;

/// <summary>
/// The village indicators of the results level: a village's officials record each one per year (their village read from the
/// account, never from the request), the village's mentor confirms, the report counts confirmed villages per regency in SQL.
/// A record is unique per village, year and indicator, so two officials saving at once change one row.
/// </summary>
public sealed class VillageIndicatorService(IDbContextFactory<LearningDbContext> dbFactory, EvaluationContent content, TimeProvider clock)
{
    public const string NoVillageMessage = "Akun Anda belum terhubung ke desa/pekon; minta admin mengisi desa Anda.";
    public const string UnknownIndicatorMessage = "Indikator tidak dikenal.";
    public const string NotMentorMessage = "Anda bukan pendamping desa/pekon ini, jadi tidak dapat mengonfirmasi indikatornya.";
    public const string StaleMessage = "Isian indikator ini baru saja diubah; muat ulang lalu periksa lagi.";
    private const int MaxAttempts = 5;

    public IReadOnlyList<VillageIndicator> Indicators => content.Indicators();

    public int CurrentYear => clock.GetUtcNow().ToWib().Year;

    /// <summary>The official's own village, for one year.</summary>
    public async Task<VillageIndicatorSheet> MyVillageAsync(Actor official, int year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var village = await VillageOfAsync(db, official, ct);
        return await SheetAsync(db, village, year, ct);
    }

    public async Task RecordAsync(Actor official, int year, string indicatorCode, bool achieved, string? note, CancellationToken ct = default)
    {
        if (!Indicators.Any(i => i.Code == indicatorCode)) throw new DomainException(UnknownIndicatorMessage);
        var now = clock.GetUtcNow();
        VillageIndicatorRecord.CheckYear(year, now);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var village = await VillageOfAsync(db, official, ct);
            var record = await db.VillageIndicatorRecords.SingleOrDefaultAsync(r => r.VillageCode == village && r.Year == year && r.IndicatorCode == indicatorCode, ct);
            if (record is null) db.VillageIndicatorRecords.Add(new VillageIndicatorRecord(village, village[..5], year, indicatorCode, achieved, note, official.UserId, now));
            else record.Record(achieved, note, official.UserId, now);
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // A colleague saved the same indicator at the same moment: the unique index kept one row; change that one.
            }
        }
    }

    /// <summary>The villages a mentor accompanies (through an official or the whole village), each with its sheet of the year.</summary>
    public async Task<IReadOnlyList<VillageIndicatorSheet>> MentorVillagesAsync(Actor mentor, int year, CancellationToken ct = default)
    {
        if (!mentor.IsMentor) throw new DomainException(NotMentorMessage);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var villages = await MentoringAccess.MenteesOf(db, mentor.UserId).Where(u => u.VillageCode != null).Select(u => u.VillageCode!)
            .Union(db.MentorAssignments.Where(a => a.MentorId == mentor.UserId && a.VillageCode != null).Select(a => a.VillageCode!))
            .Distinct().ToListAsync(ct);
        var sheets = new List<VillageIndicatorSheet>();
        foreach (var village in villages.Order(StringComparer.Ordinal)) sheets.Add(await SheetAsync(db, village, year, ct));
        return sheets;
    }

    /// <summary>The mentor confirms a record of a village they accompany, as it was when they read it (its row version).</summary>
    public async Task ConfirmAsync(Actor mentor, int recordId, Guid rowVersion, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var record = await db.VillageIndicatorRecords.SingleOrDefaultAsync(r => r.Id == recordId, ct) ?? throw new DomainException("Isian indikator tidak ditemukan.");
        if (!mentor.IsMentor || !await MentorsVillageAsync(db, mentor.UserId, record.VillageCode, ct)) throw new DomainException(NotMentorMessage);
        if (record.RowVersion != rowVersion) throw new DomainException(StaleMessage);
        db.Entry(record).Property(r => r.RowVersion).OriginalValue = rowVersion;
        record.Confirm(mentor.UserId, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(StaleMessage);
        }
    }

    /// <summary>Per regency for one year: villages, villages with a confirmed achieved indicator, and confirmed villages per indicator (GROUP BY in SQL).</summary>
    public async Task<IReadOnlyList<IndicatorFigure>> FiguresAsync(int year, string? regencyCode = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var confirmed = db.VillageIndicatorRecords.Where(r => r.Year == year && r.Achieved && r.ConfirmedAt != null && (regencyCode == null || r.RegencyCode == regencyCode));
        var perIndicator = await confirmed.GroupBy(r => new { r.RegencyCode, r.IndicatorCode })
            .Select(g => new { g.Key.RegencyCode, g.Key.IndicatorCode, Count = g.Count() }).ToListAsync(ct);
        var perRegency = await confirmed.GroupBy(r => r.RegencyCode)
            .Select(g => new { Code = g.Key, Villages = g.Select(r => r.VillageCode).Distinct().Count() }).ToDictionaryAsync(g => g.Code, g => g.Villages, ct);
        var villages = await db.Villages.Where(v => regencyCode == null || v.DistrictCode.StartsWith(regencyCode + "."))
            .GroupBy(v => v.DistrictCode.Substring(0, 5)).Select(g => new { Code = g.Key, Count = g.Count() }).ToListAsync(ct);
        return villages.OrderBy(v => v.Code, StringComparer.Ordinal).Select(v => new IndicatorFigure(v.Code, v.Count, perRegency.GetValueOrDefault(v.Code),
                perIndicator.Where(p => p.RegencyCode == v.Code).ToDictionary(p => p.IndicatorCode, p => p.Count)))
            .ToList();
    }

    private static async Task<string> VillageOfAsync(LearningDbContext db, Actor official, CancellationToken ct)
    {
        if (!official.IsOfficial) throw new DomainException(NoVillageMessage);
        var village = await db.Users.Where(u => u.Id == official.UserId).Select(u => u.VillageCode).SingleOrDefaultAsync(ct);
        return village is { Length: 13 } ? village : throw new DomainException(NoVillageMessage);
    }

    private static async Task<bool> MentorsVillageAsync(LearningDbContext db, string mentorId, string villageCode, CancellationToken ct) =>
        await db.MentorAssignments.AnyAsync(a => a.MentorId == mentorId && a.VillageCode == villageCode, ct)
        || await MentoringAccess.MenteesOf(db, mentorId).AnyAsync(u => u.VillageCode == villageCode, ct);

    private async Task<VillageIndicatorSheet> SheetAsync(LearningDbContext db, string village, int year, CancellationToken ct)
    {
        var name = await db.Villages.Where(v => v.Code == village).Select(v => v.Name).SingleOrDefaultAsync(ct) ?? village;
        var records = await (from r in db.VillageIndicatorRecords
                             where r.VillageCode == village && r.Year == year
                             join u in db.Users on r.RecordedById equals u.Id
                             join m in db.Users on r.ConfirmedById equals m.Id into mentors
                             from m in mentors.DefaultIfEmpty()
                             select new { r.Id, r.IndicatorCode, r.Achieved, r.Note, By = u.FullName, r.RecordedAt, Mentor = m == null ? null : m.FullName, r.ConfirmedAt, r.RowVersion })
            .ToListAsync(ct);
        var lines = Indicators.Select(i =>
        {
            var r = records.FirstOrDefault(x => x.IndicatorCode == i.Code);
            return new IndicatorLine(i, r is null ? null : new IndicatorRecordView(r.Id, r.Achieved, r.Note, r.By, r.RecordedAt, r.Mentor, r.ConfirmedAt, r.RowVersion));
        }).ToList();
        return new VillageIndicatorSheet(village, name, year, lines);
    }
}
