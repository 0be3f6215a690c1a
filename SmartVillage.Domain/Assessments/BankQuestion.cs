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

    /// <summary>Moodle's ID number, unique in the category; re-imports match on it first.</summary>
    public string? IdNumber { get; private set; }

    /// <summary>Moodle's tags, in file order.</summary>
    public ValueList<string> Tags { get; private set; } = ValueList<string>.Empty;

    public QuestionType Type { get; private set; }
    public string Text { get; private set; } = "";
    public TextFormat TextFormat { get; private set; }
    public string GeneralFeedback { get; private set; } = "";
    public decimal DefaultMark { get; private set; }
    public decimal Penalty { get; private set; }
    public QuestionParts Parts { get; private set; } = QuestionParts.None;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    private readonly List<BankQuestionFile> _files = [];

    /// <summary>Embedded files (images) the texts refer to; load them with the question when they matter (export, re-import).</summary>
    public IReadOnlyList<BankQuestionFile> Files => _files;

    /// <summary>What a trainer sees in a list: the name, or the start of the text.</summary>
    public string Label => Name ?? Excerpt(DisplayText(Text, Parts), 60);

    /// <summary>The text with the blank drawn where the answers go, as the official reads it.</summary>
    public static string DisplayText(string text, QuestionParts parts) =>
        string.IsNullOrWhiteSpace(parts.TextAfterBlank) ? text : text + Question.Blank + parts.TextAfterBlank;

    public static BankQuestion FromQuestion(int courseId, QuestionCategory category, int position, Question question, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(category);
        if (category.Id != 0 && category.CourseId != courseId) throw new DomainException("Kategori bukan milik kursus ini.");
        var bankQuestion = new BankQuestion(courseId, category, now);
        bankQuestion.Update(position, question, now);
        return bankQuestion;
    }

    /// <summary>
    /// Replaces the question's content, files and place; returns false (and changes nothing) when it already says this.
    /// The files must have been loaded with the question.
    /// </summary>
    public bool Update(int position, Question question, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(question);
        var validation = Validator.Validate(question);
        if (!validation.IsValid) throw new DomainException(string.Join(" ", validation.Errors.Select(e => e.ErrorMessage).Distinct()));
        var parts = QuestionParts.Of(question);
        if (Id != 0 && Position == position && Name == question.Name && IdNumber == question.IdNumber && Tags == question.Tags
            && Type == question.Type && Text == question.Text && TextFormat == question.TextFormat && GeneralFeedback == question.GeneralFeedback
            && DefaultMark == question.DefaultMark && Penalty == question.Penalty && Parts == parts
            && SameFiles(question.Files))
            return false;
        Position = position;
        Name = question.Name;
        IdNumber = question.IdNumber;
        Tags = question.Tags;
        Type = question.Type;
        Text = question.Text;
        TextFormat = question.TextFormat;
        GeneralFeedback = question.GeneralFeedback;
        DefaultMark = question.DefaultMark;
        Penalty = question.Penalty;
        Parts = parts;
        ReplaceFiles(question.Files);
        UpdatedAt = now;
        return true;
    }

    private bool SameFiles(ValueList<QuestionFile> files) =>
        _files.Count == files.Count && files.All(f => _files.Any(x => x.Name == f.Name && x.Content.AsSpan().SequenceEqual(f.Content)));

    /// <summary>Keeps the rows of files that stay (their ids and bytes), so only what changed is written.</summary>
    private void ReplaceFiles(ValueList<QuestionFile> files)
    {
        _files.RemoveAll(f => !files.Any(x => x.Name == f.Name));
        foreach (var file in files)
        {
            var row = _files.Find(f => f.Name == file.Name);
            if (row is null) _files.Add(new BankQuestionFile(file));
            else if (!row.Content.AsSpan().SequenceEqual(file.Content)) row.Replace(file.Content);
        }
    }

    /// <summary>The question as the domain model knows it, its category written the GIFT way (<c>$course$/Pre-test</c>).</summary>
    public Question ToQuestion(string? categoryPath = null)
    {
        var path = categoryPath ?? Category?.Path;
        var question = Question.OfType(Type, Text) with
        {
            Name = Name,
            IdNumber = IdNumber,
            Tags = Tags,
            TextFormat = TextFormat,
            GeneralFeedback = GeneralFeedback,
            DefaultMark = DefaultMark,
            Penalty = Penalty,
            Category = path is null ? null : QuestionCategory.CoursePrefix + path,
            Files = ValueList.From(_files.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => f.ToFile())),
        };
        return Parts.ApplyTo(question);
    }

    public static string Excerpt(string text, int length)
    {
        var flat = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= length ? flat : flat[..(length - 1)].TrimEnd() + "…";
    }
}
