namespace SmartVillage.Domain.Assessments;

/// <summary>
/// One question of a course's question bank, in the shape Moodle's GIFT format gives it.
/// </summary>
/// <remarks>
/// <para>
/// One record for every <see cref="QuestionType"/> rather than a class per type: the bank is stored,
/// listed, filtered by category and exported as one kind of thing, and only grading and rendering care
/// about the type. The parts that belong to other types stay empty; <see cref="QuestionValidator"/>
/// checks that, and the factory methods never break it.
/// </para>
/// <para>
/// Immutable, with value equality (lists included), so "export then import gives the same questions"
/// is a plain equality and a change is a <c>with</c> expression that cannot half-apply.
/// </para>
/// </remarks>
public sealed record Question
{
    /// <summary>Moodle's default mark for gradable questions; GIFT cannot carry a different one.</summary>
    public const decimal StandardMark = 1;

    /// <summary>Moodle's default penalty per wrong try (a third), what its GIFT import gives every type but true/false.</summary>
    public const decimal StandardPenalty = 0.3333333m;

    /// <summary>What Moodle draws for a blank, and writes into the text of a question whose answers sit inside the sentence.</summary>
    public const string Blank = "_____";

    private Question(QuestionType type, string text)
    {
        Type = type;
        Text = text;
        DefaultMark = type == QuestionType.Description ? 0 : StandardMark;
        // As Moodle's GIFT import: a wrong true/false try leaves nothing to earn; a description is never tried.
        Penalty = type switch { QuestionType.TrueFalse => 1, QuestionType.Description => 0, _ => StandardPenalty };
    }

    public QuestionType Type { get; init; }

    /// <summary>Short name trainers use to find a question in the bank (GIFT <c>::name::</c>); null when the file gave none.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// Moodle's ID number (GIFT <c>// [id:…]</c>, XML <c>&lt;idnumber&gt;</c>): unique in its category, and the surest key
    /// for matching a re-imported question; null when the file gave none.
    /// </summary>
    public string? IdNumber { get; init; }

    /// <summary>Moodle's question tags (GIFT <c>// [tag:…]</c>), in file order, without duplicates; random quiz slots can ask for them.</summary>
    public ValueList<string> Tags { get; init; } = ValueList<string>.Empty;

    /// <summary>
    /// The question text. When the answers sit inside the sentence (missing word, or a GIFT question with
    /// text after its <c>{…}</c> block), this is the part before the blank.
    /// </summary>
    public string Text { get; init; }

    /// <summary>The text after the blank; empty when the answers follow the question.</summary>
    public string TextAfterBlank { get; init; } = "";

    public TextFormat TextFormat { get; init; } = TextFormat.Moodle;

    /// <summary>
    /// Category path as GIFT's <c>$CATEGORY:</c> gives it, e.g. "$course$/Pre-test/APBDes"; null when the
    /// file named none. Kept as text: resolving it into a category tree is the bank's job, not the format's.
    /// </summary>
    public string? Category { get; init; }

    /// <summary>Marks the question is worth in a quiz: 1 unless changed, 0 for a description.</summary>
    public decimal DefaultMark { get; init; }

    /// <summary>
    /// Share of the mark Moodle takes off per wrong try in its interactive modes (0..1). Our quizzes grade one try, so it is
    /// kept for the way back to Moodle; GIFT cannot carry it, Moodle XML can.
    /// </summary>
    public decimal Penalty { get; init; }

    /// <summary>Shown after answering whatever was answered (GIFT <c>####</c>); empty when none.</summary>
    public string GeneralFeedback { get; init; } = "";

    /// <summary>Options of <see cref="QuestionType.SingleChoice"/>, <see cref="QuestionType.MultipleAnswer"/> and <see cref="QuestionType.MissingWord"/>.</summary>
    public ValueList<Choice> Choices { get; init; } = ValueList<Choice>.Empty;

    /// <summary>The key of a <see cref="QuestionType.TrueFalse"/> question; null for every other type.</summary>
    public TrueFalseAnswer? TrueFalseAnswer { get; init; }

    /// <summary>Answers a <see cref="QuestionType.ShortAnswer"/> question accepts.</summary>
    public ValueList<AcceptedAnswer> AcceptedAnswers { get; init; } = ValueList<AcceptedAnswer>.Empty;

    /// <summary>Whether a short answer must match in case too (Moodle's <c>usecase</c>); GIFT always means no.</summary>
    public bool CaseSensitive { get; init; }

    /// <summary>Numbers a <see cref="QuestionType.Numerical"/> question accepts.</summary>
    public ValueList<NumericalAnswer> NumericalAnswers { get; init; } = ValueList<NumericalAnswer>.Empty;

    /// <summary>
    /// Feedback for a number no accepted answer covers (GIFT <c>{#…~#feedback}</c>): the place to explain
    /// the usual mistake.
    /// </summary>
    public string FeedbackForOtherNumbers { get; init; } = "";

    /// <summary>Pairs of a <see cref="QuestionType.Matching"/> question, distractors included.</summary>
    public ValueList<MatchingPair> MatchingPairs { get; init; } = ValueList<MatchingPair>.Empty;

    /// <summary>
    /// Images and other files the texts refer to as <c>@@PLUGINFILE@@/name</c>, as Moodle XML embeds them; stored with the
    /// question and served only to those who may see it. GIFT carries none.
    /// </summary>
    public ValueList<QuestionFile> Files { get; init; } = ValueList<QuestionFile>.Empty;

    /// <summary>True when the answers are asked inside the sentence, shown as a blank.</summary>
    public bool HasBlank => !string.IsNullOrWhiteSpace(TextAfterBlank);

    /// <summary>Whether answering it can earn marks (everything but a description).</summary>
    public bool IsGradable => Type != QuestionType.Description;

    /// <summary>The text as a reader sees it, with the blank drawn where the answers go.</summary>
    public string DisplayText(string blank = Blank) => HasBlank ? Text + blank + TextAfterBlank : Text;

    /// <summary>A question of <paramref name="type"/> with only its text, its type's defaults and no parts yet (for stores that add the parts).</summary>
    public static Question OfType(QuestionType type, string text) => new(type, text);

    public static Question SingleChoice(string text, IEnumerable<Choice> choices) =>
        new(QuestionType.SingleChoice, text) { Choices = ValueList.From(choices) };

    public static Question MultipleAnswer(string text, IEnumerable<Choice> choices) =>
        new(QuestionType.MultipleAnswer, text) { Choices = ValueList.From(choices) };

    public static Question TrueFalse(string text, bool correct, string feedbackForTrue = "", string feedbackForFalse = "") =>
        new(QuestionType.TrueFalse, text) { TrueFalseAnswer = new TrueFalseAnswer(correct, feedbackForTrue, feedbackForFalse) };

    public static Question ShortAnswer(string text, IEnumerable<AcceptedAnswer> answers) =>
        new(QuestionType.ShortAnswer, text) { AcceptedAnswers = ValueList.From(answers) };

    public static Question Numerical(string text, IEnumerable<NumericalAnswer> answers, string feedbackForOtherNumbers = "") =>
        new(QuestionType.Numerical, text)
        {
            NumericalAnswers = ValueList.From(answers),
            FeedbackForOtherNumbers = feedbackForOtherNumbers,
        };

    public static Question Matching(string text, IEnumerable<MatchingPair> pairs) =>
        new(QuestionType.Matching, text) { MatchingPairs = ValueList.From(pairs) };

    /// <param name="textBefore">Text up to the blank, spaces included ("Musdes dipimpin oleh ").</param>
    /// <param name="textAfter">Text after the blank (" dan dihadiri unsur masyarakat."); must not be empty.</param>
    public static Question MissingWord(string textBefore, IEnumerable<Choice> choices, string textAfter) =>
        new(QuestionType.MissingWord, textBefore) { Choices = ValueList.From(choices), TextAfterBlank = textAfter };

    public static Question Essay(string text) => new(QuestionType.Essay, text);

    public static Question Description(string text) => new(QuestionType.Description, text);
}
