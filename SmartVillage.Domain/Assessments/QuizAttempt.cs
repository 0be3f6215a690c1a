namespace SmartVillage.Domain.Assessments;

/// <summary>
/// One official's attempt at a quiz: the questions drawn for it (a snapshot), the answers given, the deadline
/// fixed at the start, and the grade. Answers are accepted only while it is in progress and before the deadline;
/// submission happens once (a second submit changes nothing); an attempt whose deadline passed is submitted with
/// the answers saved so far. Every change draws a new <see cref="RowVersion"/>, so two writers racing on one attempt
/// (two tabs, a double click, the sweeper and the official) cannot both win. See docs/decisions/0006.
/// </summary>
public sealed class QuizAttempt
{
    public const string AlreadySubmittedMessage = "Kuis ini sudah dikumpulkan; jawaban tidak dapat diubah lagi.";
    public const string TimeUpMessage = "Waktu mengerjakan kuis sudah habis; jawaban yang tersimpan sudah dikumpulkan.";

    private readonly List<AttemptQuestion> _questions = [];

    private QuizAttempt() { }

    private QuizAttempt(Quiz quiz, string userId, int number, DateTimeOffset now)
    {
        QuizId = quiz.Id;
        UserId = userId;
        Number = number;
        StartedAt = now;
        Deadline = DeadlineFor(quiz, now);
        PassingScore = quiz.PassingScore;
    }

    public long Id { get; private set; }
    public int QuizId { get; private set; }
    public string UserId { get; private set; } = "";

    /// <summary>1 for the official's first attempt at the quiz, 2 for the second…</summary>
    public int Number { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>Start plus the time limit, never after the quiz closes; null: no limit.</summary>
    public DateTimeOffset? Deadline { get; private set; }

    public AttemptState State { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>Submitted by the server because the deadline passed, not by the official.</summary>
    public bool AutoSubmitted { get; private set; }

    /// <summary>The quiz's passing score when the attempt started.</summary>
    public int PassingScore { get; private set; }

    /// <summary>Sum of the marks of the gradable questions.</summary>
    public decimal MarksPossible { get; private set; }

    /// <summary>Marks earned so far; null while in progress. Essays awaiting a trainer count 0 until graded.</summary>
    public decimal? MarksEarned { get; private set; }

    /// <summary>0..100, two decimals; null while in progress.</summary>
    public decimal? ScorePercent { get; private set; }

    /// <summary>Score at or above the passing score; null while in progress. Provisional while <see cref="State"/> is Submitted.</summary>
    public bool? Passed { get; private set; }

    /// <summary>When the last grade was given (submission, or a trainer's essay grade).</summary>
    public DateTimeOffset? GradedAt { get; private set; }

    /// <summary>Concurrency token, new on every change.</summary>
    public Guid RowVersion { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<AttemptQuestion> Questions => _questions;

    public bool IsFinished => State != AttemptState.InProgress;

    /// <summary>Starts an attempt. The caller has checked <see cref="AttemptPolicy.StartRefusal"/> with the official's earlier attempts.</summary>
    public static QuizAttempt Start(Quiz quiz, string userId, int previousAttempts, IReadOnlyList<DrawnQuestion> questions, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(quiz);
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (AttemptPolicy.StartRefusal(quiz, previousAttempts, now) is { } refusal) throw new DomainException(refusal);
        if (questions.Count == 0) throw new DomainException(Quiz.NoSlotsMessage);
        var attempt = new QuizAttempt(quiz, userId, previousAttempts + 1, now);
        var number = 0;
        foreach (var drawn in questions) attempt._questions.Add(new AttemptQuestion(++number, drawn));
        attempt.MarksPossible = attempt._questions.Where(q => q.IsGradable).Sum(q => q.Mark);
        return attempt;
    }

    public static DateTimeOffset? DeadlineFor(Quiz quiz, DateTimeOffset start)
    {
        DateTimeOffset? deadline = quiz.TimeLimitMinutes is { } minutes ? start.AddMinutes(minutes) : null;
        if (quiz.ClosesAt is { } closes && (deadline is null || closes < deadline)) deadline = closes;
        return deadline;
    }

    public bool IsOverdue(DateTimeOffset now) => State == AttemptState.InProgress && Deadline is { } deadline && now >= deadline;

    public AttemptQuestion Question(int number) =>
        _questions.FirstOrDefault(q => q.Number == number) ?? throw new DomainException($"Soal nomor {number} tidak ada di kuis ini.");

    /// <summary>Saves the answer to question <paramref name="number"/>, replacing an earlier one; null clears it.</summary>
    public void Answer(int number, Response? response, DateTimeOffset now)
    {
        if (State != AttemptState.InProgress) throw new DomainException(AlreadySubmittedMessage);
        if (IsOverdue(now)) throw new DomainException(TimeUpMessage);
        Question(number).Answer(response, now);
        Touch();
    }

    /// <summary>Submits and grades. Returns false, changing nothing, when already submitted. Past the deadline it counts as submitted at the deadline.</summary>
    public bool Submit(DateTimeOffset now)
    {
        if (State != AttemptState.InProgress) return false;
        var overdue = IsOverdue(now);
        SubmittedAt = overdue ? Deadline : now;
        AutoSubmitted = overdue;
        foreach (var question in _questions) question.GradeAutomatically(now);
        Recompute(now);
        return true;
    }

    /// <summary>Submits an attempt whose deadline passed; returns whether it did.</summary>
    public bool SubmitIfOverdue(DateTimeOffset now) => IsOverdue(now) && Submit(now);

    /// <summary>A trainer's grade for an essay: <paramref name="fraction"/> of its mark (0..1), with an optional comment.</summary>
    public void GradeEssay(int number, decimal fraction, string? comment, string graderId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(graderId);
        if (State == AttemptState.InProgress) throw new DomainException("Kuis ini belum dikumpulkan; esai dinilai sesudah peserta mengumpulkan.");
        Question(number).GradeByHand(fraction, comment, graderId, now);
        Recompute(now);
    }

    private void Recompute(DateTimeOffset now)
    {
        MarksEarned = _questions.Sum(q => q.MarksEarned ?? 0);
        ScorePercent = MarksPossible == 0 ? 0 : Math.Round(MarksEarned.Value / MarksPossible * 100, 2, MidpointRounding.AwayFromZero);
        Passed = ScorePercent >= PassingScore;
        State = _questions.Any(q => q.AwaitsManualGrading) ? AttemptState.Submitted : AttemptState.Graded;
        GradedAt = now;
        Touch();
    }

    private void Touch() => RowVersion = Guid.NewGuid();
}
