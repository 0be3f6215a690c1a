using SmartVillage.Domain.Assessments;

namespace SmartVillage.Domain.Tests.Assessments;

public sealed class QuestionDrawTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 1, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<int, Question> Bank = Enumerable.Range(1, 12)
        .ToDictionary(id => id, id => SampleQuestions.SingleChoice() with { Name = $"Q{id}" });

    private static readonly Dictionary<int, IReadOnlyList<int>> Categories = new()
    {
        [100] = [1, 2, 3, 4, 5, 6, 7, 8],
        [200] = [9, 10, 11, 12],
    };

    private static Quiz Quiz(bool shuffleQuestions = false, bool shuffleChoices = false)
    {
        var quiz = new Quiz(1, "Post-test", QuizPurpose.PostTest, new QuizSettings(ShuffleQuestions: shuffleQuestions, ShuffleChoices: shuffleChoices), Now);
        quiz.AddQuestion(2, Now);
        quiz.AddRandom(100, 3, Now);
        quiz.AddQuestion(9, Now);
        quiz.AddRandom(200, 3, Now);
        return quiz;
    }

    [Fact]
    public void Draw_FixedSlotsInPlace_RandomSlotsDistinct_NeverRepeatingAFixedOne()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var drawn = QuestionDraw.Draw(Quiz(), Bank, Categories, new Random(seed));
            var ids = drawn.Select(d => d.BankQuestionId).ToList();

            Assert.Equal(8, ids.Count);
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.Equal(2, ids[0]);
            Assert.Equal(9, ids[4]);
            Assert.All(ids.Skip(1).Take(3), id => Assert.Contains(id, Categories[100]));
            Assert.Equal([10, 11, 12], ids.Skip(5).Order());
            Assert.All(drawn, d => Assert.Equal([0, 1, 2, 3], d.ChoiceOrder));
        }
    }

    [Fact]
    public void Draw_Shuffles_WhenTheQuizSaysSo_AndEachAttemptCanDiffer()
    {
        var draws = Enumerable.Range(0, 20).Select(seed => QuestionDraw.Draw(Quiz(true, true), Bank, Categories, new Random(seed))).ToList();

        Assert.Contains(draws, d => d[0].BankQuestionId != 2);
        Assert.Contains(draws, d => !d[0].ChoiceOrder.SequenceEqual([0, 1, 2, 3]));
        Assert.All(draws, d => Assert.All(d, q => Assert.Equal([0, 1, 2, 3], q.ChoiceOrder.Order())));
    }

    [Fact]
    public void Draw_CategoryShrunkBelowTheSlot_IsRefused()
    {
        var small = new Dictionary<int, IReadOnlyList<int>>(Categories) { [200] = [9, 10] };

        var e = Assert.Throws<DomainException>(() => QuestionDraw.Draw(Quiz(), Bank, small, new Random(1)));

        Assert.Equal(QuestionDraw.CategoryTooSmallMessage, e.Message);
    }
}
