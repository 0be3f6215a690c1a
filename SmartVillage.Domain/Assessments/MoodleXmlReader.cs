using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace SmartVillage.Domain.Assessments;

/// <summary>
/// Reads Moodle XML (question/format/xml in Moodle): the nine question types as Moodle names them, categories, text
/// formats, per-answer and general feedback, tags, ID numbers, penalty, default mark and files embedded as base64.
/// </summary>
/// <remarks>
/// <para>
/// Follows Moodle's reading: texts are trimmed; a missing format means HTML; a fraction is a percentage; a
/// multichoice is single unless <c>&lt;single&gt;false</c>; a question whose text holds Moodle's blank
/// (<c>_____</c>) with text after it has its answers inside the sentence (a single multichoice is then a missing-word
/// question, as Moodle's GIFT import writes one); a numerical answer <c>*</c> at 0% is the feedback for every other
/// number; units are ignored; an answer with no text is skipped, as Moodle's editor drops it.
/// </para>
/// <para>
/// Safe with files from anywhere: a DTD (<c>&lt;!DOCTYPE&gt;</c>, the door to entity-expansion and external-entity
/// attacks) is refused, nothing outside the file is ever fetched, and the document's size is capped. Types Moodle has
/// but this bank does not (Cloze <c>multianswer</c>, <c>gapselect</c>, calculated, drag and drop…) are refused by name
/// at their line. All or nothing, like <see cref="GiftParser"/>: any error and no question is returned.
/// </para>
/// </remarks>
public static class MoodleXmlReader
{
    /// <summary>Characters in a document: room for a large bank with images, far from what would exhaust the server.</summary>
    public const long MaxCharacters = 40_000_000;

    private static readonly QuestionValidator Validator = new();

    public static ParsedQuestions Read(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var errors = new List<QuestionFileError>();
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml.TrimStart('\uFEFF')), Settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return Failed(new QuestionFileError(Math.Max(1, e.LineNumber), Describe(e)));
        }

        if (document.Declaration?.Encoding is { } encoding && !encoding.Equals("UTF-8", StringComparison.OrdinalIgnoreCase))
            return Failed(new QuestionFileError(1, $"Berkas menyatakan pengodean \"{encoding}\"; Moodle XML harus UTF-8. Ekspor ulang dari Moodle atau simpan sebagai UTF-8."));
        var root = document.Root!;
        if (root.Name.LocalName != "quiz")
            return Failed(new QuestionFileError(LineOf(root), $"Ini bukan berkas Moodle XML: elemen terluarnya <{root.Name.LocalName}>, bukan <quiz>."));

        var questions = new List<Question>();
        var lines = new List<int>();
        string? category = null;
        foreach (var element in root.Elements())
        {
            var line = LineOf(element);
            if (element.Name.LocalName != "question")
            {
                errors.Add(new QuestionFileError(line, $"Elemen <{element.Name.LocalName}> tidak dikenal di dalam <quiz>; setiap soal ditulis sebagai <question type=\"…\">."));
                continue;
            }

            var type = (string?)element.Attribute("type") ?? "";
            try
            {
                if (type == "category")
                {
                    category = ReadCategory(element);
                    continue;
                }

                var question = ReadQuestion(element, type) with { Category = category };
                var validation = Validator.Validate(question);
                if (validation.IsValid)
                {
                    questions.Add(question);
                    lines.Add(line);
                }
                else
                {
                    errors.AddRange(validation.Errors.Select(e => new QuestionFileError(line, e.ErrorMessage)).Distinct());
                }
            }
            catch (XmlProblem problem)
            {
                errors.Add(new QuestionFileError(problem.Line ?? line, problem.Message));
            }
            catch (DomainException e)
            {
                errors.Add(new QuestionFileError(line, e.Message));
            }
        }

        return errors.Count > 0
            ? new ParsedQuestions(ValueList<Question>.Empty, ValueList.From(errors))
            : new ParsedQuestions(ValueList.From(questions), ValueList<QuestionFileError>.Empty) { Lines = ValueList.From(lines) };
    }

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private static ParsedQuestions Failed(QuestionFileError error) => new(ValueList<Question>.Empty, [error]);

    private static string Describe(XmlException e) =>
        e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
            ? "Berkas memuat DTD (<!DOCTYPE …>); demi keamanan berkas seperti itu ditolak. Moodle tidak pernah menulisnya: ekspor ulang dari Moodle."
            : e.Message.Contains("MaxCharactersInDocument", StringComparison.OrdinalIgnoreCase)
                ? "Berkas terlalu besar untuk diimpor sekaligus; bagi menjadi beberapa berkas per kategori."
                : $"Berkas bukan XML yang utuh: {e.Message.Split(" Line ")[0].TrimEnd('.')} (mungkin ada tag yang tidak ditutup atau karakter & tanpa CDATA).";

    private static int LineOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 1;

    private sealed class XmlProblem(string message, int? line = null) : Exception(message)
    {
        public int? Line { get; } = line;
    }

    private static string? ReadCategory(XElement element)
    {
        var path = TextOf(element.Element("category"));
        return path.Length == 0 ? null
            : QuestionCategory.NormalizeOrTop(path) is { } normalized ? QuestionCategory.CoursePrefix + normalized : null;
    }

    private static Question ReadQuestion(XElement q, string type)
    {
        var files = new FileSet();
        var questionText = q.Element("questiontext");
        var text = TextOf(questionText);
        var format = FormatOf(questionText, TextFormat.Html);
        files.AddFrom(questionText);
        var generalFeedbackElement = q.Element("generalfeedback");
        var generalFeedback = TextOf(generalFeedbackElement);
        files.AddFrom(generalFeedbackElement);

        var question = type switch
        {
            "multichoice" => ReadMultichoice(q, files),
            "truefalse" => ReadTrueFalse(q, files),
            "shortanswer" => ReadShortAnswer(q, files),
            "numerical" => ReadNumerical(q, files),
            "matching" or "match" => ReadMatching(q, files),
            "essay" => Question.Essay(""),
            "description" => Question.Description(""),
            _ => throw new XmlProblem(Unsupported(type)),
        };

        question = WithBlank(question, text) with
        {
            TextFormat = format,
            GeneralFeedback = generalFeedback,
            IdNumber = MoodleText.CleanIdNumber((string?)q.Element("idnumber")),
            Tags = MoodleText.CleanTags(q.Element("tags")?.Elements("tag").Select(TextOf) ?? []),
            DefaultMark = NumberOf(q.Element("defaultgrade"), question.DefaultMark),
            Penalty = Penalty(NumberOf(q.Element("penalty"), question.Penalty)),
            Files = files.ToList(),
        };
        if (question.Type == QuestionType.Description) question = question with { DefaultMark = 0 };

        var name = MoodleText.CleanName(TextOf(q.Element("name")));
        // An unnamed question goes to Moodle XML under the name Moodle would give it; that name means "no name" here.
        return question with { Name = name == MoodleText.DefaultName(question) ? null : name };
    }

    /// <summary>Moodle's blank with text after it puts the answers inside the sentence, as GIFT's "text {…} text" does.</summary>
    private static Question WithBlank(Question question, string text)
    {
        var at = question.Type == QuestionType.Description ? -1 : text.IndexOf(Question.Blank, StringComparison.Ordinal);
        var after = at < 0 ? "" : text[(at + Question.Blank.Length)..];
        if (after.Trim().Length == 0) return question with { Text = text };
        var split = question with { Text = text[..at], TextAfterBlank = after };
        return split.Type == QuestionType.SingleChoice
            ? Question.MissingWord(split.Text, split.Choices, split.TextAfterBlank) with { Penalty = split.Penalty }
            : split;
    }

    private static Question ReadMultichoice(XElement q, FileSet files)
    {
        var single = BoolOf(q.Element("single"), true);
        var choices = Answers(q, files)
            .Select(a => new Choice(a.Text, a.Fraction, a.Feedback))
            .ToList();
        return single ? Question.SingleChoice("", choices) : Question.MultipleAnswer("", choices);
    }

    private static Question ReadTrueFalse(XElement q, FileSet files)
    {
        bool? correct = null;
        string feedbackForTrue = "", feedbackForFalse = "";
        var first = true;
        foreach (var answer in q.Elements("answer"))
        {
            var value = TextOf(answer);
            var feedback = answer.Element("feedback");
            files.AddFrom(answer);
            files.AddFrom(feedback);
            // Old Moodle files wrote the words in the author's language; Moodle then takes true first, false second.
            var isTrue = value == "true" || (value != "false" && first);
            var fraction = FractionOf(answer);
            if (isTrue)
            {
                feedbackForTrue = TextOf(feedback);
                correct = fraction == 100;
            }
            else
            {
                feedbackForFalse = TextOf(feedback);
                correct ??= fraction != 100;
            }
            first = false;
        }
        if (correct is null) throw new XmlProblem("Soal benar/salah tanpa <answer>: tulis jawaban true dan false dengan fraction 100 untuk yang benar.");
        return Question.TrueFalse("", correct.Value, feedbackForTrue, feedbackForFalse);
    }

    private static Question ReadShortAnswer(XElement q, FileSet files) =>
        Question.ShortAnswer("", Answers(q, files).Select(a => new AcceptedAnswer(a.Text, a.Fraction, a.Feedback))) with
        {
            CaseSensitive = BoolOf(q.Element("usecase"), false),
        };

    private static Question ReadNumerical(XElement q, FileSet files)
    {
        var answers = new List<NumericalAnswer>();
        var otherFeedback = "";
        foreach (var answer in q.Elements("answer"))
        {
            files.AddFrom(answer);
            var feedbackElement = answer.Element("feedback");
            files.AddFrom(feedbackElement);
            var value = TextOf(answer);
            var fraction = answer.Attribute("fraction") is null && answer.Element("fraction") is { } old
                ? NumberOf(old, 0) * 100
                : FractionOf(answer);
            var feedback = TextOf(feedbackElement);
            if (value is "" or "*")
            {
                if (fraction != 0)
                    throw new XmlProblem($"Jawaban numerik \"*\" (angka apa saja) bernilai {fraction:0.##}%; di sini \"*\" hanya untuk umpan balik angka lain, bernilai 0%.", LineOf(answer));
                otherFeedback = feedback;
                continue;
            }
            if (!TryNumber(value, out var number))
                throw new XmlProblem($"\"{value}\" bukan angka; tulis jawaban numerik dengan titik desimal, misalnya 2.5.", LineOf(answer));
            answers.Add(NumericalAnswer.Around(number, Math.Abs(NumberOf(answer.Element("tolerance"), 0)), fraction, feedback));
        }
        return Question.Numerical("", answers, otherFeedback);
    }

    private static Question ReadMatching(XElement q, FileSet files)
    {
        var pairs = new List<MatchingPair>();
        foreach (var sub in q.Elements("subquestion"))
        {
            files.AddFrom(sub);
            var subquestion = TextOf(sub);
            var answer = TextOf(sub.Element("answer"));
            // Moodle's editor drops a line with neither side; one with an answer only is a distractor.
            if (subquestion.Length == 0 && answer.Length == 0) continue;
            pairs.Add(new MatchingPair(subquestion, answer));
        }
        return Question.Matching("", pairs);
    }

    private sealed record Answer(string Text, decimal Fraction, string Feedback);

    private static IEnumerable<Answer> Answers(XElement q, FileSet files)
    {
        foreach (var answer in q.Elements("answer"))
        {
            var feedback = answer.Element("feedback");
            files.AddFrom(answer);
            files.AddFrom(feedback);
            var text = TextOf(answer);
            if (text.Length == 0) continue;
            yield return new Answer(text, FractionOf(answer), TextOf(feedback));
        }
    }

    private static string Unsupported(string type) => type switch
    {
        "" => "Elemen <question> tanpa atribut type; tulis misalnya <question type=\"multichoice\">.",
        "multianswer" or "cloze" => $"Jenis soal Moodle \"{type}\" (Cloze, jawaban tersemat) belum didukung; hapus soal ini atau ekspor tanpanya.",
        "gapselect" => "Jenis soal Moodle \"gapselect\" (pilih kata yang hilang) belum didukung; tulis sebagai pilihan ganda dengan _____ di teksnya.",
        _ => $"Jenis soal Moodle \"{type}\" belum didukung. Yang didukung: multichoice, truefalse, shortanswer, numerical, matching, essay, description (dan category).",
    };

    private static string TextOf(XElement? element) => element?.Element("text")?.Value.Trim() ?? "";

    private static TextFormat FormatOf(XElement? element, TextFormat fallback) => (string?)element?.Attribute("format") switch
    {
        null => fallback,
        "moodle_auto_format" => TextFormat.Moodle,
        "html" => TextFormat.Html,
        "plain_text" => TextFormat.Plain,
        "markdown" => TextFormat.Markdown,
        // Moodle's wiki format is long gone; its texts read best as auto-format. Anything else Moodle itself reads as HTML.
        "wiki_like" => TextFormat.Moodle,
        _ => TextFormat.Html,
    };

    private static decimal FractionOf(XElement answer)
    {
        var raw = (string?)answer.Attribute("fraction");
        if (raw is null) return 0;
        return TryNumber(raw, out var fraction)
            ? fraction
            : throw new XmlProblem($"Bobot fraction=\"{raw}\" bukan angka persen.", LineOf(answer));
    }

    private static decimal NumberOf(XElement? element, decimal fallback)
    {
        var raw = element?.Value.Trim();
        if (string.IsNullOrEmpty(raw)) return fallback;
        return TryNumber(raw, out var value)
            ? value
            : throw new XmlProblem($"<{element!.Name.LocalName}> berisi \"{raw}\", bukan angka.", LineOf(element));
    }

    private static bool BoolOf(XElement? element, bool fallback) => element?.Value.Trim() switch
    {
        null or "" => fallback,
        "false" or "0" => false,
        _ => true,
    };

    /// <summary>Old files wrote a third as 0.333333 or 0.33; Moodle reads all of them as its 0.3333333.</summary>
    private static decimal Penalty(decimal penalty) =>
        Math.Abs(penalty - Question.StandardPenalty) < 0.005m ? Question.StandardPenalty : penalty;

    private static bool TryNumber(string text, out decimal number) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out number);

    /// <summary>
    /// The files of one question, from whichever text they were attached to (Moodle keeps one area per text); one
    /// name means one file, so two different files under one name are refused.
    /// </summary>
    private sealed class FileSet
    {
        private readonly Dictionary<string, QuestionFile> _files = new(StringComparer.Ordinal);

        public void AddFrom(XElement? owner)
        {
            if (owner is null) return;
            foreach (var file in owner.Elements("file"))
            {
                var name = ((string?)file.Attribute("name") ?? "").Trim();
                var path = ((string?)file.Attribute("path") ?? "/").Trim().Trim('/');
                var fullName = path.Length == 0 ? name : path + "/" + name;
                var encoding = (string?)file.Attribute("encoding") ?? "base64";
                if (name.Length == 0) throw new XmlProblem("Elemen <file> tanpa nama (atribut name).", LineOf(file));
                if (!encoding.Equals("base64", StringComparison.OrdinalIgnoreCase))
                    throw new XmlProblem($"Berkas \"{name}\" memakai encoding=\"{encoding}\"; Moodle menulis berkas sebagai base64.", LineOf(file));
                byte[] content;
                try
                {
                    content = Convert.FromBase64String(file.Value.Trim());
                }
                catch (FormatException)
                {
                    throw new XmlProblem($"Isi berkas \"{name}\" bukan base64 yang sah; berkasnya rusak atau terpotong.", LineOf(file));
                }
                if (content.Length > QuestionFile.MaxBytes)
                    throw new XmlProblem($"Berkas \"{name}\" terlalu besar ({content.Length / 1024:N0} KB); paling besar {QuestionFile.MaxBytes / 1024 / 1024} MB per berkas.", LineOf(file));
                var candidate = new QuestionFile(fullName, content);
                if (_files.TryGetValue(fullName, out var existing) && !existing.Equals(candidate))
                    throw new XmlProblem($"Dua berkas berbeda pada satu soal bernama \"{fullName}\"; beri nama yang berbeda di Moodle lalu ekspor ulang.", LineOf(file));
                _files[fullName] = candidate;
            }
        }

        public ValueList<QuestionFile> ToList() => ValueList.From(_files.Values.OrderBy(f => f.Name, StringComparer.Ordinal));
    }
}
