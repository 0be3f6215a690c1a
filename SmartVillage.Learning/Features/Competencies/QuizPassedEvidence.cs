using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Competencies;

/// <summary>
/// A mapped test passed: the stored final outcome (LearningGains, by the quiz's grading method) of the course's
/// pre-test or post-test at or above the mapping's MinScore. A QuestionCategory mapping is judged on the course's
/// post-test score as a whole, not on that category's questions alone (decision 0010): per-category scores would
/// need every AttemptQuestion row, which the province-scale data does not keep. Practice quizzes have no stored
/// outcome and show nothing. SourceId is the course id; earned when the stored outcome last changed.
/// </summary>
public sealed class QuizPassedEvidence : ICompetencyEvidenceSource
{
    public EvidenceKind Kind => EvidenceKind.QuizPassed;

    public async Task<IReadOnlyList<EvidenceRow>> ForAsync(LearningDbContext db, IReadOnlyCollection<string> userIds, CancellationToken ct) =>
        await (from g in db.LearningGains
               where userIds.Contains(g.UserId)
               join course in db.Courses on g.CourseId equals course.Id
               join m in db.CompetencyMappings on g.CourseId equals m.CourseId
               where (m.Kind == MappingKind.Quiz && m.QuizPurpose == QuizPurpose.PreTest && g.PreScore >= m.MinScore)
                     || ((m.Kind == MappingKind.QuestionCategory || (m.Kind == MappingKind.Quiz && m.QuizPurpose == QuizPurpose.PostTest))
                         && g.PostScore >= m.MinScore)
               select new EvidenceRow
               {
                   UserId = g.UserId,
                   AreaCode = m.AreaCode,
                   Level = m.Level,
                   Kind = EvidenceKind.QuizPassed,
                   SourceId = g.CourseId,
                   EarnedAt = g.UpdatedAt,
                   TrackCode = course.TrackCode,
               }).ToListAsync(ct);

    public async Task<IReadOnlyDictionary<int, string>> NamesAsync(LearningDbContext db, IReadOnlyCollection<int> sourceIds, CancellationToken ct) =>
        await db.Courses.Where(c => sourceIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => "Tes " + c.Title, ct);
}
