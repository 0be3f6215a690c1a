using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Reports;

namespace SmartVillage.Learning.Features.Competencies;

/// <summary>
/// A mapped test passed: the stored final outcome (LearningGains, by the quiz's grading method) of the course's
/// pre-test or post-test at or above the mapping's MinScore. A QuestionCategory mapping is judged on the course's
/// post-test score as a whole, not on that category's questions alone (decision 0010): per-category scores would
/// need every AttemptQuestion row, which the province-scale data does not keep. Practice quizzes have no stored
/// outcome and show nothing. SourceId is the course id.
/// </summary>
public sealed class QuizPassedEvidence : ICompetencyEvidenceSource
{
    public EvidenceKind Kind => EvidenceKind.QuizPassed;

    public IQueryable<EvidenceRow> Query(LearningDbContext db, ReportFilter filter)
    {
        var gains = db.LearningGains.AsQueryable();
        if (filter.FromUtcText is { } from) gains = gains.Where(g => ReportSql.Utc(g.UpdatedAt).CompareTo(from) >= 0);
        if (filter.UntilUtcText is { } until) gains = gains.Where(g => ReportSql.Utc(g.UpdatedAt).CompareTo(until) < 0);
        var mappings = db.CompetencyMappings.Where(m => m.Kind == MappingKind.Quiz || m.Kind == MappingKind.QuestionCategory);
        if (filter.TrackCode is { } track)
        {
            var courseIds = db.Courses.Where(c => c.TrackCode == track).Select(c => c.Id);
            mappings = mappings.Where(m => courseIds.Contains(m.CourseId!.Value));
        }
        return from g in gains
               join m in mappings on g.CourseId equals m.CourseId
               where (m.Kind == MappingKind.Quiz && m.QuizPurpose == QuizPurpose.PreTest && g.PreScore >= m.MinScore)
                     || ((m.Kind == MappingKind.QuestionCategory || m.QuizPurpose == QuizPurpose.PostTest) && g.PostScore >= m.MinScore)
               select new EvidenceRow
               {
                   UserId = g.UserId,
                   AreaCode = m.AreaCode,
                   Level = m.Level,
                   Kind = EvidenceKind.QuizPassed,
                   SourceId = g.CourseId,
               };
    }

    public async Task<IReadOnlyDictionary<int, string>> NamesAsync(LearningDbContext db, IReadOnlyCollection<int> sourceIds, CancellationToken ct) =>
        await db.Courses.Where(c => sourceIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => "Tes " + c.Title, ct);
}
