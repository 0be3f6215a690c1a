namespace SmartVillage.Domain.Assessments;

/// <summary>Where an attempt stands.</summary>
public enum AttemptState
{
    /// <summary>Started, before the deadline, answers may change.</summary>
    InProgress,

    /// <summary>Submitted, every question graded but at least one essay waiting for a trainer; the score is provisional.</summary>
    Submitted,

    /// <summary>Every question graded: the score is final (until a trainer regrades an essay).</summary>
    Graded,
}
