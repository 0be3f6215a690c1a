using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Authoring;

namespace SmartVillage.Learning.Features.Assessments.QuizResults;

/// <summary>
/// A course's results for its trainers and admins (<see cref="CourseAccess"/>): per official the pre-test score, the
/// post-test final score by its grading method, passed, attempts and essays waiting; per question of each quiz how
/// many answered, got it fully right, the average points and the most chosen wrong option. Counts and averages per
/// question are GROUP BY queries; the grading method (first, last, highest, average of an official's attempts) is
/// applied in memory to the course's attempt scores.
/// </summary>
public sealed class ResultsService(IDbContextFactory<LearningDbContext> dbFactory)
{
    public const string CourseNotFoundMessage = "Kursus tidak ditemukan; mungkin sudah dihapus.";

    private static readonly QuestionType[] ChoiceTypes = [QuestionType.SingleChoice, QuestionType.MultipleAnswer, QuestionType.TrueFalse, QuestionType.MissingWord];

    /// <summary>The course's results; <paramref name="quizId"/> narrows officials, counts and statistics to one quiz.</summary>
    public async Task<CourseResults> ResultsAsync(Actor editor, int courseId, int? quizId = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var course = await db.Courses.Where(c => c.Id == courseId)
            .Select(c => new { c.Id, c.Slug, c.Title, Trainers = c.Trainers.Select(t => t.UserId).ToList() })
            .SingleOrDefaultAsync(ct) ?? throw new DomainException(CourseNotFoundMessage);
        CourseAccess.DemandEdit(editor, course.Trainers);

        var tests = (await CourseTests.ForCoursesAsync(db, [courseId], ct)).GetValueOrDefault(courseId) ?? new CourseTests(null, null);
        var quizzes = (await db.Quizzes.Where(q => q.CourseId == courseId).Select(q => new { q.Id, q.Title, q.Purpose, q.GradingMethod }).ToListAsync(ct))
            .OrderBy(q => q.Purpose).ThenBy(q => q.Id)
            .Select(q => new QuizChoice(q.Id, q.Title, q.Purpose, q.GradingMethod, q.Id == tests.PreTest?.Id, q.Id == tests.PostTest?.Id))
            .ToList();
        if (quizId is { } only && quizzes.All(q => q.Id != only)) quizId = null;
        var counted = quizId is { } one ? [one] : quizzes.Select(q => q.Id).ToList();

        // Every attempt at the course's quizzes (small rows): the grading method needs each official's attempt scores.
        var allIds = quizzes.Select(q => q.Id).ToList();
        var attempts = await db.QuizAttempts.Where(a => allIds.Contains(a.QuizId))
            .Select(a => new CourseTests.AttemptFigures(a.UserId, a.QuizId, a.Number, a.State, a.ScorePercent, a.GradedAt))
            .ToListAsync(ct);
        var byUser = attempts.ToLookup(a => a.UserId);
        var userIds = attempts.Where(a => counted.Contains(a.QuizId)).Select(a => a.UserId).Distinct().ToList();

        var pending = await (from q in db.AttemptQuestions
                             where q.GradeStatus == GradeStatus.NeedsManualGrading
                             join a in db.QuizAttempts on q.AttemptId equals a.Id
                             where counted.Contains(a.QuizId)
                             group q by a.UserId into g
                             select new { UserId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(p => p.UserId, p => p.Count, ct);

        var people = await (from u in db.Users
                            where userIds.Contains(u.Id)
                            join v in db.Villages on u.VillageCode equals v.Code into villages
                            from v in villages.DefaultIfEmpty()
                            select new { u.Id, u.FullName, Village = v == null ? null : v.Name, u.Position })
            .ToListAsync(ct);

        var rows = new List<OfficialResult>(people.Count);
        var gains = new List<LearningGain>(people.Count);
        foreach (var person in people)
        {
            var mine = byUser[person.Id].ToList();
            var gain = tests.GainOf(mine);
            gains.Add(gain);
            var post = tests.PostTest is null ? null : FinalGrade.Of(tests.PostTest.GradingMethod, tests.PostTest.PassingScore,
                mine.Where(a => a.QuizId == tests.PostTest.Id && a.State != AttemptState.InProgress).Select(a => a.ToFinished()));
            rows.Add(new OfficialResult(person.Id, person.FullName, person.Village,
                person.Position is { } position ? OfficialPositions.Label(position) : null,
                gain.PreScore, post?.ScorePercent, post?.Pending ?? false, post?.Passed,
                mine.Count(a => counted.Contains(a.QuizId)), pending.GetValueOrDefault(person.Id), gain.Gain, gain.NormalisedGain));
        }

        var statistics = await StatisticsAsync(db, quizzes.Where(q => counted.Contains(q.Id)).ToList(), ct);
        return new CourseResults(course.Id, course.Slug, course.Title, quizzes, quizId,
            rows.OrderBy(r => r.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("id-ID"), true)).ToList(),
            statistics, LearningGainSummary.Of(gains));
    }

    private static async Task<IReadOnlyList<QuizStatistics>> StatisticsAsync(LearningDbContext db, IReadOnlyList<QuizChoice> quizzes, CancellationToken ct)
    {
        var ids = quizzes.Select(q => q.Id).ToList();
        var finished = await db.QuizAttempts.Where(a => ids.Contains(a.QuizId) && a.State != AttemptState.InProgress)
            .GroupBy(a => a.QuizId).Select(g => new { QuizId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.QuizId, g => g.Count, ct);

        var perQuestion = await (from q in db.AttemptQuestions
                                 join a in db.QuizAttempts on q.AttemptId equals a.Id
                                 where ids.Contains(a.QuizId) && a.State != AttemptState.InProgress && q.Type != QuestionType.Description
                                 group q by new { a.QuizId, q.BankQuestionId } into g
                                 select new
                                 {
                                     g.Key.QuizId,
                                     g.Key.BankQuestionId,
                                     Attempts = g.Count(),
                                     Answered = g.Count(x => x.Response != null),
                                     FullyRight = g.Count(x => x.Fraction == 1m),
                                     AverageFraction = g.Average(x => x.Fraction),
                                     Mark = g.Max(x => x.Mark),
                                     FirstNumber = g.Min(x => x.Number),
                                     SampleId = g.Max(x => x.Id),
                                 })
            .ToListAsync(ct);

        // The wrong answers of choice questions, counted per distinct answer in the database; the top one per question is kept.
        var wrong = await (from q in db.AttemptQuestions
                           join a in db.QuizAttempts on q.AttemptId equals a.Id
                           where ids.Contains(a.QuizId) && a.State != AttemptState.InProgress && ChoiceTypes.Contains(q.Type)
                                 && q.Response != null && q.Fraction < 1m
                           group q by new { a.QuizId, q.BankQuestionId, q.Response } into g
                           select new { g.Key.QuizId, g.Key.BankQuestionId, g.Key.Response, Count = g.Count() })
            .ToListAsync(ct);
        var topWrong = wrong.GroupBy(w => (w.QuizId, w.BankQuestionId))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Count).ThenBy(w => ResponseKey(w.Response)).First());

        var sampleIds = perQuestion.Select(p => p.SampleId).ToList();
        var samples = await db.AttemptQuestions.AsNoTracking().Where(q => sampleIds.Contains(q.Id)).ToDictionaryAsync(q => q.Id, ct);

        return quizzes.Select(quiz => new QuizStatistics(quiz.Id, quiz.Title, finished.GetValueOrDefault(quiz.Id),
            perQuestion.Where(p => p.QuizId == quiz.Id).OrderBy(p => p.FirstNumber).ThenBy(p => p.BankQuestionId).Select(p =>
            {
                var question = samples[p.SampleId].ToQuestion();
                var top = topWrong.GetValueOrDefault((p.QuizId, p.BankQuestionId));
                return new QuestionStatistics(p.BankQuestionId, question.Name, BankQuestion.Excerpt(question.DisplayText(), 160), question.Type, p.Mark,
                    p.Attempts, p.Answered, p.FullyRight,
                    p.AverageFraction is { } f ? Math.Round(f * p.Mark, 2, MidpointRounding.AwayFromZero) : null,
                    top is null ? null : AnswerText.Of(question, top.Response), top?.Count ?? 0);
            }).ToList())).ToList();
    }

    private static string ResponseKey(Response? response) => response is null ? "" : Data.Configurations.ResponseJson.Serialize(response);
}
