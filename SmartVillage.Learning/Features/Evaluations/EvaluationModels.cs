using SmartVillage.Domain.Evaluations;

namespace SmartVillage.Learning.Features.Evaluations;

/// <summary>An evaluation offered to an official: a bimtek after its last session they attended, or a completed course.</summary>
public sealed record EvaluationOffer(EvaluationSubject Subject, int SubjectId, string Title, DateTimeOffset Until, bool Started)
{
    public string Url => EvaluationLinks.Answer(Subject, SubjectId);
}

/// <summary>The form as the official answers it, with what they answered so far.</summary>
public sealed record EvaluationForm(int EvaluationId, EvaluationSubject Subject, string Title, int Scale, IReadOnlyList<string> ScaleLabels,
    bool AnonymousToTrainers, IReadOnlyList<FormQuestion> Questions, bool Submitted);

public sealed record FormQuestion(int Id, int Position, EvaluationSection Section, EvaluationItemKind Kind, string Text, string? TrainerName,
    int? Score, string? Answer);

/// <summary>One question's aggregated answers: count, mean and the count of each score (index 0 = score 1).</summary>
public sealed record QuestionResult(int QuestionId, int Position, EvaluationItemKind Kind, string Text, int Answered, decimal? Mean,
    IReadOnlyList<int> Distribution, IReadOnlyList<string> OpenAnswers);

/// <summary>A section (the organisation, or one trainer) with its mean over every statement answered.</summary>
public sealed record SectionResult(EvaluationSection Section, string? TrainerId, string? TrainerName, decimal? Mean, IReadOnlyList<QuestionResult> Questions)
{
    public string Heading => TrainerName is null ? EvaluationLabels.Of(Section) : $"{EvaluationLabels.Of(Section)}: {TrainerName}";
}

public sealed record RegencyResponses(string RegencyCode, string RegencyName, int Responses);

/// <summary>The results of one evaluation as the actor may read them.</summary>
public sealed record EvaluationResults(int EvaluationId, EvaluationSubject Subject, int SubjectId, string Title, int TemplateVersion, int Scale,
    IReadOnlyList<string> ScaleLabels, bool AnonymousToTrainers, int Responses, int Eligible, IReadOnlyList<SectionResult> Sections,
    IReadOnlyList<RegencyResponses> ByRegency, bool SeesAllTrainers)
{
    public decimal? ResponseRate => Eligible == 0 ? null : Math.Round(100m * Responses / Eligible, 1);
}

/// <summary>One official's answers, for a form that is not anonymous.</summary>
public sealed record RespondentAnswers(string Name, DateTimeOffset SubmittedAt, IReadOnlyDictionary<int, string> AnswersByQuestion);

/// <summary>One bimtek or course of a trainer: the mean of the trainer's own statements there, on the 1–5 scale.</summary>
public sealed record TrainerHistoryRow(int EvaluationId, EvaluationSubject Subject, string Title, DateTimeOffset Date, int Responses, decimal? Mean);

public sealed record TrainerHistory(string TrainerId, string TrainerName, IReadOnlyList<TrainerHistoryRow> Rows);

public sealed record TrainerChoice(string Id, string Name);

/// <summary>An evaluation in the staff's list.</summary>
public sealed record EvaluationSummary(int Id, EvaluationSubject Subject, int SubjectId, string Title, DateTimeOffset BuiltAt, int Responses, bool AnonymousToTrainers);

/// <summary>How the trainer wants the form built: anonymity, and (always) the newest template version.</summary>
public sealed record BuildSettings(bool AnonymousToTrainers);

public static class EvaluationLinks
{
    public static string Answer(EvaluationSubject subject, int subjectId) =>
        $"/evaluate/{(subject == EvaluationSubject.Workshop ? "workshop" : "course")}/{subjectId}";

    public static string Results(EvaluationSubject subject, int subjectId) =>
        $"/evaluations/{(subject == EvaluationSubject.Workshop ? "workshop" : "course")}/{subjectId}";

    public static bool TryParse(string? text, out EvaluationSubject subject)
    {
        subject = text switch { "workshop" => EvaluationSubject.Workshop, "course" => EvaluationSubject.Course, _ => 0 };
        return subject != 0;
    }
}
