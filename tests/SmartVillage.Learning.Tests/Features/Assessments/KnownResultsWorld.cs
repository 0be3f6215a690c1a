using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Features.Assessments;
using SmartVillage.Learning.Features.Assessments.Grading;

namespace SmartVillage.Learning.Tests.Features.Assessments;

/// <summary>
/// A small data set with figures worked out by hand (APBDes course: the pre-test has 16 questions of 1 mark, the post-test 17
/// with the essay last). Pre-test answers to PRE-01 (single choice), PRE-03 (single choice) and PRE-06 (true/false), all
/// else blank:
/// A right, right, right (18.75) · B right, "PADes", "Benar" (6.25) · C "Perencanaan…", "PADes", right (6.25) · D "Perencanaan…", "Penerimaan pembiayaan", blank (0).
/// Post-test: A all right, essay graded full (100) · B all right, essay waiting (94.12 provisional) · C none · D blank (0).
/// </summary>
public sealed class KnownResultsWorld : IAsyncLifetime
{
    public GradingWorld World { get; } = new();
    public string A => World.Attempts.Officials[1];
    public string B => World.Attempts.Officials[2];
    public string C => World.Attempts.Officials[3];
    public string D => World.Attempts.Officials[4];

    public async Task InitializeAsync()
    {
        await World.InitializeAsync();
        var pre = World.Attempts.PreTestId;
        var post = World.Attempts.PostTestId;
        await World.TakeAsync(A, pre, (n, q) => n is 1 or 3 or 6 ? AttemptWorld.RightAnswer(q) : null);
        await World.TakeAsync(B, pre, (n, q) => n switch { 1 => AttemptWorld.RightAnswer(q), 3 => ChoiceResponse.One(1), 6 => new TrueFalseResponse(true), _ => null });
        await World.TakeAsync(C, pre, (n, q) => n switch { 1 => ChoiceResponse.One(2), 3 => ChoiceResponse.One(1), 6 => AttemptWorld.RightAnswer(q), _ => null });
        await World.TakeAsync(D, pre, (n, _) => n switch { 1 => ChoiceResponse.One(2), 3 => ChoiceResponse.One(3), _ => null });

        var graded = await World.TakeAllRightAsync(A, post);
        await World.TakeAllRightAsync(B, post);
        await World.TakeAsync(D, post, (_, _) => null);
        var essay = (await World.Grading().QueueAsync(World.Hendra, World.CourseId)).Essays.Single(e => e.AttemptId == graded);
        var form = EssayGradeForm.For(essay);
        form.Points = essay.MaxPoints;
        form.Comment = "Lengkap.";
        await World.Grading().GradeAsync(World.Hendra, form);
    }

    public async Task DisposeAsync() => await World.DisposeAsync();
}
