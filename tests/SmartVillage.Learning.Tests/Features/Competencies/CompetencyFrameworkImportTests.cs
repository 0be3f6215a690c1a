using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Features.Competencies;
using SmartVillage.Learning.Infrastructure.Content;
using SmartVillage.Learning.Tests.TestSupport;
using SmartVillage.Learning.Features.ContentImport;

namespace SmartVillage.Learning.Tests.Features.Competencies;

public class CompetencyFrameworkImportTests
{
    [Fact]
    public async Task RepositoryFramework_IsImportedWithTheCourses_AndAgainChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();

        var areas = await database.QueryAsync(db => db.CompetencyAreas.OrderBy(a => a.Position).ToListAsync());
        Assert.Equal(["Manajemen Proyek", "Pengelolaan Keuangan Desa", "Literasi Digital", "Pengelolaan Sistem Informasi Desa", "Komunikasi Efektif"],
            areas.Select(a => a.Title));
        Assert.All(areas, a => Assert.All(CompetencyLevels.All, l => Assert.NotEmpty(a.IndicatorsFor(l))));
        Assert.True(await database.QueryAsync(db => db.CompetencyMappings.CountAsync(m => m.Kind == MappingKind.Quiz && m.MinScore == 85)) >= 1);

        var again = await database.Services.GetRequiredService<ContentImporter>().ImportAsync();
        Assert.True(again.Succeeded);
        Assert.False(again.ChangedAnything, again.ToString());
    }

    [Fact]
    public async Task BrokenFramework_ReportsFileAndLine_AndImportsNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var mappingsBefore = await database.QueryAsync(db => db.CompetencyMappings.CountAsync());
        using var content = new ContentFolder("sistem-informasi-desa");
        content.Write("competencies.yml", """
            passing_score: 70
            areas:
              - code: literasi-digital
                title: Literasi Digital
                levels:
                  Dasar: [Memakai surel]
                  Menengah: [Mengelola arsip digital]
                  Mahir: [Melatih rekan]
                evidence:
                  - course: sistem-informasi-desa
                    level: Dasar
                  - course: kursus-yang-tidak-ada
                    level: Menengah
                  - workshop_track: TD
                    level: Ahli
            """);

        var result = await database.Services.GetRequiredService<ContentImporter>().ImportAsync(content.Root);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.ToString().StartsWith("competencies.yml:12:") && e.Message.Contains("kursus-yang-tidak-ada"));
        Assert.Contains(result.Errors, e => e.ToString().StartsWith("competencies.yml:14:") && e.Message.Contains("\"Ahli\""));
        Assert.Equal(5, await database.QueryAsync(db => db.CompetencyAreas.CountAsync()));
        Assert.Equal(mappingsBefore, await database.QueryAsync(db => db.CompetencyMappings.CountAsync()));
    }
}
