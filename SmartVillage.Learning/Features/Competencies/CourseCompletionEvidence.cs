using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Reports;

namespace SmartVillage.Learning.Features.Competencies;

/// <summary>Every lesson of a mapped course read (Enrollment.CompletedAt set): shows Dasar at most.</summary>
public sealed class CourseCompletionEvidence : ICompetencyEvidenceSource
{
    public EvidenceKind Kind => EvidenceKind.CourseCompleted;

    public IQueryable<EvidenceRow> Query(LearningDbContext db, ReportFilter filter)
    {
        const CompetencyLevel ceiling = CompetencyLevel.Basic;
        var enrollments = db.Enrollments.Where(e => e.CompletedAt != null);
        if (filter.FromUtcText is { } from) enrollments = enrollments.Where(e => ReportSql.Utc(e.CompletedAt!.Value).CompareTo(from) >= 0);
        if (filter.UntilUtcText is { } until) enrollments = enrollments.Where(e => ReportSql.Utc(e.CompletedAt!.Value).CompareTo(until) < 0);
        var mappings = db.CompetencyMappings.Where(m => m.Kind == MappingKind.Course);
        if (filter.TrackCode is { } track)
        {
            var courseIds = db.Courses.Where(c => c.TrackCode == track).Select(c => c.Id);
            mappings = mappings.Where(m => courseIds.Contains(m.CourseId!.Value));
        }
        return from e in enrollments
               join m in mappings on e.CourseId equals m.CourseId
               select new EvidenceRow
               {
                   UserId = e.UserId,
                   AreaCode = m.AreaCode,
                   Level = m.Level < ceiling ? m.Level : ceiling,
                   Kind = EvidenceKind.CourseCompleted,
                   SourceId = e.CourseId,
               };
    }

    public async Task<IReadOnlyDictionary<int, string>> NamesAsync(LearningDbContext db, IReadOnlyCollection<int> sourceIds, CancellationToken ct) =>
        await db.Courses.Where(c => sourceIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, ct);
}
