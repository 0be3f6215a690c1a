using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Competencies;

/// <summary>
/// A mentor's active confirmation (withdrawn and replaced ones show nothing): the confirmed level, earned when confirmed.
/// It belongs to no course or workshop, so it has no track (the report's track filter leaves it out). SourceId is the
/// confirmation id; the profile names the mentor and what they saw.
/// </summary>
public sealed class MentorConfirmationEvidence : ICompetencyEvidenceSource
{
    public EvidenceKind Kind => EvidenceKind.MentorConfirmed;

    public async Task<IReadOnlyList<EvidenceRow>> ForAsync(LearningDbContext db, IReadOnlyCollection<string> userIds, CancellationToken ct) =>
        await db.CompetencyConfirmations
            .Where(c => c.WithdrawnAt == null && userIds.Contains(c.OfficialId))
            .Select(c => new EvidenceRow
            {
                UserId = c.OfficialId,
                AreaCode = c.AreaCode,
                Level = c.Level,
                Kind = EvidenceKind.MentorConfirmed,
                SourceId = c.Id,
                EarnedAt = c.ConfirmedAt,
                TrackCode = null,
            }).ToListAsync(ct);

    public async Task<IReadOnlyDictionary<int, string>> NamesAsync(LearningDbContext db, IReadOnlyCollection<int> sourceIds, CancellationToken ct) =>
        await (from c in db.CompetencyConfirmations
               where sourceIds.Contains(c.Id)
               join u in db.Users on c.MentorId equals u.Id
               select new { c.Id, u.FullName, c.Note })
            .ToDictionaryAsync(c => c.Id, c => Describe(c.FullName, c.Note), ct);

    /// <summary>The page puts the kind's label ("Konfirmasi pendamping") before this: the mentor, then what they saw.</summary>
    public static string Describe(string mentorName, string note) => $"{mentorName} — “{note}”";
}
