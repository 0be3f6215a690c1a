using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Competencies;

/// <summary>Every lesson of a mapped course read (Enrollment.CompletedAt set): shows Dasar at most (<see cref="EvidenceKinds.Ceiling"/>).</summary>
public sealed class CourseCompletionEvidence : ICompetencyEvidenceSource
{
    public EvidenceKind Kind => EvidenceKind.CourseCompleted;

    public async Task<IReadOnlyList<EvidenceRow>> ForAsync(LearningDbContext db, IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        return await (from e in db.Enrollments
                      where e.CompletedAt != null && userIds.Contains(e.UserId)
                      join course in db.Courses on e.CourseId equals course.Id
                      join m in db.CompetencyMappings on e.CourseId equals m.CourseId
                      where m.Kind == MappingKind.Course
                      select new EvidenceRow
                      {
                          UserId = e.UserId,
                          AreaCode = m.AreaCode,
                          Level = m.Level,
                          Kind = EvidenceKind.CourseCompleted,
                          SourceId = e.CourseId,
                          EarnedAt = e.CompletedAt!.Value,
                          TrackCode = course.TrackCode,
                      }).ToListAsync(ct);
    }

    public async Task<IReadOnlyDictionary<int, string>> NamesAsync(LearningDbContext db, IReadOnlyCollection<int> sourceIds, CancellationToken ct) =>
        await db.Courses.Where(c => sourceIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, ct);
}
