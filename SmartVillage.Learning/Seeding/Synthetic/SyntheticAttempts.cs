using System.Globalization;
using SmartVillage.Domain.Assessments;

namespace SmartVillage.Learning.Seeding.Synthetic;

/// <summary>
/// Graded quiz attempts for `seed synthetic`: per enrollment (almost always) one pre-test attempt (score ~ N(45, 15)); after
/// a completed course one post-test attempt (~ N(74, 12)) and a second for most who failed and a few who passed (the content's
/// post-test allows two); after half a course or more, often a weaker post-test attempt (~ N(60, 14)), sometimes retaken. At the
/// course's pre-test and post-test (published first, else the oldest, as the gain figures pick them); plus each official's
/// LearningGains row, computed with the same domain rule the graded handler uses. No AttemptQuestion rows: the reports and competency evidence read only
/// attempts and stored gains (docs/performance.md).
/// </summary>
public sealed class SyntheticAttempts : ISyntheticSeedStep
{
    private sealed record Test(int Id, GradingMethod Method, int PassingScore);

    /// <summary>Most learners take the pre-test when they start; a few go straight to the lessons.</summary>
    private const double PreTestShare = 0.97;

    public async Task<string> RunAsync(SyntheticData data, CancellationToken ct)
    {
        var tests = new Dictionary<(int CourseId, string Purpose), Test>();
        using (var read = data.Command("""
            SELECT CourseId, Purpose, Id, GradingMethod, PassingScore FROM Quizzes WHERE Purpose IN ('PreTest', 'PostTest')
            ORDER BY CASE Status WHEN 'Published' THEN 0 ELSE 1 END, Id
            """))
        await using (var reader = await read.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                tests.TryAdd((reader.GetInt32(0), reader.GetString(1)), new Test(reader.GetInt32(2), Enum.Parse<GradingMethod>(reader.GetString(3)), reader.GetInt32(4)));
        }

        using var attempt = data.Command("""
            INSERT INTO QuizAttempts (QuizId, UserId, Number, StartedAt, Deadline, State, SubmittedAt, AutoSubmitted, PassingScore, MarksPossible,
                MarksEarned, ScorePercent, Passed, GradedAt, RowVersion)
            VALUES ($quiz, $user, $number, $started, NULL, 'Graded', $submitted, 0, $passing, '20.0', $earned, $score, $passed, $submitted, $version)
            """);
        var a = SyntheticDataSeeder.Parameters(attempt, "$quiz", "$user", "$number", "$started", "$submitted", "$passing", "$earned", "$score", "$passed", "$version");
        using var gain = data.Command("""
            INSERT INTO LearningGains (UserId, CourseId, PreScore, PostScore, Gain, NormalisedGain, UpdatedAt)
            VALUES ($user, $course, $pre, $post, $gain, $normalised, $at)
            """);
        var g = SyntheticDataSeeder.Parameters(gain, "$user", "$course", "$pre", "$post", "$gain", "$normalised", "$at");

        var attempts = 0;
        var gains = 0;
        foreach (var enrollment in data.Enrollments)
        {
            var pre = tests.GetValueOrDefault((enrollment.CourseId, nameof(QuizPurpose.PreTest)));
            var post = tests.GetValueOrDefault((enrollment.CourseId, nameof(QuizPurpose.PostTest)));
            var at = enrollment.EnrolledAt.AddMinutes(30 + data.Random.Next(600));
            var preAttempts = new List<FinishedAttempt>();
            var postAttempts = new List<FinishedAttempt>();
            if (pre is not null && data.Random.NextDouble() < PreTestShare) preAttempts.Add(Insert(enrollment.UserId, pre, 1, 45, 15, at));
            if (post is not null)
            {
                // After the last lesson read: a post-test is taken at the end, finished or not.
                at = Later(at, enrollment.LastActivity ?? at).AddHours(1 + data.Random.Next(72));
                // A recent enrollment whose post-test would fall after today has not taken it yet.
                var due = Past(at);
                if (due && enrollment.Completed)
                {
                    var first = Insert(enrollment.UserId, post, 1, 74, 12, at);
                    postAttempts.Add(first);
                    // The post-test allows two attempts: most who failed try again, a few who passed try for more.
                    var passed = first.ScorePercent >= post.PassingScore;
                    var retake = first.GradedAt.AddDays(1 + data.Random.Next(7));
                    if (data.Random.NextDouble() < (passed ? 0.1 : 0.85) && Past(retake))
                        postAttempts.Add(Insert(enrollment.UserId, post, 2, passed ? 82 : 78, 10, retake));
                }
                else if (due && enrollment.LessonCount > 0 && enrollment.LessonsRead * 2 >= enrollment.LessonCount && data.Random.NextDouble() < 0.6)
                {
                    // Half the course read and a go at the post-test anyway: weaker scores, no certificate without every lesson.
                    var first = Insert(enrollment.UserId, post, 1, 60, 14, at);
                    postAttempts.Add(first);
                    var retake = first.GradedAt.AddDays(1 + data.Random.Next(7));
                    if (first.ScorePercent < post.PassingScore && data.Random.NextDouble() < 0.3 && Past(retake))
                        postAttempts.Add(Insert(enrollment.UserId, post, 2, 64, 14, retake));
                }
            }
            if (preAttempts.Count == 0 && postAttempts.Count == 0) continue;
            var figures = LearningGain.From(preAttempts, post?.Method ?? GradingMethod.Highest, post?.PassingScore ?? 0, postAttempts);
            if (figures.PreScore is null && figures.PostScore is null) continue;
            g[0].Value = enrollment.UserId;
            g[1].Value = enrollment.CourseId;
            g[2].Value = Db(figures.PreScore);
            g[3].Value = Db(figures.PostScore);
            g[4].Value = Db(figures.Gain);
            g[5].Value = Db(figures.NormalisedGain);
            g[6].Value = SyntheticDataSeeder.Sql((postAttempts.Count > 0 ? postAttempts[^1] : preAttempts[^1]).GradedAt);
            await gain.ExecuteNonQueryAsync(ct);
            gains++;
        }
        return $"{attempts} quiz attempts, {gains} learning gains";

        // Graded (at most 45 minutes after the start) before the seed's "now".
        bool Past(DateTimeOffset started) => started.AddHours(1) < data.Now;

        FinishedAttempt Insert(string userId, Test test, int number, double mean, double deviation, DateTimeOffset started)
        {
            // Twenty one-mark questions: the score is a whole number of marks, as a real multiple-choice test gives.
            var marks = (int)Math.Clamp(Math.Round(Normal(data.Random, mean, deviation) / 5), 0, 20);
            var score = marks * 5m;
            var submitted = started.AddMinutes(5 + data.Random.Next(40));
            a[0].Value = test.Id;
            a[1].Value = userId;
            a[2].Value = number;
            a[3].Value = SyntheticDataSeeder.Sql(started);
            a[4].Value = SyntheticDataSeeder.Sql(submitted);
            a[5].Value = test.PassingScore;
            a[6].Value = Text(marks);
            a[7].Value = Text(score);
            a[8].Value = score >= test.PassingScore ? 1 : 0;
            a[9].Value = SyntheticDataSeeder.RandomGuid(data.Random).ToString().ToUpperInvariant();
            attempt.ExecuteNonQuery();
            attempts++;
            return new FinishedAttempt(number, score, false, submitted);
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static double Normal(Random random, double mean, double deviation)
    {
        // Box–Muller from the seeded Random, so the same --seed gives the same scores.
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + deviation * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>Decimals as EF Core's SQLite provider writes them (text), so EF reads and sums these rows like its own.</summary>
    internal static string Text(decimal value) => value.ToString("0.0###########", CultureInfo.InvariantCulture);

    private static object Db(decimal? value) => value is { } v ? Text(v) : DBNull.Value;
}
