using SmartVillage.Domain.Competencies;

namespace SmartVillage.Domain.Tests.Competencies;

public class CompetencyFrameworkValidatorTests
{
    private static readonly CompetencyFrameworkValidator Validator = new(["sistem-informasi-desa", "manajemen-proyek-pembangunan-desa"], ["MP", "TD", "KE"]);

    private static AreaDocument Area(int line = 3, string code = "literasi-digital") => new()
    {
        Line = line,
        Code = code,
        Title = "Literasi Digital",
        Levels =
        [
            new LevelDocument { Line = line + 3, Name = "Dasar", Indicators = ["Memakai surel"] },
            new LevelDocument { Line = line + 5, Name = "Menengah", Indicators = ["Mengelola arsip digital"] },
            new LevelDocument { Line = line + 7, Name = "Mahir", Indicators = ["Melatih rekan"] },
        ],
        Evidence = [new EvidenceDocument { Line = line + 10, Level = "Dasar", Course = "sistem-informasi-desa" }],
    };

    [Fact]
    public void Check_AWellFormedFramework_HasNoProblems()
    {
        Assert.Empty(Validator.Check(new CompetencyFrameworkDocument { PassingScore = 70, Areas = [Area()] }));
    }

    [Fact]
    public void Check_UnknownCourseAndBadLevel_ReportTheirLines()
    {
        var area = Area();
        area.Evidence.Add(new EvidenceDocument { Line = 20, Level = "Menengah", Course = "kursus-hilang" });
        area.Evidence.Add(new EvidenceDocument { Line = 22, Level = "Ahli", WorkshopTrack = "MP" });

        var problems = Validator.Check(new CompetencyFrameworkDocument { Areas = [area] });

        Assert.Contains(problems, p => p.Line == 20 && p.Message.Contains("kursus-hilang"));
        Assert.Contains(problems, p => p.Line == 22 && p.Message.Contains("\"Ahli\""));
    }

    [Fact]
    public void Check_MissingLevelAndEmptyIndicators_Refused()
    {
        var area = Area();
        area.Levels.RemoveAt(2);
        area.Levels[0].Indicators.Clear();

        var problems = Validator.Check(new CompetencyFrameworkDocument { Areas = [area] });

        Assert.Contains(problems, p => p.Line == 3 && p.Message.Contains("tingkat Mahir"));
        Assert.Contains(problems, p => p.Line == 6 && p.Message.Contains("indikator"));
    }

    [Fact]
    public void Check_EvidenceNamingTwoTargetsOrABadQuiz_Refused()
    {
        var area = Area();
        area.Evidence.Add(new EvidenceDocument { Line = 30, Level = "Dasar", Course = "sistem-informasi-desa", WorkshopTrack = "TD" });
        area.Evidence.Add(new EvidenceDocument { Line = 31, Level = "Menengah", Quiz = "sistem-informasi-desa/ujian" });
        area.Evidence.Add(new EvidenceDocument { Line = 32, Level = "Menengah", WorkshopTrack = "XX" });
        area.Evidence.Add(new EvidenceDocument { Line = 33, Level = "Dasar", Course = "sistem-informasi-desa", MinScore = 80 });

        var problems = Validator.Check(new CompetencyFrameworkDocument { Areas = [area] });

        Assert.Contains(problems, p => p.Line == 30 && p.Message.Contains("tepat satu"));
        Assert.Contains(problems, p => p.Line == 31 && p.Message.Contains("post-test"));
        Assert.Contains(problems, p => p.Line == 32 && p.Message.Contains("\"XX\""));
        Assert.Contains(problems, p => p.Line == 33 && p.Message.Contains("min_score"));
    }

    [Fact]
    public void Check_DuplicateAreaCode_Refused()
    {
        var problems = Validator.Check(new CompetencyFrameworkDocument { Areas = [Area(3), Area(40)] });

        Assert.Contains(problems, p => p.Line == 40 && p.Message.Contains("lebih dari sekali"));
    }

    [Fact]
    public void QuizReference_ReadsSlugAndPurpose()
    {
        Assert.True(CompetencyReferences.TryParseQuiz("sistem-informasi-desa/post-test", out var slug, out var purpose));
        Assert.Equal(("sistem-informasi-desa", SmartVillage.Domain.Assessments.QuizPurpose.PostTest), (slug, purpose));
        Assert.True(CompetencyReferences.TryParseCategory("sistem-informasi-desa/Post-test/Data", out _, out var path));
        Assert.Equal("Post-test/Data", path);
    }
}
