namespace SmartVillage.Domain.Evaluations;

/// <summary>
/// One question of one evaluation as the official reads it: a template item, once, or once per trainer for the trainer
/// section ("Penguasaan materi — Hendra Saputra"). Copied at build time, so a later template version never changes it.
/// </summary>
public sealed class EvaluationQuestion
{
    private EvaluationQuestion() { }

    internal EvaluationQuestion(int position, EvaluationTemplateItem item, EvaluationTrainer? trainer)
    {
        Position = position;
        TemplateItemId = item.Id;
        Section = item.Section;
        Kind = item.Kind;
        Text = item.Text;
        TrainerId = trainer?.UserId;
        TrainerName = trainer?.Name;
    }

    public int Id { get; private set; }
    public int EvaluationId { get; private set; }
    public int Position { get; private set; }
    public int TemplateItemId { get; private set; }
    public EvaluationSection Section { get; private set; }
    public EvaluationItemKind Kind { get; private set; }
    public string Text { get; private set; } = "";

    /// <summary>The trainer this question is about (trainer section only).</summary>
    public string? TrainerId { get; private set; }

    public string? TrainerName { get; private set; }

    public bool IsLikert => Kind == EvaluationItemKind.Likert;
}

/// <summary>A trainer of the bimtek or course, in the order the form lists them (the owner first).</summary>
public sealed record EvaluationTrainer(string UserId, string Name);
