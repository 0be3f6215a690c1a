namespace SmartVillage.Domain.Evaluations;

/// <summary>
/// The evaluation form of one bimtek or one course, built from one template version: the organisation items once, the
/// trainer items once per trainer. Optionally anonymous to the trainers: then no one reads who answered what, and the
/// province still counts the responses by regency. Rebuilt only while nobody has answered it.
/// </summary>
public sealed class Evaluation
{
    public const string AnsweredMessage = "Evaluasi ini sudah diisi peserta, jadi butirnya tidak dapat diubah lagi.";

    private readonly List<EvaluationQuestion> _questions = [];

    private Evaluation() { }

    private Evaluation(EvaluationSubject subject, int subjectId, string title, DateTimeOffset now)
    {
        if (!Enum.IsDefined(subject)) throw new DomainException("Evaluasi untuk bimtek atau kursus.");
        Subject = subject;
        WorkshopId = subject == EvaluationSubject.Workshop ? subjectId : null;
        CourseId = subject == EvaluationSubject.Course ? subjectId : null;
        Title = string.IsNullOrWhiteSpace(title) ? "Evaluasi" : title.Trim();
        CreatedAt = now;
    }

    /// <summary>Builds the form of a bimtek or course from <paramref name="template"/> for <paramref name="trainers"/>.</summary>
    public static Evaluation Build(EvaluationSubject subject, int subjectId, string title, EvaluationTemplate template,
        IReadOnlyList<EvaluationTrainer> trainers, bool anonymousToTrainers, string? builtById, DateTimeOffset now)
    {
        var evaluation = new Evaluation(subject, subjectId, title, now);
        evaluation.Fill(template, trainers, anonymousToTrainers, builtById, now);
        return evaluation;
    }

    public int Id { get; private set; }
    public EvaluationSubject Subject { get; private set; }
    public int? WorkshopId { get; private set; }
    public int? CourseId { get; private set; }

    /// <summary>The bimtek's or course's title when built, for lists and exports.</summary>
    public string Title { get; private set; } = "";

    /// <summary>The template version the questions were copied from; answers keep meaning that version's statements.</summary>
    public int TemplateId { get; private set; }

    public int TemplateVersion { get; private set; }
    public int Scale { get; private set; }
    public bool AnonymousToTrainers { get; private set; }
    public string? BuiltById { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset BuiltAt { get; private set; }

    public IReadOnlyList<EvaluationQuestion> Questions => _questions;

    public IEnumerable<EvaluationQuestion> QuestionsInOrder => _questions.OrderBy(q => q.Position);

    public int SubjectId => WorkshopId ?? CourseId ?? 0;

    /// <summary>Builds the questions again (another template version, other trainers, anonymity); refused once anyone answered.</summary>
    public void Rebuild(EvaluationTemplate template, IReadOnlyList<EvaluationTrainer> trainers, bool anonymousToTrainers, bool hasResponses,
        string? builtById, DateTimeOffset now)
    {
        if (hasResponses) throw new DomainException(AnsweredMessage);
        _questions.Clear();
        Fill(template, trainers, anonymousToTrainers, builtById, now);
    }

    private void Fill(EvaluationTemplate template, IReadOnlyList<EvaluationTrainer> trainers, bool anonymousToTrainers, string? builtById, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(template);
        TemplateId = template.Id;
        TemplateVersion = template.Version;
        Scale = template.Scale;
        AnonymousToTrainers = anonymousToTrainers;
        BuiltById = builtById;
        BuiltAt = now;
        var position = 0;
        var items = template.ItemsInOrder.ToList();
        foreach (var item in items.Where(i => i.Section == EvaluationSection.Organisation))
            _questions.Add(new EvaluationQuestion(++position, item, null));
        // The trainer items repeat per trainer, each trainer's block together, in the order the trainers are listed.
        foreach (var trainer in trainers.DistinctBy(t => t.UserId))
            foreach (var item in items.Where(i => i.Section == EvaluationSection.Trainer))
                _questions.Add(new EvaluationQuestion(++position, item, trainer));
    }
}
