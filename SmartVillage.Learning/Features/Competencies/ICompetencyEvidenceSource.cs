using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Reports;

namespace SmartVillage.Learning.Features.Competencies;

/// <summary>
/// A kind of evidence as a composable query. The dashboard concatenates every registered source and takes
/// MAX(level) per official and area in SQL; "Kompetensi saya" runs the same sources for one official.
/// Registered: <see cref="CourseCompletionEvidence"/>, <see cref="WorkshopAttendanceEvidence"/>, <see cref="QuizPassedEvidence"/>,
/// <see cref="CertificateEvidence"/>. MentorConfirmed has no source yet (nothing in mentoring confirms a level).
/// </summary>
public interface ICompetencyEvidenceSource
{
    EvidenceKind Kind { get; }

    IQueryable<EvidenceRow> Query(LearningDbContext db, ReportFilter filter);

    /// <summary>Names of the sources of this kind for a profile, by SourceId.</summary>
    Task<IReadOnlyDictionary<int, string>> NamesAsync(LearningDbContext db, IReadOnlyCollection<int> sourceIds, CancellationToken ct);
}
