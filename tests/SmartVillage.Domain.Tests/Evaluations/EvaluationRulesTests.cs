using SmartVillage.Domain;
using SmartVillage.Domain.Evaluations;

namespace SmartVillage.Domain.Tests.Evaluations;

public class EvaluationRulesTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    private static EvaluationTemplate Template(int scale = 5) => EvaluationTemplate.First("standar", "Evaluasi", scale,
    [
        new(EvaluationSection.Organisation, EvaluationItemKind.Likert, "Materi sesuai"),
        new(EvaluationSection.Trainer, EvaluationItemKind.Likert, "Penguasaan materi"),
        new(EvaluationSection.Trainer, EvaluationItemKind.Open, "Catatan untuk pengajar"),
        new(EvaluationSection.Organisation, EvaluationItemKind.Open, "Saran"),
    ], null, Day1);

    [Fact]
    public void Build_TrainerItemsRepeatPerTrainer_InTrainerOrder_OrganisationFirst()
    {
        var evaluation = Evaluation.Build(EvaluationSubject.Workshop, 7, "Bimtek", Template(),
            [new EvaluationTrainer("h", "Hendra"), new EvaluationTrainer("d", "Dewi"), new EvaluationTrainer("h", "Hendra")], true, null, Day1);

        Assert.Equal(
            ["Materi sesuai/", "Saran/", "Penguasaan materi/Hendra", "Catatan untuk pengajar/Hendra", "Penguasaan materi/Dewi", "Catatan untuk pengajar/Dewi"],
            evaluation.QuestionsInOrder.Select(q => $"{q.Text}/{q.TrainerName}"));
        Assert.Equal(7, evaluation.WorkshopId);
        Assert.Null(evaluation.CourseId);
    }

    [Fact]
    public void Revise_MakesTheNextVersion_TheOldOneUnchanged()
    {
        var v1 = Template();
        var v2 = v1.Revise("Evaluasi baru", 4, [new(EvaluationSection.Organisation, EvaluationItemKind.Likert, "Jadwal sesuai")], "admin", Day1);

        Assert.Equal((1, 2), (v1.Version, v2.Version));
        Assert.Equal("Materi sesuai", v1.ItemsInOrder.First().Text);
        Assert.Equal(4, v2.Scale);
        Assert.Throws<DomainException>(() => v1.Revise("x", 3, v1.Drafts(), null, Day1));
        Assert.Throws<DomainException>(() => v1.Revise("x", 5, [new(EvaluationSection.Organisation, EvaluationItemKind.Open, "Saran saja")], null, Day1));
    }

    [Fact]
    public void Rebuild_OnceAnswered_Refused()
    {
        var evaluation = Evaluation.Build(EvaluationSubject.Course, 3, "Kursus", Template(), [], true, null, Day1);

        var refused = Assert.Throws<DomainException>(() => evaluation.Rebuild(Template(), [], false, hasResponses: true, null, Day1));

        Assert.Equal(Evaluation.AnsweredMessage, refused.Message);
        Assert.Equal(2, evaluation.Questions.Count);
    }

    [Theory]
    [InlineData(-1, false, false, EvaluationWindow.NotOpenMessage)]   // day 2: the last session is tomorrow
    [InlineData(25, false, true, null)]                             // day 3 09.00: checked in to the last session
    [InlineData(25, false, false, EvaluationWindow.NotOpenMessage)] // day 3 09.00: came on day 1 only, last session not over
    [InlineData(34, false, false, null)]                            // day 3 after 17.00: came on day 1
    [InlineData(34, true, false, EvaluationWindow.NotOpenMessage)]  // never present
    [InlineData(34 + 24 * 30, false, false, EvaluationWindow.ClosedMessage)]
    public void WorkshopWindow(int hoursAfterDay2Start, bool absentDay1, bool presentLast, string? expected)
    {
        var sessions = Enumerable.Range(0, 3).Select(d => (Day1.AddDays(d), Day1.AddDays(d).AddHours(8), d switch
        {
            0 => !absentDay1,
            2 => presentLast,
            _ => false,
        })).ToList();

        Assert.Equal(expected, EvaluationWindow.WorkshopRefusal(sessions, Day1.AddDays(1).AddHours(hoursAfterDay2Start)));
    }

    [Fact]
    public void Submit_NeedsEveryStatement_AndOnlyOnce()
    {
        var evaluation = Evaluation.Build(EvaluationSubject.Course, 3, "Kursus", Template(), [new EvaluationTrainer("h", "Hendra")], true, null, Day1);
        var response = new EvaluationResponse(1, "siti", "18.06", Day1);
        var statements = evaluation.Questions.Where(q => q.IsLikert).ToList();

        var missing = Assert.Throws<DomainException>(() => response.Submit(evaluation.Questions, [], Day1));
        response.Submit(evaluation.Questions, statements.Select(q => new EvaluationAnswer(1, q, 5, 4, null, Day1)), Day1);

        Assert.StartsWith("Masih ada 2 pernyataan", missing.Message);
        Assert.True(response.IsSubmitted);
        Assert.Equal(EvaluationResponse.SubmittedMessage, Assert.Throws<DomainException>(() => response.Submit(evaluation.Questions, [], Day1)).Message);
    }

    [Theory]
    [InlineData(1, 4, 1)]
    [InlineData(4, 4, 5)]
    [InlineData(3, 5, 3)]
    public void OnFivePoints(int score, int scale, decimal expected) => Assert.Equal(expected, LikertScale.OnFivePoints(score, scale));

    [Fact]
    public void IndicatorRecord_ChangedAfterConfirmation_WaitsForTheMentorAgain()
    {
        var record = new VillageIndicatorRecord("18.06.16.2010", "18.06", 2026, "sid", true, null, "siti", Day1);
        record.Confirm("maria", Day1);
        record.Record(true, null, "siti", Day1);
        Assert.True(record.IsConfirmed);
        record.Record(false, "rusak", "siti", Day1);
        Assert.False(record.IsConfirmed);
        Assert.Throws<DomainException>(() => new VillageIndicatorRecord("18.06.16.2010", "18.06", 2027, "sid", true, null, "siti", Day1));
    }
}
