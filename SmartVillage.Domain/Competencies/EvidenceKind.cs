namespace SmartVillage.Domain.Competencies;

/// <summary>What an official did that shows a competency.</summary>
public enum EvidenceKind
{
    /// <summary>Read every lesson of a mapped course.</summary>
    CourseCompleted = 1,

    /// <summary>Attended a mapped workshop at or above its completion threshold.</summary>
    WorkshopAttended = 2,

    /// <summary>Scored at or above the mapping's threshold on a mapped quiz (the post-test, usually).</summary>
    QuizPassed = 3,

    /// <summary>Holds an unrevoked certificate for a mapped course or workshop.</summary>
    Certificate = 4,

    /// <summary>A mentor confirmed the level from the official's work.</summary>
    MentorConfirmed = 5,
}

public static class EvidenceKinds
{
    /// <summary>
    /// The highest level a kind of evidence can show, whatever the mapping says. Reading lessons shows
    /// exposure, not ability, so it proves Dasar at most; sitting through a workshop shows practice, up to
    /// Menengah. A passed test, a certificate or a mentor's confirmation shows the mapped level itself.
    /// </summary>
    public static CompetencyLevel Ceiling(EvidenceKind kind) => kind switch
    {
        EvidenceKind.CourseCompleted => CompetencyLevel.Basic,
        EvidenceKind.WorkshopAttended => CompetencyLevel.Intermediate,
        _ => CompetencyLevel.Advanced,
    };

    public static string Label(EvidenceKind kind) => kind switch
    {
        EvidenceKind.CourseCompleted => "Menyelesaikan kursus",
        EvidenceKind.WorkshopAttended => "Mengikuti bimtek",
        EvidenceKind.QuizPassed => "Lulus post-test",
        EvidenceKind.Certificate => "Sertifikat",
        _ => "Konfirmasi pendamping",
    };
}
