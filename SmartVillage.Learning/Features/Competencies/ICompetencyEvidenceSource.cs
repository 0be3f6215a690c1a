using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Reports;

namespace SmartVillage.Learning.Features.Competencies;

/// <summary>
/// A kind of evidence as a composable query. The dashboard concatenates every registered source and takes
/// MAX(level) per official and area in SQL; "Kompetensi saya" runs the same sources for one official.
/// Registered now: <see cref="CourseCompletionEvidence"/>, <see cref="WorkshopAttendanceEvidence"/>.
/// To add after the merge (register with AddScoped&lt;ICompetencyEvidenceSource, …&gt;):
/// QuizPassed (final outcome ≥ mapping.MinScore on a mapped Quiz / QuestionCategory, SourceId = quiz id),
/// Certificate (unrevoked certificate for a mapped course or a workshop mapped by course or track, SourceId = certificate id),
/// MentorConfirmed (mentoring branch).
/// </summary>
public interface ICompetencyEvidenceSource
{
    EvidenceKind Kind { get; }

    IQueryable<EvidenceRow> Query(LearningDbContext db, ReportFilter filter);

    /// <summary>Names of the sources of this kind for a profile, by SourceId.</summary>
    Task<IReadOnlyDictionary<int, string>> NamesAsync(LearningDbContext db, IReadOnlyCollection<int> sourceIds, CancellationToken ct);
}
