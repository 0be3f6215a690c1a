using SmartVillage.Domain.Assessments;

namespace SmartVillage.Domain.Competencies;

/// <summary>
/// "This course / quiz / question category / workshop evidences this area at this level." Rows are replaced
/// as a whole by each content import; reports join them to enrollments, attendance, attempts and certificates.
/// </summary>
public sealed class CompetencyMapping
{
    private CompetencyMapping() { }

    private CompetencyMapping(string areaCode, CompetencyLevel level, MappingKind kind)
    {
        AreaCode = areaCode;
        Level = level;
        Kind = kind;
    }

    public int Id { get; private set; }
    public string AreaCode { get; private set; } = "";
    public CompetencyLevel Level { get; private set; }
    public MappingKind Kind { get; private set; }

    /// <summary>The course (Course, Quiz, QuestionCategory; Workshop when mapped by course).</summary>
    public int? CourseId { get; private set; }

    /// <summary>For Quiz: which of the course's quizzes.</summary>
    public QuizPurpose? QuizPurpose { get; private set; }

    /// <summary>For QuestionCategory: the category path in the course's bank, e.g. "Post-test/Anggaran".</summary>
    public string? CategoryPath { get; private set; }

    /// <summary>For Workshop mapped by track: every workshop of this track.</summary>
    public string? TrackCode { get; private set; }

    /// <summary>For Quiz and QuestionCategory: the score (0–100) at or above which the quiz evidences the level.</summary>
    public int? MinScore { get; private set; }

    public static CompetencyMapping ForCourse(string areaCode, CompetencyLevel level, int courseId) =>
        new(areaCode, level, MappingKind.Course) { CourseId = courseId };

    public static CompetencyMapping ForQuiz(string areaCode, CompetencyLevel level, int courseId, QuizPurpose purpose, int minScore) =>
        new(areaCode, level, MappingKind.Quiz) { CourseId = courseId, QuizPurpose = purpose, MinScore = CheckScore(minScore) };

    public static CompetencyMapping ForQuestionCategory(string areaCode, CompetencyLevel level, int courseId, string categoryPath, int minScore) =>
        new(areaCode, level, MappingKind.QuestionCategory) { CourseId = courseId, CategoryPath = categoryPath, MinScore = CheckScore(minScore) };

    public static CompetencyMapping ForWorkshopsOfCourse(string areaCode, CompetencyLevel level, int courseId) =>
        new(areaCode, level, MappingKind.Workshop) { CourseId = courseId };

    public static CompetencyMapping ForWorkshopsOfTrack(string areaCode, CompetencyLevel level, string trackCode) =>
        new(areaCode, level, MappingKind.Workshop) { TrackCode = trackCode };

    private static int CheckScore(int score) =>
        score is < 0 or > 100 ? throw new DomainException("Nilai minimal antara 0 dan 100.") : score;
}
