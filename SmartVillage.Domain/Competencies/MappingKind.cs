namespace SmartVillage.Domain.Competencies;

/// <summary>What a mapping points at.</summary>
public enum MappingKind
{
    /// <summary>A course: completing it (and its certificate) evidences the area.</summary>
    Course = 1,

    /// <summary>A course's quiz of one purpose (pre-test, post-test): a score at or above the threshold evidences the area.</summary>
    Quiz = 2,

    /// <summary>A question category of a course's bank: a score on its questions at or above the threshold.</summary>
    QuestionCategory = 3,

    /// <summary>Workshops of a course, or of a track: attending one (and its certificate) evidences the area.</summary>
    Workshop = 4,
}
