namespace SmartVillage.Domain.Evaluations;

/// <summary>
/// One official's response to one evaluation: unique per (evaluation, official), so racing submits, two tabs or a
/// reconnect all land on the one row. Answers are saved one by one while it is open; once submitted it is final.
/// The official's regency is copied at the start, so the province counts responses by regency without reading who.
/// </summary>
public sealed class EvaluationResponse
{
    public const string SubmittedMessage = "Evaluasi ini sudah Anda kirim; terima kasih. Jawaban tidak dapat diubah lagi.";

    private EvaluationResponse() { }

    public EvaluationResponse(int evaluationId, string userId, string? regencyCode, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        EvaluationId = evaluationId;
        UserId = userId;
        RegencyCode = regencyCode;
        StartedAt = now;
    }

    public int Id { get; private set; }
    public int EvaluationId { get; private set; }
    public string UserId { get; private set; } = "";
    public string? RegencyCode { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>Concurrency token: a submit racing an answer (or another submit) on another connection is noticed, not lost.</summary>
    public Guid RowVersion { get; private set; } = Guid.NewGuid();

    public bool IsSubmitted => SubmittedAt is not null;

    public void DemandOpen()
    {
        if (IsSubmitted) throw new DomainException(SubmittedMessage);
    }

    /// <summary>Every statement must be scored; open questions may stay empty.</summary>
    public void Submit(IEnumerable<EvaluationQuestion> questions, IEnumerable<EvaluationAnswer> answers, DateTimeOffset now)
    {
        DemandOpen();
        var scored = answers.Where(a => a.Score is not null).Select(a => a.QuestionId).ToHashSet();
        var missing = questions.Where(q => q.IsLikert && !scored.Contains(q.Id)).OrderBy(q => q.Position).ToList();
        if (missing.Count > 0)
            throw new DomainException(missing.Count == 1
                ? $"Pernyataan nomor {missing[0].Position} belum dinilai."
                : $"Masih ada {missing.Count} pernyataan yang belum dinilai (mulai nomor {missing[0].Position}).");
        SubmittedAt = now;
        RowVersion = Guid.NewGuid();
    }
}
