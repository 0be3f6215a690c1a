using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Competencies;

/// <summary>
/// A kind of evidence, read from the facts it rests on for a set of officials. "Kompetensi saya" reads it live for one
/// official; <see cref="EarnedEvidenceRefresher"/> copies it into <see cref="EarnedEvidence"/> rows, which the reports read.
/// Registered: <see cref="CourseCompletionEvidence"/>, <see cref="WorkshopAttendanceEvidence"/>, <see cref="QuizPassedEvidence"/>,
/// <see cref="CertificateEvidence"/>, <see cref="MentorConfirmationEvidence"/>.
/// </summary>
public interface ICompetencyEvidenceSource
{
    EvidenceKind Kind { get; }

    /// <summary>Every piece of this kind of evidence the officials hold (at most about a thousand ids per call: SQL Server's parameter limit).</summary>
    Task<IReadOnlyList<EvidenceRow>> ForAsync(LearningDbContext db, IReadOnlyCollection<string> userIds, CancellationToken ct);

    /// <summary>Names of the sources of this kind for a profile, by SourceId.</summary>
    Task<IReadOnlyDictionary<int, string>> NamesAsync(LearningDbContext db, IReadOnlyCollection<int> sourceIds, CancellationToken ct);
}
