using SmartVillage.Domain.Competencies;

namespace SmartVillage.Domain.Tests.Competencies;

public class CompetencyLevelRuleTests
{
    private const string Area = "manajemen-proyek";

    private static CompetencyEvidence E(EvidenceKind kind, CompetencyLevel mapped, string area = Area) => new(area, mapped, kind, kind.ToString());

    [Fact]
    public void LevelOf_NoEvidence_IsNone()
    {
        Assert.Null(CompetencyLevelRule.LevelOf([], Area));
        Assert.Equal("Belum", CompetencyLevels.Label((CompetencyLevel?)null));
    }

    [Fact]
    public void LevelOf_CompletedCourseMappedMahir_ShowsOnlyDasar()
    {
        Assert.Equal(CompetencyLevel.Basic, CompetencyLevelRule.LevelOf([E(EvidenceKind.CourseCompleted, CompetencyLevel.Advanced)], Area));
    }

    [Fact]
    public void LevelOf_AttendedWorkshopMappedMahir_ShowsMenengahAtMost()
    {
        Assert.Equal(CompetencyLevel.Intermediate, CompetencyLevelRule.LevelOf([E(EvidenceKind.WorkshopAttended, CompetencyLevel.Advanced)], Area));
        Assert.Equal(CompetencyLevel.Basic, CompetencyLevelRule.LevelOf([E(EvidenceKind.WorkshopAttended, CompetencyLevel.Basic)], Area));
    }

    [Theory]
    [InlineData(EvidenceKind.QuizPassed)]
    [InlineData(EvidenceKind.Certificate)]
    [InlineData(EvidenceKind.MentorConfirmed)]
    public void LevelOf_StrongEvidence_ShowsTheMappedLevel(EvidenceKind kind)
    {
        Assert.Equal(CompetencyLevel.Advanced, CompetencyLevelRule.LevelOf([E(kind, CompetencyLevel.Advanced)], Area));
    }

    [Fact]
    public void LevelOf_TakesTheHighestAndIgnoresOtherAreas()
    {
        var evidence = new[]
        {
            E(EvidenceKind.CourseCompleted, CompetencyLevel.Intermediate),
            E(EvidenceKind.QuizPassed, CompetencyLevel.Intermediate),
            E(EvidenceKind.MentorConfirmed, CompetencyLevel.Advanced, area: "literasi-digital"),
        };

        var levels = CompetencyLevelRule.LevelsOf([Area, "literasi-digital", "komunikasi-efektif"], evidence);

        Assert.Equal(CompetencyLevel.Intermediate, levels[Area]);
        Assert.Equal(CompetencyLevel.Advanced, levels["literasi-digital"]);
        Assert.Null(levels["komunikasi-efektif"]);
    }

    [Theory]
    [InlineData("Dasar", CompetencyLevel.Basic)]
    [InlineData("menengah", CompetencyLevel.Intermediate)]
    [InlineData(" MAHIR ", CompetencyLevel.Advanced)]
    public void TryParse_ReadsTheIndonesianNames(string text, CompetencyLevel expected)
    {
        Assert.True(CompetencyLevels.TryParse(text, out var level));
        Assert.Equal(expected, level);
        Assert.False(CompetencyLevels.TryParse("Ahli", out _));
    }
}
