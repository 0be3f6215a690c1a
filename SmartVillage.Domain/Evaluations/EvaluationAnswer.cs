namespace SmartVillage.Domain.Evaluations;

/// <summary>
/// One answer of one response, saved the moment it is given (like a quiz answer): unique per (response, question), so a
/// double tap or a reconnect replaces the answer instead of adding a second.
/// </summary>
public sealed class EvaluationAnswer
{
    public const int TextMaxLength = 1000;

    private EvaluationAnswer() { }

    public EvaluationAnswer(int responseId, EvaluationQuestion question, int scale, int? score, string? text, DateTimeOffset now)
    {
        ResponseId = responseId;
        QuestionId = question.Id;
        Change(question, scale, score, text, now);
    }

    public long Id { get; private set; }
    public int ResponseId { get; private set; }
    public int QuestionId { get; private set; }

    /// <summary>1..scale for a statement; null for an open question.</summary>
    public int? Score { get; private set; }

    /// <summary>The words of an open question; null for a statement.</summary>
    public string? Text { get; private set; }

    public DateTimeOffset AnsweredAt { get; private set; }

    public void Change(EvaluationQuestion question, int scale, int? score, string? text, DateTimeOffset now)
    {
        if (question.IsLikert)
        {
            if (score is not { } s || s < 1 || s > scale) throw new DomainException($"Pilih nilai 1 sampai {scale}.");
            Score = s;
            Text = null;
        }
        else
        {
            var trimmed = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
            if (trimmed is { Length: > TextMaxLength }) throw new DomainException($"Jawaban paling panjang {TextMaxLength} karakter.");
            Score = null;
            Text = trimmed;
        }
        AnsweredAt = now;
    }
}
