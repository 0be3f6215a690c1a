namespace SmartVillage.Domain.Assessments;

/// <summary>
/// Picks the questions of a new attempt from a quiz's slots: fixed slots give their question, random slots draw
/// N distinct questions from their category (only those carrying all the slot's tags) (never a question already fixed elsewhere in the quiz, never the same
/// one twice), then the whole list is shuffled when the quiz says so, and each question's options get their own
/// order when it shuffles choices. The <see cref="Random"/> is passed in so tests can fix it.
/// </summary>
public static class QuestionDraw
{
    public const string CategoryTooSmallMessage =
        "Bank soal kuis ini tidak lagi berisi cukup soal untuk diundi; hubungi pelatih kursus.";

    /// <param name="bank">Every question the slots may use, by bank id (fixed ones and the members of random categories).</param>
    /// <param name="categoryMembers">The bank ids in each random slot's category, in bank order.</param>
    public static IReadOnlyList<DrawnQuestion> Draw(Quiz quiz, IReadOnlyDictionary<int, Question> bank,
        IReadOnlyDictionary<int, IReadOnlyList<int>> categoryMembers, Random random)
    {
        ArgumentNullException.ThrowIfNull(quiz);
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(categoryMembers);
        ArgumentNullException.ThrowIfNull(random);
        var slots = quiz.Slots.OrderBy(s => s.Position).ToList();
        var used = slots.Where(s => s.QuestionId is not null).Select(s => s.QuestionId!.Value).ToHashSet();
        var ids = new List<int>();
        foreach (var slot in slots)
        {
            if (slot.QuestionId is { } fixedId)
            {
                if (!bank.ContainsKey(fixedId)) throw new DomainException(CategoryTooSmallMessage);
                ids.Add(fixedId);
                continue;
            }
            var pool = categoryMembers.GetValueOrDefault(slot.CategoryId!.Value, [])
                .Where(id => !used.Contains(id) && bank.TryGetValue(id, out var member) && slot.Accepts(member.Tags)).ToArray();
            if (pool.Length < slot.RandomCount) throw new DomainException(CategoryTooSmallMessage);
            random.Shuffle(pool);
            foreach (var id in pool.Take(slot.RandomCount!.Value))
            {
                used.Add(id);
                ids.Add(id);
            }
        }

        var ordered = ids.ToArray();
        if (quiz.ShuffleQuestions) random.Shuffle(ordered);
        return ordered.Select(id => new DrawnQuestion(id, bank[id], ChoiceOrderFor(bank[id], quiz.ShuffleChoices, random))).ToList();
    }

    private static ValueList<int> ChoiceOrderFor(Question question, bool shuffle, Random random)
    {
        var order = Enumerable.Range(0, question.Choices.Count).ToArray();
        if (shuffle) random.Shuffle(order);
        return ValueList.From(order);
    }
}
