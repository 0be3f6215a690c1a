using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartVillage.Domain;
using SmartVillage.Domain.Regions;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Infrastructure.Content;

namespace SmartVillage.Learning.Features.Regions;

/// <summary>
/// Loads content/regions (the Lampung subset of idn-area-data) into the database: inserts what is
/// missing and renames what changed, all in one transaction, never deleting a region someone refers to.
/// </summary>
public sealed class RegionCatalogImporter(IDbContextFactory<LearningDbContext> dbFactory, IOptions<ContentOptions> content, ILogger<RegionCatalogImporter> logger)
{
    private static readonly CsvConfiguration Csv = new(CultureInfo.InvariantCulture) { PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant() };

    public async Task<RegionImportSummary> ImportAsync(CancellationToken ct = default)
    {
        var folder = Path.Combine(content.Value.Root, "regions");
        var regencies = Read(folder, "regencies.csv", r => new Regency(r.GetField("code")!, r.GetField("name")!, r.GetField("village_term")!));
        var districts = Read(folder, "districts.csv", r => new District(r.GetField("code")!, r.GetField("regency_code")!, r.GetField("name")!));
        var villages = Read(folder, "villages.csv", r => new Village(r.GetField("code")!, r.GetField("district_code")!, r.GetField("name")!));

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var added = 0;
            added += await UpsertAsync(db.Regencies, regencies, r => r.Code, (have, want) => have.Rename(want.Name, want.VillageTerm), ct);
            added += await UpsertAsync(db.Districts, districts, d => d.Code, (have, want) => have.Rename(want.Name), ct);
            added += await UpsertAsync(db.Villages, villages, v => v.Code, (have, want) => have.Rename(want.Name), ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            logger.LogInformation("Regions imported: {Regencies} regencies, {Districts} districts, {Villages} villages ({Added} new)",
                regencies.Count, districts.Count, villages.Count, added);
            return new RegionImportSummary(regencies.Count, districts.Count, villages.Count, added);
        });
    }

    private static async Task<int> UpsertAsync<T>(DbSet<T> set, IReadOnlyList<T> wanted, Func<T, string> key, Action<T, T> update, CancellationToken ct)
        where T : class
    {
        var existing = (await set.ToListAsync(ct)).ToDictionary(key);
        var added = 0;
        foreach (var item in wanted)
        {
            if (existing.TryGetValue(key(item), out var have)) update(have, item);
            else { set.Add(item); added++; }
        }
        return added;
    }

    private static List<T> Read<T>(string folder, string file, Func<CsvReader, T> map)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path)) throw new DomainException($"Berkas wilayah tidak ditemukan: {path}");
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, Csv);
        csv.Read();
        csv.ReadHeader();
        var items = new List<T>();
        while (csv.Read())
        {
            try { items.Add(map(csv)); }
            catch (Exception e) when (e is DomainException or CsvHelperException)
            {
                throw new DomainException($"{file} baris {csv.Parser.RawRow}: {e.Message}");
            }
        }
        return items;
    }
}

public sealed record RegionImportSummary(int Regencies, int Districts, int Villages, int Added);
