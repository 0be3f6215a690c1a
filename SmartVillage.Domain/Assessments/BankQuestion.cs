namespace SmartVillage.Domain.Assessments;

/// <summary>
/// A question kept in a course's bank, in one category. The common fields are columns (to list and
/// search); the type-specific parts are one <see cref="QuestionParts"/> value. <see cref="ToQuestion"/> gives
/// back exactly the <see cref="Question"/> it was made from, so grading and GIFT export work on the one model.
/// </summary>
public sealed class BankQuestion
{
    private static readonly QuestionValidator Validator = new();

    private BankQuestion() { }

    private BankQuestion(int courseId, QuestionCategory category, DateTimeOffset now)
    {
        CourseId = courseId;
        Category = category;
        CategoryId = category.Id;
        CreatedAt = now;
    }

    public int Id { get; private set; }
    public int CourseId { get; private set; }
    public int CategoryId { get; private set; }
    public QuestionCategory? Category { get; private set; }

    /// <summary>Order within the category, as the file listed it; quizzes built from a category follow it.</summary>
    public int Position { get; private set; }

    /// <summary>GIFT <c>::name::</c>; null when the question came without one (then it is found by its text).</summary>
    public string? Name { get; private set; }

    public QuestionType Type { get; private set; }
    public string Text { get; private set; } = "";
    public TextFormat TextFormat { get; private set; }
    public string GeneralFeedback { get; private set; } = "";
    public decimal DefaultMark { get; private set; }
    public QuestionParts Parts { get; private set; } = QuestionParts.None;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>What a trainer sees in a list: the name, or the start of the text.</summary>
    public string Label => Name ?? Excerpt(Text, 60);

    public static BankQuestion FromQuestion(int courseId, QuestionCategory category, int position, Question question, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(category);
        if (category.Id != 0 && category.CourseId != courseId) throw new DomainException("Kategori bukan milik kursus ini.");
        var bankQuestion = new BankQuestion(courseId, category, now);
        bankQuestion.Update(position, question, now);
        return bankQuestion;
    }

    /// <summary>Replaces the question's content and place; returns false (and changes nothing) when it already says this.</summary>
    public bool Update(int position, Question question, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(question);
        var validation = Validator.Validate(question);
        if (!validation.IsValid) throw new DomainException(string.Join(" ", validation.Errors.Select(e => e.ErrorMessage).Distinct()));
        var parts = QuestionParts.Of(question);
        if (Id != 0 && Position == position && Name == question.Name && Type == question.Type && Text == question.Text
            && TextFormat == question.TextFormat && GeneralFeedback == question.GeneralFeedback && DefaultMark == question.DefaultMark
            && Parts == parts)
            return false;
        Position = position;
        Name = question.Name;
        Type = question.Type;
        Text = question.Text;
        TextFormat = question.TextFormat;
        GeneralFeedback = question.GeneralFeedback;
        DefaultMark = question.DefaultMark;
        Parts = parts;
        UpdatedAt = now;
        return true;
    }

    /// <summary>The question as the domain model knows it, its category written the GIFT way (<c>$course$/Pre-test</c>).</summary>
    public Question ToQuestion(string? categoryPath = null)
    {
        var path = categoryPath ?? Category?.Path;
        var question = Question.Description(Text) with
        {
            Type = Type,
            Name = Name,
            TextFormat = TextFormat,
            GeneralFeedback = GeneralFeedback,
            DefaultMark = DefaultMark,
            Category = path is null ? null : QuestionCategory.CoursePrefix + path,
        };
        return Parts.ApplyTo(question);
    }

    public static string Excerpt(string text, int length)
    {
        var flat = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= length ? flat : flat[..(length - 1)].TrimEnd() + "…";
    }
}
