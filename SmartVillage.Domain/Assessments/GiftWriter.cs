using System.Globalization;
using System.Text;

namespace SmartVillage.Domain.Assessments;

/// <summary>
/// Writes questions as Moodle GIFT, laid out the way Moodle exports them (answers one per line, tab
/// indented), so a bank can go back to Moodle or be edited by hand, and <see cref="GiftParser"/> reads
/// back the same questions.
/// </summary>
/// <remarks>
/// What GIFT cannot carry is not written: <see cref="Question.DefaultMark"/> (every imported question is
/// worth 1), <see cref="Question.Penalty"/>, <see cref="Question.CaseSensitive"/>, embedded <see cref="Question.Files"/>
/// (their <c>@@PLUGINFILE@@</c> references stay in the text) and per-answer text formats. ID number and tags go in
/// Moodle's comment line <c>// [id:…] [tag:…]</c>. A category line is written whenever the category changes; a
/// question without a category after one with a category gets an empty <c>$CATEGORY:</c>, which the
/// parser reads as "no category" (Moodle then uses its default category).
/// </remarks>
public static class GiftWriter
{
    public static string Write(IEnumerable<Question> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var sb = new StringBuilder();
        string? category = null;
        foreach (var question in questions)
        {
            if (question.Category != category)
            {
                sb.Append("$CATEGORY:");
                if (question.Category is not null) sb.Append(' ').Append(question.Category);
                sb.Append("\n\n");
                category = question.Category;
            }

            WriteQuestion(sb, question);
            sb.Append("\n\n");
        }

        return sb.ToString();
    }

    private static void WriteQuestion(StringBuilder sb, Question q)
    {
        WriteIdNumberAndTags(sb, q);
        if (!string.IsNullOrEmpty(q.Name)) sb.Append("::").Append(GiftText.Escape(q.Name)).Append("::");

        // A tag is also needed when the text itself would be mistaken for one, or for a comment.
        if (q.TextFormat != TextFormat.Moodle || q.Text.StartsWith('[') || q.Text.StartsWith("//", StringComparison.Ordinal))
            sb.Append(GiftText.FormatTag(q.TextFormat));
        sb.Append(GiftText.Escape(q.Text));

        if (q.Type == QuestionType.Description) return;

        var answers = Answers(q);
        var generalFeedback = q.GeneralFeedback.Length > 0 ? "####" + Answer(q.GeneralFeedback) : null;
        var oneLine = q.HasBlank || q.Type is QuestionType.TrueFalse or QuestionType.Essay;
        if (oneLine)
        {
            var parts = generalFeedback is null ? answers : answers.Append(generalFeedback);
            sb.Append(q.Type == QuestionType.Numerical ? "{#" : "{").AppendJoin(' ', parts).Append('}');
        }
        else
        {
            sb.Append(q.Type == QuestionType.Numerical ? "{#\n" : "{\n");
            foreach (var line in generalFeedback is null ? answers : answers.Append(generalFeedback))
                sb.Append('\t').Append(line).Append('\n');
            sb.Append('}');
        }

        sb.Append(GiftText.Escape(q.TextAfterBlank));
    }

    /// <summary>Moodle's comment line <c>// [id:apb-01] [tag:apbdes]</c>, "]" written as <c>\]</c>; nothing when there is neither.</summary>
    private static void WriteIdNumberAndTags(StringBuilder sb, Question q)
    {
        var tokens = new List<string>();
        if (q.IdNumber is { Length: > 0 } id) tokens.Add("[id:" + id.Replace("]", "\\]", StringComparison.Ordinal) + "]");
        tokens.AddRange(q.Tags.Select(t => "[tag:" + t.Replace("]", "\\]", StringComparison.Ordinal) + "]"));
        if (tokens.Count > 0) sb.Append("// ").AppendJoin(' ', tokens).Append('\n');
    }

    private static List<string> Answers(Question q) => q.Type switch
    {
        QuestionType.SingleChoice or QuestionType.MissingWord => q.Choices.Select(c =>
            (c.Weight == 100 ? "=" : "~" + WeightPrefix(c.Weight, c.Text, 0)) + Answer(c.Text) + Feedback(c.Feedback)).ToList(),
        QuestionType.MultipleAnswer => q.Choices.Select(c =>
            "~" + WeightPrefix(c.Weight, c.Text, 0) + Answer(c.Text) + Feedback(c.Feedback)).ToList(),
        QuestionType.TrueFalse => [TrueFalse(q.TrueFalseAnswer!)],
        QuestionType.ShortAnswer => q.AcceptedAnswers.Select(a =>
            "=" + WeightPrefix(a.Weight, a.Text, 100) + Answer(a.Text) + Feedback(a.Feedback)).ToList(),
        QuestionType.Numerical => q.NumericalAnswers.Select(a =>
                "=" + WeightPrefix(a.Weight, "", 100) + Number(a) + Feedback(a.Feedback))
            .Concat(q.FeedbackForOtherNumbers.Length > 0 ? ["~#" + Answer(q.FeedbackForOtherNumbers)] : Array.Empty<string>())
            .ToList(),
        QuestionType.Matching => q.MatchingPairs.Select(p =>
            "=" + Answer(p.Subquestion) + " -> " + GiftText.Escape(p.Answer)).ToList(),
        _ => [],
    };

    /// <summary>
    /// GIFT's <c>{TRUE#shown when wrong#shown when right}</c>, from feedback kept per picked value.
    /// </summary>
    private static string TrueFalse(TrueFalseAnswer key)
    {
        var whenRight = key.FeedbackFor(key.Correct);
        var whenWrong = key.FeedbackFor(!key.Correct);
        var text = key.Correct ? "TRUE" : "FALSE";
        if (whenWrong.Length > 0 || whenRight.Length > 0) text += "#" + Answer(whenWrong);
        if (whenRight.Length > 0) text += "#" + Answer(whenRight);
        return text;
    }

    /// <summary>The weight is left out where GIFT's default says it; kept when the text starts with % and would be misread.</summary>
    private static string WeightPrefix(decimal weight, string text, decimal defaultWeight) =>
        weight == defaultWeight && !text.StartsWith('%') ? "" : "%" + Decimal(weight) + "%";

    private static string Feedback(string feedback) => feedback.Length > 0 ? "#" + Answer(feedback) : "";

    /// <summary>Answer text; a leading "[" gets an explicit tag so it is not read as a format.</summary>
    private static string Answer(string text) =>
        text.StartsWith('[') ? GiftText.FormatTag(TextFormat.Moodle) + GiftText.Escape(text) : GiftText.Escape(text);

    private static string Number(NumericalAnswer a) =>
        a.IsRange ? Decimal(a.Minimum) + ".." + Decimal(a.Maximum)
        : a.Tolerance != 0 ? Decimal(a.Value) + ":" + Decimal(a.Tolerance)
        : Decimal(a.Value);

    private static string Decimal(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);
}
