using CsCheck;
using SmartVillage.Domain.Assessments;

namespace SmartVillage.Domain.Tests.Assessments.MoodleFormats;

/// <summary>
/// Random valid questions of every type for the round-trip properties: texts with every character GIFT escapes (and
/// markup, percent signs, brackets, non-ASCII), weights including 0 and negatives, numerical values, tolerances and
/// ranges, feedback, tags, ID numbers, categories. What a format cannot say is held at the value that format reads:
/// for GIFT the default mark, penalty, case and files; for both, texts trimmed (both formats trim) and without Moodle's
/// blank (<c>_____</c>), which both formats read as "answers go here".
/// </summary>
internal static class QuestionGenerators
{
    private const string Letters = "abcdeghijklmnoprstuwyzABDKLMPST";

    private static Gen<T> Always<T>(T value) => Gen.OneOf([value]);

    private static Gen<T> Mix<T>(params (int Weight, Gen<T> Gen)[] options) =>
        Gen.Frequency(options.Select(o => (o.Weight, (IGen<T>)o.Gen)).ToArray());

    // Every character GIFT escapes (\ : # = { } ~ and newline), what could pass for syntax elsewhere
    // (% [ ] / < > & " ' * - ! |), digits and some non-ASCII an Indonesian bank holds.
    private const string TextCharacters = Letters + "0123456789 \\:#={}~\n%[]/<>&\"'*-!|.,?éÉñ’—";

    public static readonly Gen<string> Text = Gen.String[Gen.Char[TextCharacters], 1, 40]
        .Select(s => s.Trim())
        .Where(s => s.Length > 0 && !s.Contains(Question.Blank) && !s.Contains("->") && !s.StartsWith('$'));

    /// <summary>Feedback, often none.</summary>
    public static readonly Gen<string> Feedback = Mix((1, Always("")), (2, Text));

    private static readonly Gen<string> Word = Gen.String[Gen.Char[Letters + "0123456789"], 1, 10];

    /// <summary>Tags and ID numbers as Moodle cleans them: single spaces, no control characters, "]" included (written "\]").</summary>
    private static readonly Gen<string> Token = Gen.String[Gen.Char[Letters + "0123456789-_.]"], 1, 12];

    public static readonly Gen<ValueList<string>> Tags = Token.List[0, 3]
        .Select(tags => ValueList.From(tags.DistinctBy(t => t.ToUpperInvariant())));

    public static readonly Gen<string?> IdNumber = Mix((1, Always<string?>(null)), (1, Token.Select(t => (string?)t)));

    /// <summary>Names: no markup (Moodle strips it), no line breaks.</summary>
    public static readonly Gen<string?> Name = Mix(
        (1, Always<string?>(null)),
        (3, Gen.String[Gen.Char[Letters + "0123456789 :#={}~%[]-.'é"], 1, 30].Select(s => s.Trim()).Where(s => s.Length > 0).Select(s => (string?)s)));

    /// <summary>"$course$/Pre-test", "$course$/Pre-test/Bab 1", a name holding "/" (written "//"), or none.</summary>
    public static readonly Gen<string?> Category = Mix(
        (1, Always<string?>(null)),
        (3, Gen.Select(Word, Word, Gen.Int[0, 2], (a, b, shape) => (string?)(QuestionCategory.CoursePrefix + shape switch
        {
            0 => a,
            1 => a + "/" + b,
            _ => a + "//" + b,
        }))));

    public static readonly Gen<TextFormat> Format = Gen.OneOf(TextFormat.Moodle, TextFormat.Html, TextFormat.Plain, TextFormat.Markdown);

    /// <summary>Percentages with up to five decimals, as Moodle keeps fractions.</summary>
    private static Gen<decimal> Percent(int min, int max) =>
        Mix(
            (3, Gen.Int[min, max].Select(i => (decimal)i)),
            (1, Gen.Int[min * 1000, max * 1000].Select(i => i / 1000m)));

    private static readonly Gen<decimal> NumberValue = Mix(
        (3, Gen.Int[-100000, 100000].Select(i => (decimal)i)),
        (2, Gen.Int[-1000000, 1000000].Select(i => i / 1000m)));

    private static readonly Gen<decimal> Tolerance = Mix((1, Always(0m)), (2, Gen.Int[1, 50000].Select(i => i / 100m)));

    /// <summary>Choices of a single choice: one 100%, the others wrong (0) or partly right or punished.</summary>
    private static readonly Gen<ValueList<Choice>> SingleChoices =
        Gen.Select(Text, Feedback, Gen.Select(Text, Percent(-100, 99), Feedback, (t, w, f) => new Choice(t, w, f)).List[1, 4], Gen.Int[0, 4],
            (right, rightFeedback, others, at) =>
            {
                var list = others.ToList();
                list.Insert(Math.Min(at, list.Count), Choice.Correct(right, rightFeedback));
                return ValueList.From(list);
            });

    /// <summary>Choices of a multiple answer: the right ones' weights add up to exactly 100, the wrong ones 0 or negative.</summary>
    private static readonly Gen<ValueList<Choice>> MultipleChoices =
        Gen.Select(Gen.Int[1, 4], Gen.Select(Text, Percent(-100, 0), Feedback, (t, w, f) => new Choice(t, w, f)).List[1, 3], Text.List[4, 4], Feedback.List[4, 4],
            (rightCount, wrong, rightTexts, rightFeedback) =>
            {
                var weights = Enumerable.Range(0, rightCount).Select(i => Math.Round(100m / rightCount, 5)).ToList();
                weights[^1] = 100m - weights.Take(rightCount - 1).Sum();
                var right = weights.Select((w, i) => new Choice(rightTexts[i], w, rightFeedback[i]));
                return ValueList.From(right.Concat(wrong));
            });

    private static readonly Gen<ValueList<AcceptedAnswer>> AcceptedAnswers =
        Gen.Select(Text, Feedback, Gen.Select(Text, Percent(0, 99), Feedback, (t, w, f) => new AcceptedAnswer(t, w, f)).List[0, 3],
            (right, feedback, others) => ValueList.From(others.Prepend(new AcceptedAnswer(right, 100, feedback))));

    private static readonly Gen<NumericalAnswer> NumericalAnswer =
        Gen.Select(NumberValue, Tolerance, Gen.Bool, Percent(0, 100), Feedback, (value, tolerance, range, weight, feedback) => range
            ? Domain.Assessments.NumericalAnswer.Between(value, value + tolerance * 2, weight, feedback)
            : Domain.Assessments.NumericalAnswer.Around(value, tolerance, weight, feedback));

    private static readonly Gen<ValueList<NumericalAnswer>> NumericalAnswers =
        Gen.Select(NumericalAnswer, NumericalAnswer.List[0, 2], (first, others) => ValueList.From(others.Prepend(first with { Weight = 100 })));

    private static readonly Gen<ValueList<MatchingPair>> MatchingPairs =
        Gen.Select(Gen.Select(Text, Text, (q, a) => new MatchingPair(q, a)).List[2, 4], Text.List[0, 2],
            (pairs, distractors) => ValueList.From(pairs.Concat(distractors.Select(d => new MatchingPair("", d)))));

    /// <summary>The text around a blank: before it may be empty (Moodle allows a blank to open the sentence); after it may not.</summary>
    private static readonly Gen<(string Before, string After)> Blank =
        Gen.Select(Mix((1, Always("")), (3, Text.Select(t => t + " "))), Text, (before, after) => (before, " " + after));

    /// <summary>One question of any type, of the shape both formats can say in full.</summary>
    public static readonly Gen<Question> Content = Gen.Int[0, 8].SelectMany(type => type switch
    {
        0 => SingleChoices.Select(c => Question.SingleChoice("", c)),
        1 => MultipleChoices.Select(c => Question.MultipleAnswer("", c)),
        2 => Gen.Select(Gen.Bool, Feedback, Feedback, (correct, ft, ff) => Question.TrueFalse("", correct, ft, ff)),
        3 => AcceptedAnswers.Select(a => Question.ShortAnswer("", a)),
        4 => Gen.Select(NumericalAnswers, Feedback, (a, other) => Question.Numerical("", a, other)),
        5 => MatchingPairs.Select(p => Question.Matching("", p)),
        6 => Gen.Select(SingleChoices, Blank, (c, blank) => Question.MissingWord(blank.Before, c, blank.After)),
        7 => Always(Question.Essay("")),
        _ => Always(Question.Description("")),
    });

    /// <summary>A question GIFT can carry whole: what GIFT cannot say stays at what GIFT's reading gives.</summary>
    public static readonly Gen<Question> ForGift =
        Gen.Select(Content, Text, Mix((3, Always<(string, string)?>(null)), (1, Blank.Select(b => ((string, string)?)b))),
                Name, IdNumber, Tags, Category, Format, Feedback,
                (q, text, blank, name, idNumber, tags, category, format, generalFeedback) =>
                {
                    var question = q with
                    {
                        Name = name,
                        IdNumber = idNumber,
                        Tags = tags,
                        Category = category,
                        TextFormat = format,
                        GeneralFeedback = q.Type == QuestionType.Description ? "" : generalFeedback,
                    };
                    if (q.Type == QuestionType.MissingWord) return question;
                    // Any answer block may sit inside the sentence, except where there is none (description) or it would be a missing word.
                    return blank is { } b && q.Type is not (QuestionType.Description or QuestionType.SingleChoice)
                        ? question with { Text = b.Item1, TextAfterBlank = b.Item2 }
                        : question with { Text = text };
                })
            .Where(q => q.Name is null || q.Name != MoodleText.DefaultName(q));

    private static readonly Gen<QuestionFile> File =
        Gen.Select(Word, Gen.OneOf(".png", ".jpg", ".pdf"), Gen.Byte.Array[1, 64], (name, extension, bytes) => new QuestionFile(name + extension, bytes));

    /// <summary>A question Moodle XML can carry whole: mark, penalty, case and embedded files too (ranges as value and tolerance).</summary>
    public static readonly Gen<Question> ForMoodleXml =
        Gen.Select(ForGift, Gen.Int[1, 400].Select(i => i / 4m), Gen.OneOf(0m, 0.1m, Question.StandardPenalty, 0.5m, 1m), Gen.Bool, File.List[0, 2],
                (q, mark, penalty, caseSensitive, files) =>
                {
                    var distinct = ValueList.From(files.DistinctBy(f => f.Name).OrderBy(f => f.Name, StringComparer.Ordinal));
                    // Refer to the first file from the text, as an image in Moodle's HTML does; the others go with the question anyway.
                    var text = distinct.Count > 0 && !q.HasBlank
                        ? q.Text + " <img src=\"" + QuestionFile.PluginFilePrefix + distinct[0].Name + "\">"
                        : q.Text;
                    return q with
                    {
                        Text = text,
                        DefaultMark = q.Type == QuestionType.Description ? 0 : mark,
                        Penalty = penalty,
                        CaseSensitive = q.Type == QuestionType.ShortAnswer && caseSensitive,
                        Files = distinct,
                        // Moodle keeps a range as its midpoint and tolerance; which way the author wrote it is GIFT's alone.
                        NumericalAnswers = ValueList.From(q.NumericalAnswers.Select(a => a with { IsRange = false })),
                    };
                })
            .Where(q => q.Name is null || q.Name != MoodleText.DefaultName(q));
}
