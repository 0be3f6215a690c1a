namespace SmartVillage.Domain.Assessments;

public enum GradeStatus
{
    /// <summary>Graded automatically; the fraction is final.</summary>
    Graded,

    /// <summary>An essay: a trainer grades it; until then it has no fraction.</summary>
    NeedsManualGrading,

    /// <summary>A description: nothing to grade.</summary>
    NotGraded,
}
