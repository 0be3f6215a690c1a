using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace SmartVillage.Domain.Assessments;

/// <summary>
/// Writes questions as Moodle XML laid out as Moodle exports it, so a bank goes back to Moodle whole (images, tags,
/// ID numbers, marks and penalties included) and <see cref="MoodleXmlReader"/> reads back the same questions.
/// </summary>
/// <remarks>
/// A missing-word question is a single multichoice whose text holds Moodle's blank (<c>_____</c>), as Moodle's own GIFT
/// import stores it; any question with text after its answers is written the same way. A numerical range (GIFT
/// <c>1..5</c>) is its midpoint and tolerance, the only way Moodle keeps one. An unnamed question gets the name Moodle
/// would give it (the start of its text), which the reader takes as "no name". Each embedded file is written in every
/// text that refers to it, as Moodle keeps one copy per text area; a file no text mentions goes with the question text.
/// </remarks>
public static class MoodleXmlWriter
{
    public static string Write(IEnumerable<Question> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var quiz = new XElement("quiz");
        string? category = null;
        var first = true;
        foreach (var question in questions)
        {
            if (first || question.Category != category)
            {
                quiz.Add(Category(question.Category));
                category = question.Category;
                first = false;
            }
            quiz.Add(Question(question));
        }

        // The declaration as Moodle writes it (an XmlWriter would spell the encoding "utf-8").
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", OmitXmlDeclaration = true };
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        using (var xml = XmlWriter.Create(sb, settings))
        {
            quiz.Save(xml);
        }
        return sb.Append('\n').ToString();
    }

    /// <summary>Moodle 4 writes course categories as <c>$course$/top/…</c>; every Moodle since 3.5 reads it.</summary>
    private static XElement Category(string? category)
    {
        var path = category is null ? "" : QuestionCategory.NormalizeOrTop(category) ?? "";
        return new XElement("question", new XAttribute("type", "category"),
            new XElement("category", Text("$course$/top" + (path.Length == 0 ? "" : "/" + path))),
            new XElement("info", new XAttribute("format", "moodle_auto_format"), Text("")),
            new XElement("idnumber"));
    }

    private static XElement Question(Question q)
    {
        var files = new FilePlacer(q);
        var format = FormatName(q.TextFormat);
        var element = new XElement("question", new XAttribute("type", TypeName(q.Type)),
            new XElement("name", Text(q.Name ?? MoodleText.DefaultName(q))),
            files.Attach(new XElement("questiontext", new XAttribute("format", format), Text(q.DisplayText())), q.DisplayText(), primary: true),
            files.Attach(new XElement("generalfeedback", new XAttribute("format", format), Text(q.GeneralFeedback)), q.GeneralFeedback),
            new XElement("defaultgrade", Decimal(q.DefaultMark)),
            new XElement("penalty", Decimal(q.Penalty)),
            new XElement("hidden", "0"),
            new XElement("idnumber", q.IdNumber ?? ""));

        switch (q.Type)
        {
            case QuestionType.SingleChoice or QuestionType.MissingWord or QuestionType.MultipleAnswer:
                element.Add(
                    new XElement("single", q.Type == QuestionType.MultipleAnswer ? "false" : "true"),
                    new XElement("shuffleanswers", "true"),
                    new XElement("answernumbering", "abc"),
                    new XElement("showstandardinstruction", "0"),
                    CombinedFeedback(format));
                element.Add(q.Choices.Select(c => Answer(c.Weight, c.Text, format, c.Feedback, files)));
                break;
            case QuestionType.TrueFalse:
                var key = q.TrueFalseAnswer!;
                element.Add(
                    Answer(key.Correct ? 100 : 0, "true", "moodle_auto_format", key.FeedbackForTrue, files, format),
                    Answer(key.Correct ? 0 : 100, "false", "moodle_auto_format", key.FeedbackForFalse, files, format));
                break;
            case QuestionType.ShortAnswer:
                element.Add(new XElement("usecase", q.CaseSensitive ? "1" : "0"));
                element.Add(q.AcceptedAnswers.Select(a => Answer(a.Weight, a.Text, "moodle_auto_format", a.Feedback, files, format)));
                break;
            case QuestionType.Numerical:
                element.Add(q.NumericalAnswers.Select(a =>
                    Answer(a.Weight, Decimal(a.Value), "moodle_auto_format", a.Feedback, files, format, new XElement("tolerance", Decimal(a.Tolerance)))));
                if (q.FeedbackForOtherNumbers.Length > 0)
                    element.Add(Answer(0, "*", "moodle_auto_format", q.FeedbackForOtherNumbers, files, format, new XElement("tolerance", "0")));
                element.Add(
                    new XElement("unitgradingtype", "0"),
                    new XElement("unitpenalty", "0.1000000"),
                    new XElement("showunits", "3"),
                    new XElement("unitsleft", "0"));
                break;
            case QuestionType.Matching:
                element.Add(new XElement("shuffleanswers", "true"), CombinedFeedback(format));
                element.Add(q.MatchingPairs.Select(p => files.Attach(
                    new XElement("subquestion", new XAttribute("format", format), Text(p.Subquestion),
                        new XElement("answer", Text(p.Answer))),
                    p.Subquestion)));
                break;
            case QuestionType.Essay:
                element.Add(
                    new XElement("responseformat", "editor"),
                    new XElement("responserequired", "1"),
                    new XElement("responsefieldlines", "15"),
                    new XElement("minwordlimit"),
                    new XElement("maxwordlimit"),
                    new XElement("attachments", "0"),
                    new XElement("attachmentsrequired", "0"),
                    new XElement("maxbytes", "0"),
                    new XElement("filetypeslist"),
                    new XElement("graderinfo", new XAttribute("format", "html"), Text("")),
                    new XElement("responsetemplate", new XAttribute("format", "html"), Text("")));
                break;
        }

        if (q.Tags.Count > 0)
            element.Add(new XElement("tags", q.Tags.Select(t => new XElement("tag", Text(t)))));
        return element;
    }

    private static XElement Answer(decimal fraction, string text, string format, string feedback, FilePlacer files,
        string? feedbackFormat = null, params object[] extra) =>
        files.Attach(
            new XElement("answer", new XAttribute("fraction", Decimal(fraction)), new XAttribute("format", format),
                Text(text),
                files.Attach(new XElement("feedback", new XAttribute("format", feedbackFormat ?? format), Text(feedback)), feedback),
                extra),
            text);

    private static IEnumerable<XElement> CombinedFeedback(string format) =>
        new[] { "correctfeedback", "partiallycorrectfeedback", "incorrectfeedback" }.Select(name =>
            new XElement(name, new XAttribute("format", format), Text("")));

    /// <summary>
    /// Moodle wraps text in CDATA when it holds markup, so HTML stays readable in the file. Characters XML cannot hold
    /// (control characters pasted from a word processor) are left out rather than making the whole file unreadable.
    /// </summary>
    private static XElement Text(string text)
    {
        var clean = XmlSafe(text);
        return new("text", clean.IndexOfAny(['<', '>', '&']) >= 0 && !clean.Contains("]]>", StringComparison.Ordinal) ? new XCData(clean) : clean);
    }

    private static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) sb.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) sb.Append(text, i++, 2);
        }
        return sb.ToString();
    }

    private static string TypeName(QuestionType type) => type switch
    {
        QuestionType.SingleChoice or QuestionType.MultipleAnswer or QuestionType.MissingWord => "multichoice",
        QuestionType.TrueFalse => "truefalse",
        QuestionType.ShortAnswer => "shortanswer",
        QuestionType.Numerical => "numerical",
        QuestionType.Matching => "matching",
        QuestionType.Essay => "essay",
        QuestionType.Description => "description",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown question type."),
    };

    private static string FormatName(TextFormat format) => format switch
    {
        TextFormat.Moodle => "moodle_auto_format",
        TextFormat.Html => "html",
        TextFormat.Plain => "plain_text",
        TextFormat.Markdown => "markdown",
        _ => "html",
    };

    private static string Decimal(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>Puts each file beside the texts that show it, and the ones no text mentions beside the question text.</summary>
    private sealed class FilePlacer(Question question)
    {
        private readonly HashSet<string> _placed = new(StringComparer.Ordinal);

        public XElement Attach(XElement owner, string text, bool primary = false)
        {
            foreach (var file in question.Files.Where(f => f.IsReferencedBy(text) || (primary && !Mentioned(f))))
            {
                _placed.Add(file.Name);
                var slash = file.Name.LastIndexOf('/');
                owner.Add(new XElement("file",
                    new XAttribute("name", file.Name[(slash + 1)..]),
                    new XAttribute("path", "/" + (slash < 0 ? "" : file.Name[..(slash + 1)])),
                    new XAttribute("encoding", "base64"),
                    Convert.ToBase64String(file.Content)));
            }
            return owner;
        }

        private bool Mentioned(QuestionFile file) =>
            file.IsReferencedBy(question.DisplayText()) || file.IsReferencedBy(question.GeneralFeedback)
            || question.Choices.Any(c => file.IsReferencedBy(c.Text) || file.IsReferencedBy(c.Feedback))
            || question.AcceptedAnswers.Any(a => file.IsReferencedBy(a.Feedback))
            || question.NumericalAnswers.Any(a => file.IsReferencedBy(a.Feedback))
            || file.IsReferencedBy(question.FeedbackForOtherNumbers)
            || question.MatchingPairs.Any(p => file.IsReferencedBy(p.Subquestion))
            || (question.TrueFalseAnswer is { } key && (file.IsReferencedBy(key.FeedbackForTrue) || file.IsReferencedBy(key.FeedbackForFalse)));
    }
}
