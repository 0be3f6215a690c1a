using System.Globalization;
using System.Text.RegularExpressions;

namespace SmartVillage.Domain.Assessments;

/// <summary>
/// Reads Moodle's GIFT format (question/format/gift in Moodle), so question banks trainers already keep for
/// Moodle come in as they are.
/// </summary>
/// <remarks>
/// <para>
/// Follows Moodle's reading: questions are separated by blank lines; lines starting with <c>//</c> are
/// comments; lines are trimmed; <c>$CATEGORY:</c> sets the category of the questions after it;
/// <c>::name::</c>, a <c>[format]</c> tag, one <c>{…}</c> answer block whose content decides the type
/// (empty: essay; <c>#</c>: numerical; any <c>~</c>: choice; <c>=</c> with <c>-></c>: matching;
/// T/TRUE/F/FALSE: true/false; <c>=</c>: short answer), <c>####</c> general feedback, and no block at all
/// for a description. Text after the block makes the answers a blank inside the sentence.
/// </para>
/// <para>
/// Stricter than Moodle where Moodle silently guesses: text before the first <c>=</c>/<c>~</c> of a block
/// (Moodle makes <c>{Jakarta}</c> a short answer and <c>{BENAR}</c> too), a second answer block, an
/// unclosed <c>::name</c> and a stray <c>~</c> in a numerical block are errors here, because a trainer's
/// typo should be reported, not imported as a question nobody can answer right.
/// </para>
/// </remarks>
public static partial class GiftParser
{
    private const string CategoryPrefix = "$CATEGORY:";
    private static readonly QuestionValidator Validator = new();

    public static ParsedQuestions Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var questions = new List<Question>();
        var errors = new List<QuestionFileError>();
        var starts = new List<int>();
        string? category = null;

        foreach (var block in Blocks(text))
        {
            var lines = block.Lines;
            if (lines[0].Text.StartsWith(CategoryPrefix, StringComparison.OrdinalIgnoreCase))
            {
                category = ReadCategory(lines[0], errors);
                // Moodle wants a blank line after the category; a question right below it is read, not lost.
                lines = lines.Skip(1).ToList();
                if (lines.Count == 0) continue;
            }

            var start = lines[0].Number;
            var read = ReadQuestion(string.Join("\n", lines.Select(l => l.Text)));
            if (read.Error is not null)
            {
                errors.Add(new QuestionFileError(start, read.Error));
                continue;
            }

            var (idNumber, tags) = IdNumberAndTags(block.Comments);
            var question = read.Question! with { Category = category, IdNumber = idNumber, Tags = tags };
            var validation = Validator.Validate(question);
            if (validation.IsValid)
            {
                questions.Add(question);
                starts.Add(start);
            }
            else
                errors.AddRange(validation.Errors.Select(e => new QuestionFileError(start, e.ErrorMessage)));
        }

        return errors.Count > 0
            ? new ParsedQuestions(ValueList<Question>.Empty, ValueList.From(errors))
            : new ParsedQuestions(ValueList.From(questions), ValueList<QuestionFileError>.Empty) { Lines = ValueList.From(starts) };
    }

    private sealed record Line(int Number, string Text);

    private sealed record Block(List<Line> Lines, string Comments);

    /// <summary>
    /// The category a <c>$CATEGORY:</c> line names, as the bank keeps it (<c>$course$/Pre-test</c>; Moodle's context and
    /// "top" dropped); null for none or Moodle's top category. A path that is not one is reported at its line.
    /// </summary>
    private static string? ReadCategory(Line line, List<QuestionFileError> errors)
    {
        var path = GiftText.Unescape(GiftText.Protect(line.Text[CategoryPrefix.Length..].Trim()));
        if (path.Length == 0) return null;
        try
        {
            return QuestionCategory.NormalizeOrTop(path) is { } normalized ? QuestionCategory.CoursePrefix + normalized : null;
        }
        catch (DomainException e)
        {
            errors.Add(new QuestionFileError(line.Number, e.Message));
            return null;
        }
    }

    /// <summary>
    /// Moodle's <c>// [id:…] [tag:…]</c> comment tokens: the first ID number and every tag, <c>\]</c> standing for "]";
    /// a token cannot run over a line break.
    /// </summary>
    private static (string? IdNumber, ValueList<string> Tags) IdNumberAndTags(string comments)
    {
        if (comments.Length == 0) return (null, ValueList<string>.Empty);
        var id = IdToken().Match(comments);
        var idNumber = id.Success ? MoodleText.CleanIdNumber(id.Groups[1].Value.Replace("\\]", "]", StringComparison.Ordinal)) : null;
        var tags = TagToken().Matches(comments).Select(m => m.Groups[1].Value.Replace("\\]", "]", StringComparison.Ordinal));
        return (idNumber, MoodleText.CleanTags(tags));
    }

    /// <summary>Runs of non-blank lines, each line with its 1-based number; comment lines are set apart, as Moodle does.</summary>
    private static IEnumerable<Block> Blocks(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var block = new List<Line>();
        var comments = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                if (block.Count > 0) yield return new Block(block, comments.ToString());
                block = [];
                comments.Clear();
                continue;
            }

            if (line.StartsWith("//", StringComparison.Ordinal)) comments.Append(line).Append('\n');
            else block.Add(new Line(i + 1, line));
        }

        if (block.Count > 0) yield return new Block(block, comments.ToString());
    }

    private sealed record Outcome(Question? Question, string? Error);

    private static Outcome Fail(string message) => new(null, message);

    private static Outcome ReadQuestion(string raw)
    {
        var s = GiftText.Protect(raw);

        string? name = null;
        if (s.StartsWith("::", StringComparison.Ordinal))
        {
            var end = s.IndexOf("::", 2, StringComparison.Ordinal);
            if (end < 0) return Fail("Nama soal dibuka dengan :: tetapi tidak ditutup dengan ::.");
            name = MoodleText.CleanName(GiftText.Unescape(s[2..end]));
            s = s[(end + 2)..].Trim();
        }

        var open = s.IndexOf('{');
        var close = s.IndexOf('}');
        if (open < 0 && close < 0)
        {
            var (descriptionFormat, descriptionText) = GiftText.TakeFormat(s);
            return new Outcome(Question.Description(GiftText.Unescape(descriptionText.Trim())) with
            {
                Name = name,
                TextFormat = descriptionFormat ?? TextFormat.Moodle,
            }, null);
        }

        if (close < 0) return Fail("Kurung kurawal { tidak ditutup dengan }.");
        if (open < 0 || close < open) return Fail("Ada } tanpa { pembuka; untuk kurung kurawal di dalam teks tulis \\}.");
        var answer = s[(open + 1)..close];
        if (answer.Contains('{'))
            return Fail("Ada { di dalam blok jawaban: blok sebelumnya belum ditutup dengan }, atau dua soal tidak dipisah baris kosong.");
        var after = s[(close + 1)..];
        if (after.IndexOfAny(['{', '}']) >= 0)
            return Fail("Hanya boleh satu blok jawaban {…} per soal; untuk kurung kurawal di dalam teks tulis \\{ dan \\}.");

        var (format, before) = GiftText.TakeFormat(s[..open]);
        var hasBlank = after.Trim().Length > 0;
        var text = hasBlank ? before.TrimStart() : before.Trim();
        var textAfter = hasBlank ? after.TrimEnd() : "";

        answer = answer.Trim();
        var generalFeedback = "";
        var feedbackAt = answer.LastIndexOf("####", StringComparison.Ordinal);
        if (feedbackAt >= 0)
        {
            generalFeedback = GiftText.Piece(answer[(feedbackAt + 4)..]);
            answer = answer[..feedbackAt].Trim();
        }

        var typed = ReadAnswers(answer, hasBlank);
        if (typed.Error is not null) return typed;

        return new Outcome(typed.Question! with
        {
            Name = name,
            Text = GiftText.Unescape(text),
            TextAfterBlank = GiftText.Unescape(textAfter),
            TextFormat = format ?? TextFormat.Moodle,
            GeneralFeedback = generalFeedback,
        }, null);
    }

    /// <summary>Decides the type from the block's content, in Moodle's order, and reads its answers.</summary>
    private static Outcome ReadAnswers(string answer, bool hasBlank)
    {
        if (answer.Length == 0) return new Outcome(Question.Essay(""), null);
        if (answer[0] == '#') return ReadNumerical(answer[1..]);
        if (answer.Contains('~')) return ReadChoices(answer, hasBlank);
        if (answer.Contains('=') && answer.Contains("->", StringComparison.Ordinal)) return ReadMatching(answer);

        var truth = answer.Split('#', 3);
        var value = truth[0].Trim().ToUpperInvariant();
        if (value is "T" or "TRUE" or "F" or "FALSE")
        {
            var correct = value is "T" or "TRUE";
            var whenWrong = truth.Length > 1 ? GiftText.Piece(truth[1]) : "";
            var whenRight = truth.Length > 2 ? GiftText.Piece(truth[2]) : "";
            return new Outcome(correct
                ? Question.TrueFalse("", true, feedbackForTrue: whenRight, feedbackForFalse: whenWrong)
                : Question.TrueFalse("", false, feedbackForTrue: whenWrong, feedbackForFalse: whenRight), null);
        }

        if (answer[0] == '=') return ReadShortAnswer(answer);

        var written = truth[0].Trim();
        var shown = GiftText.Unescape(written.Length > 30 ? written[..30] + "…" : written);
        if (value is "BENAR" or "SALAH" or "B" or "S" or "YA" or "TIDAK")
            return Fail($"Jenis soal tidak dikenali dari {{{shown}}}: untuk soal benar/salah tulis {{T}} atau {{F}}.");
        return Fail($"Jenis soal tidak dikenali dari \"{shown}\": awali jawaban dengan = atau ~, tulis {{T}}/{{F}} untuk benar/salah, {{#…}} untuk angka, atau {{}} untuk esai.");
    }

    private static Outcome ReadChoices(string answer, bool hasBlank)
    {
        var (leading, pieces) = SplitMarked(answer, "~=");
        if (leading.Length > 0) return TextBeforeFirstAnswer(leading);

        var choices = new List<Choice>();
        foreach (var (marker, body) in pieces)
        {
            decimal weight = 0;
            var rest = body.Trim();
            if (marker == '=')
            {
                weight = 100;
            }
            else if (TakeWeight(ref rest, out var parsed) is { } error)
            {
                return Fail(error);
            }
            else if (parsed is not null)
            {
                weight = parsed.Value;
            }

            var (choiceText, feedback) = SplitFeedback(rest);
            choices.Add(new Choice(choiceText, weight, feedback));
        }

        // Moodle: an "=" makes it single choice; only "~" (with weights) lets several options be right.
        var single = pieces.Any(p => p.Marker == '=');
        var question = !single ? Question.MultipleAnswer("", choices)
            : hasBlank ? Question.MissingWord("", choices, "")
            : Question.SingleChoice("", choices);
        return new Outcome(question, null);
    }

    private static Outcome ReadShortAnswer(string answer)
    {
        var (_, pieces) = SplitMarked(answer, "=");
        var answers = new List<AcceptedAnswer>();
        foreach (var (_, body) in pieces)
        {
            var rest = body.Trim();
            if (TakeWeight(ref rest, out var weight) is { } error) return Fail(error);
            var (accepted, feedback) = SplitFeedback(rest);
            answers.Add(new AcceptedAnswer(accepted, weight ?? 100, feedback));
        }

        return new Outcome(Question.ShortAnswer("", answers), null);
    }

    private static Outcome ReadMatching(string answer)
    {
        var (leading, pieces) = SplitMarked(answer, "=");
        if (leading.Length > 0) return TextBeforeFirstAnswer(leading);

        var pairs = new List<MatchingPair>();
        foreach (var (_, body) in pieces)
        {
            var arrow = body.IndexOf("->", StringComparison.Ordinal);
            if (arrow < 0)
                return Fail($"Pasangan \"{GiftText.Piece(body)}\" harus ditulis =soal -> jawaban.");
            // As Moodle: the right side is plain text (a drop-down item), so a leading "[…]" there is text, not a format.
            pairs.Add(new MatchingPair(GiftText.Piece(body[..arrow]), GiftText.Unescape(body[(arrow + 2)..].Trim())));
        }

        return new Outcome(Question.Matching("", pairs), null);
    }

    private static Outcome ReadNumerical(string body)
    {
        var otherFeedback = "";
        var tilde = body.IndexOf('~');
        if (tilde >= 0)
        {
            var other = body[(tilde + 1)..].Split('#', 2);
            if (other[0].Trim().Length > 0 || other.Length < 2)
                return Fail("Pada soal numerik, ~ hanya untuk umpan balik jawaban lain: tulis ~#umpan balik.");
            otherFeedback = GiftText.Piece(other[1]);
            body = body[..tilde];
        }

        var (leading, pieces) = SplitMarked(body, "=");
        var texts = (leading.Length > 0 ? [leading] : Enumerable.Empty<string>()).Concat(pieces.Select(p => p.Body)).ToList();
        if (texts.Count == 0) return Fail("Soal numerik perlu paling sedikit 1 jawaban angka, misalnya {#20:2} atau {#1..5}.");

        var answers = new List<NumericalAnswer>();
        foreach (var piece in texts)
        {
            var rest = piece.Trim();
            if (TakeWeight(ref rest, out var weight) is { } error) return Fail(error);
            var (numberText, feedback) = SplitFeedback(rest);
            var range = numberText.IndexOf("..", StringComparison.Ordinal);
            var colon = numberText.IndexOf(':');
            if (range > 0)
            {
                if (!TryNumber(numberText[..range], out var min) || !TryNumber(numberText[(range + 2)..], out var max))
                    return NotANumber(numberText);
                answers.Add(NumericalAnswer.Between(min, max, weight ?? 100, feedback));
            }
            else if (colon > 0)
            {
                if (!TryNumber(numberText[..colon], out var value) || !TryNumber(numberText[(colon + 1)..], out var tolerance))
                    return NotANumber(numberText);
                answers.Add(NumericalAnswer.Around(value, tolerance, weight ?? 100, feedback));
            }
            else
            {
                if (!TryNumber(numberText, out var value)) return NotANumber(numberText);
                answers.Add(NumericalAnswer.Around(value, 0, weight ?? 100, feedback));
            }
        }

        return new Outcome(Question.Numerical("", answers, otherFeedback), null);
    }

    private static Outcome NotANumber(string text) =>
        Fail($"\"{text}\" bukan angka yang dikenali; tulis misalnya 2.5, 2.5:0.1 (toleransi) atau 1..5 (rentang).");

    private static Outcome TextBeforeFirstAnswer(string leading) =>
        Fail($"Teks \"{GiftText.Unescape(leading)}\" ada sebelum jawaban pertama; awali setiap jawaban dengan = (benar) atau ~ (salah).");

    /// <summary>Splits "=a ~b =c" into marked pieces, keeping what precedes the first marker.</summary>
    private static (string Leading, List<(char Marker, string Body)> Pieces) SplitMarked(string text, string markers)
    {
        var pieces = new List<(char, string)>();
        var first = text.IndexOfAny(markers.ToCharArray());
        if (first < 0) return (text.Trim(), pieces);
        var leading = text[..first].Trim();
        var start = first;
        for (var i = first + 1; i <= text.Length; i++)
        {
            if (i < text.Length && markers.IndexOf(text[i]) < 0) continue;
            pieces.Add((text[start], text[(start + 1)..i]));
            start = i;
        }

        return (leading, pieces);
    }

    private static (string Text, string Feedback) SplitFeedback(string body)
    {
        var hash = body.IndexOf('#');
        return hash < 0
            ? (GiftText.Piece(body), "")
            : (GiftText.Piece(body[..hash]), GiftText.Piece(body[(hash + 1)..]));
    }

    /// <summary>Reads a leading <c>%50%</c>; returns an error message when it is there but not a number.</summary>
    private static string? TakeWeight(ref string body, out decimal? weight)
    {
        weight = null;
        var match = WeightPattern().Match(body);
        if (!match.Success)
        {
            var looksLikeWeight = LooseWeightPattern().Match(body);
            return looksLikeWeight.Success
                ? $"Bobot \"{GiftText.Unescape(looksLikeWeight.Value)}\" harus angka persen, misalnya %50% atau %-25%."
                : null;
        }

        TryNumber(match.Groups[1].Value, out var value);
        weight = value;
        body = body[match.Length..];
        return null;
    }

    /// <summary>Numbers in a file: a dot or (for Indonesian authors) a lone comma as the decimal mark.</summary>
    private static bool TryNumber(string text, out decimal number)
    {
        var s = text.Trim();
        if (!s.Contains('.') && s.Count(c => c == ',') == 1) s = s.Replace(',', '.');
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out number);
    }

    [GeneratedRegex(@"\[id:((?:\\\]|[^\]\p{Cc}])+)\]")]
    private static partial Regex IdToken();

    [GeneratedRegex(@"\[tag:((?:\\\]|[^\]<>`\p{Cc}])*)\]")]
    private static partial Regex TagToken();

    [GeneratedRegex(@"^%\s*(-?\d+(?:[.,]\d+)?)\s*%")]
    private static partial Regex WeightPattern();

    /// <summary>A "%…%" of a few characters at the start is a weight gone wrong, not answer text.</summary>
    [GeneratedRegex(@"^%[^%]{1,12}%")]
    private static partial Regex LooseWeightPattern();
}
