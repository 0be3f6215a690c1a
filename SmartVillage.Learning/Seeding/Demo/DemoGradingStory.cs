using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Learning;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Assessments.Attempts;

namespace SmartVillage.Learning.Seeding.Demo;

/// <summary>
/// Demo data for grading: official 081270000126 took the APBDes pre-test (6 of 16 right, 37,5) and the post-test (every
/// question right, the essay waiting for Pak Hendra). Once he grades it, "Kursus saya" says "Nilai awal 37,5 → nilai akhir …".
/// Taken through <see cref="AttemptService"/>, so the attempts and the stored gain are exactly what the app would store.
/// </summary>
public sealed class DemoGradingStory(IDbContextFactory<LearningDbContext> dbFactory, AttemptService attempts, TimeProvider clock)
{
    public const string OfficialPhone = "+6281270000126";
    public const string CourseSlug = "pengelolaan-apbdes-siskeudes";
    public const string Essay = "Pendapatan pekon kami tahun ini Rp 1,3 miliar, terbesar dari Dana Desa. Kegiatan rabat beton jalan usaha tani kami telusuri sampai RKP Desa dan RPJM Desa. Kami akan memasang baliho APBDes di balai pekon dan membuat laporan semester tepat waktu.";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        int preTestId, postTestId;
        string official;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var user = await db.Users.Where(u => u.PhoneNumber == OfficialPhone).Select(u => u.Id).SingleOrDefaultAsync(ct);
            var course = await db.Courses.Where(c => c.Slug == CourseSlug).Select(c => (int?)c.Id).SingleOrDefaultAsync(ct);
            if (user is null || course is null) return;
            official = user;
            var quizzes = await db.Quizzes.Where(q => q.CourseId == course && q.Status == QuizStatus.Published)
                .Select(q => new { q.Id, q.Purpose }).ToListAsync(ct);
            if (quizzes.All(q => q.Purpose != QuizPurpose.PreTest) || quizzes.All(q => q.Purpose != QuizPurpose.PostTest)) return;
            preTestId = quizzes.Where(q => q.Purpose == QuizPurpose.PreTest).Min(q => q.Id);
            postTestId = quizzes.Where(q => q.Purpose == QuizPurpose.PostTest).Min(q => q.Id);
            if (await db.QuizAttempts.AnyAsync(a => a.UserId == official, ct)) return;
            if (!await db.Enrollments.AnyAsync(e => e.UserId == official && e.CourseId == course, ct))
            {
                db.Enrollments.Add(new Enrollment(course.Value, official, EnrollmentSource.Self, null, clock.GetUtcNow().AddDays(-14)));
                await db.SaveChangesAsync(ct);
            }
        }
        await TakeAsync(official, preTestId, (number, q) => number <= 6 ? Right(q) : null, ct);
        await TakeAsync(official, postTestId, (_, q) => q.Type == QuestionType.Essay ? new TextResponse(Essay) : Right(q), ct);
    }

    private async Task TakeAsync(string official, int quizId, Func<int, Question, Response?> answer, CancellationToken ct)
    {
        var id = await attempts.StartOrResumeAsync(official, quizId, ct);
        List<(int Number, Question Question)> questions;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            questions = (await db.AttemptQuestions.AsNoTracking().Where(q => q.AttemptId == id).OrderBy(q => q.Number).ToListAsync(ct))
                .Where(q => q.IsGradable).Select(q => (q.Number, q.ToQuestion())).ToList();
        }
        foreach (var (number, question) in questions)
        {
            if (answer(number, question) is { } response) await attempts.SaveAnswerAsync(official, id, number, response, ct);
        }
        await attempts.SubmitAsync(official, id, ct);
    }

    /// <summary>The full-marks answer to a question, from its key.</summary>
    private static Response? Right(Question q) => q.Type switch
    {
        QuestionType.SingleChoice or QuestionType.MissingWord => ChoiceResponse.One(q.Choices.Select((c, i) => (c, i)).MaxBy(x => x.c.Weight).i),
        QuestionType.MultipleAnswer => new ChoiceResponse(ValueList.From(q.Choices.Select((c, i) => (c, i)).Where(x => x.c.Weight > 0).Select(x => x.i))),
        QuestionType.TrueFalse => new TrueFalseResponse(q.TrueFalseAnswer!.Correct),
        QuestionType.ShortAnswer => new TextResponse(q.AcceptedAnswers.MaxBy(a => a.Weight)!.Text.Replace("*", "", StringComparison.Ordinal)),
        QuestionType.Numerical => new NumberResponse(q.NumericalAnswers.MaxBy(a => a.Weight)!.Value.ToString("G29", CultureInfo.GetCultureInfo("id-ID"))),
        QuestionType.Matching => new MatchingResponse(q.MatchingPairs.Select((p, i) => (p, i)).Where(x => !x.p.IsDistractor).ToDictionary(x => x.i, x => x.p.Answer)),
        _ => null,
    };
}
