namespace SmartVillage.Domain.Assessments;

/// <summary>
/// One question of one attempt: a snapshot of the bank question as it was drawn (so editing the bank never changes
/// an attempt in progress or already graded), the order its options are shown in, the official's answer as given,
/// and its grade. Exactly one per (attempt, number); the answer is replaced in place when the official changes it.
/// </summary>
public sealed class AttemptQuestion
{
    public const int MaxTextAnswerLength = 10_000;

    private AttemptQuestion() { }

    internal AttemptQuestion(int number, DrawnQuestion drawn)
    {
        var q = drawn.Question;
        Number = number;
        BankQuestionId = drawn.BankQuestionId;
        Type = q.Type;
        Name = q.Name;
        Text = q.Text;
        TextFormat = q.TextFormat;
        GeneralFeedback = q.GeneralFeedback;
        Mark = q.DefaultMark;
        Parts = QuestionParts.Of(q);
        ChoiceOrder = drawn.ChoiceOrder.Count == q.Choices.Count ? drawn.ChoiceOrder : ValueList.From(Enumerable.Range(0, q.Choices.Count));
    }

    public long Id { get; private set; }
    public long AttemptId { get; private set; }

    /// <summary>1-based place in the attempt, as the official sees it.</summary>
    public int Number { get; private set; }

    /// <summary>The bank question it was drawn from (for statistics per question); the content below is the snapshot.</summary>
    public int BankQuestionId { get; private set; }

    public QuestionType Type { get; private set; }
    public string? Name { get; private set; }
    public string Text { get; private set; } = "";
    public TextFormat TextFormat { get; private set; }
    public string GeneralFeedback { get; private set; } = "";

    /// <summary>Marks the question is worth in this attempt (0 for a description).</summary>
    public decimal Mark { get; private set; }

    public QuestionParts Parts { get; private set; } = QuestionParts.None;

    /// <summary>The options in the order shown, as positions in <see cref="Question.Choices"/>; answers always use positions.</summary>
    public ValueList<int> ChoiceOrder { get; private set; } = ValueList<int>.Empty;

    /// <summary>The answer as given; null while unanswered (or cleared).</summary>
    public Response? Response { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>Null until the attempt is submitted.</summary>
    public GradeStatus? GradeStatus { get; private set; }

    /// <summary>Share of <see cref="Mark"/> earned, 0..1; null while ungraded or for a description.</summary>
    public decimal? Fraction { get; private set; }

    /// <summary>Feedback tied to what was answered (and for an essay, the trainer's comment).</summary>
    public ValueList<string> Feedback { get; private set; } = ValueList<string>.Empty;

    /// <summary>The trainer who graded an essay by hand.</summary>
    public string? GradedById { get; private set; }

    public DateTimeOffset? GradedAt { get; private set; }

    public bool IsGradable => Type != QuestionType.Description;

    public bool IsAnswered => Response.IsGiven(Response);

    public bool AwaitsManualGrading => GradeStatus == Assessments.GradeStatus.NeedsManualGrading;

    /// <summary>Marks earned; null while ungraded.</summary>
    public decimal? MarksEarned => Fraction * Mark;

    /// <summary>The question as drawn (the snapshot), for grading and showing.</summary>
    public Question ToQuestion()
    {
        var question = Question.OfType(Type, Text) with
        {
            Name = Name,
            TextFormat = TextFormat,
            GeneralFeedback = GeneralFeedback,
            DefaultMark = Mark,
        };
        return Parts.ApplyTo(question);
    }

    internal void Answer(Response? response, DateTimeOffset now)
    {
        if (!IsGradable) throw new DomainException($"Bagian nomor {Number} hanya bacaan, tidak perlu dijawab.");
        if (response is TextResponse { Text.Length: > MaxTextAnswerLength } or NumberResponse { Text.Length: > MaxTextAnswerLength })
            throw new DomainException($"Jawaban nomor {Number} terlalu panjang (paling banyak {MaxTextAnswerLength:N0} karakter).");
        try
        {
            // The grader knows which answer shape and which options each type takes; a bad shape is refused now, not at submission.
            AnswerGrader.Grade(ToQuestion(), response);
        }
        catch (ArgumentException)
        {
            throw new DomainException($"Jawaban nomor {Number} tidak cocok dengan soalnya; muat ulang halaman lalu jawab lagi.");
        }
        Response = response;
        AnsweredAt = now;
    }

    internal void GradeAutomatically(DateTimeOffset now)
    {
        if (Type == QuestionType.Essay && !IsAnswered)
        {
            // An empty essay has nothing for a trainer to read: it earns nothing and waits in no queue.
            GradeStatus = Assessments.GradeStatus.Graded;
            Fraction = 0;
            Feedback = ValueList<string>.Empty;
            GradedAt = now;
            return;
        }
        var result = AnswerGrader.Grade(ToQuestion(), IsAnswered ? Response : null);
        GradeStatus = result.Status;
        Fraction = result.Status == Assessments.GradeStatus.Graded ? result.Fraction : null;
        Feedback = result.Feedback;
        GradedAt = result.Status == Assessments.GradeStatus.Graded ? now : null;
    }

    internal void GradeByHand(decimal fraction, string? comment, string graderId, DateTimeOffset now)
    {
        if (Type != QuestionType.Essay) throw new DomainException($"Soal nomor {Number} dinilai otomatis, bukan oleh pelatih.");
        if (fraction is < 0 or > 1) throw new DomainException($"Nilai soal nomor {Number} antara 0 dan {Mark:0.##}.");
        GradeStatus = Assessments.GradeStatus.Graded;
        Fraction = fraction;
        Feedback = string.IsNullOrWhiteSpace(comment) ? ValueList<string>.Empty : [comment.Trim()];
        GradedById = graderId;
        GradedAt = now;
    }
}
