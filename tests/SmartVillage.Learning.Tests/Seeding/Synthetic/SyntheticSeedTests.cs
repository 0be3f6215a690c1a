using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Certificates;
using SmartVillage.Learning.Seeding.Synthetic;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Seeding.Synthetic;

public class SyntheticSeedTests
{
    [Fact]
    public async Task SmallSeed_CreatesAttemptsGainsAndCertificates_TheSameForTheSameSeed()
    {
        var first = await SeedAsync();
        var second = await SeedAsync();

        var (attempts, gains, certificates) = first;
        Assert.Equal(attempts, second.Item1);
        Assert.Equal(gains, second.Item2);
        Assert.Equal(certificates, second.Item3);
        Assert.InRange(attempts.Count, 20, 1000);
        Assert.All(attempts, a => Assert.InRange(a.Score, 0m, 100m));
        Assert.NotEmpty(gains);
        Assert.NotEmpty(certificates);
        // Numbered per year without gaps (after any earlier certificates), in the real format, with codes in the real alphabet.
        foreach (var year in certificates.GroupBy(c => c.Year))
        {
            var sequences = year.Select(c => c.Sequence).Order().ToList();
            Assert.Equal(Enumerable.Range(sequences[0], sequences.Count), sequences);
        }
        Assert.All(certificates, c =>
        {
            Assert.Matches(@"^\d{3,}/SV-[A-Z]+/[A-Z]+/[IVX]+/\d{4}$", c.Number);
            Assert.Equal(c.Code, VerificationCode.Normalize(c.Code));
            Assert.Equal(CertificateStatus.Valid, c.Status);
        });
    }

    private sealed record AttemptRow(string UserId, int QuizId, int Number, decimal Score);

    private sealed record CertificateRow(string UserId, string Number, string Code, int Year, int Sequence, CertificateStatus Status);

    private static async Task<(List<AttemptRow>, List<(string, int, decimal?, decimal?)>, List<CertificateRow>)> SeedAsync()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.InScopeAsync<SyntheticDataSeeder, SyntheticDataSeeder.Summary>(s => s.SeedAsync(8, 5, seed: 7));
        return await database.QueryAsync(async db =>
        {
            var attempts = (await db.QuizAttempts.Where(a => a.State == AttemptState.Graded)
                    .Select(a => new { a.UserId, a.QuizId, a.Number, a.ScorePercent }).ToListAsync())
                .Select(a => new AttemptRow(a.UserId, a.QuizId, a.Number, a.ScorePercent!.Value))
                .OrderBy(a => a.UserId, StringComparer.Ordinal).ThenBy(a => a.QuizId).ThenBy(a => a.Number).ToList();
            var gains = (await db.LearningGains.Select(g => new { g.UserId, g.CourseId, g.PreScore, g.PostScore }).ToListAsync())
                .Select(g => (g.UserId, g.CourseId, g.PreScore, g.PostScore)).OrderBy(g => g.UserId, StringComparer.Ordinal).ThenBy(g => g.CourseId).ToList();
            var certificates = (await db.Certificates.Where(c => db.Users.Any(u => u.Id == c.UserId && u.Email!.EndsWith("@" + SyntheticDataSeeder.EmailDomain))).Select(c => new { c.UserId, c.Number, c.VerificationCode, c.Year, c.Sequence, c.Status })
                    .ToListAsync())
                .Select(c => new CertificateRow(c.UserId, c.Number, c.VerificationCode, c.Year, c.Sequence, c.Status)).OrderBy(c => c.Number, StringComparer.Ordinal).ToList();
            return (attempts, gains, certificates);
        });
    }
}
