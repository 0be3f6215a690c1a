namespace SmartVillage.Domain.Assessments;

/// <summary>
/// One place in a quiz: either a fixed bank question, or "N random questions from category C" (optionally only those
/// carrying every one of some tags, as Moodle's random questions filter) drawn when an attempt starts.
/// </summary>
public sealed class QuizSlot
{
    private QuizSlot() { }

    private QuizSlot(int position, int? questionId, int? categoryId, int? randomCount)
    {
        Position = position;
        QuestionId = questionId;
        CategoryId = categoryId;
        RandomCount = randomCount;
    }

    public int Id { get; private set; }
    public int QuizId { get; private set; }
    public int Position { get; internal set; }
    public int? QuestionId { get; private set; }
    public int? CategoryId { get; private set; }
    public int? RandomCount { get; private set; }

    /// <summary>Tags a question must all carry to be drawn by this random slot; empty: any question of the category.</summary>
    public ValueList<string> RandomTags { get; private set; } = ValueList<string>.Empty;

    public bool IsRandom => CategoryId is not null;

    /// <summary>How many questions the slot puts in an attempt.</summary>
    public int QuestionCount => RandomCount ?? 1;

    internal static QuizSlot Fixed(int position, int questionId)
    {
        if (questionId <= 0) throw new DomainException("Pilih soal dari bank soal.");
        return new QuizSlot(position, questionId, null, null);
    }

    /// <summary>Whether a question with these tags may be drawn here (tags compare without case, as Moodle's do).</summary>
    public bool Accepts(IReadOnlyCollection<string> tags) =>
        RandomTags.All(wanted => tags.Contains(wanted, StringComparer.OrdinalIgnoreCase));

    internal static QuizSlot Random(int position, int categoryId, int count, IEnumerable<string>? tags = null)
    {
        if (categoryId <= 0) throw new DomainException("Pilih kategori untuk soal acak.");
        if (count < 1) throw new DomainException("Jumlah soal acak paling sedikit 1.");
        return new QuizSlot(position, null, categoryId, count) { RandomTags = MoodleText.CleanTags(tags ?? []) };
    }
}
