namespace SmartVillage.Domain.Evaluations;

/// <summary>Which part of the form an item belongs to: the organisation (evaluasi penyelenggaraan) or each trainer (evaluasi pengajar).</summary>
public enum EvaluationSection
{
    /// <summary>Penyelenggaraan: material, schedule, venue, meals, committee. Asked once.</summary>
    Organisation = 1,

    /// <summary>Pengajar: mastery, delivery, time discipline, answering questions. Asked once per trainer.</summary>
    Trainer = 2,
}

/// <summary>A Likert statement scored 1..scale, or an open question answered in words.</summary>
public enum EvaluationItemKind
{
    Likert = 1,
    Open = 2,
}

/// <summary>What is evaluated: a bimtek (workshop) or a course.</summary>
public enum EvaluationSubject
{
    Workshop = 1,
    Course = 2,
}

public static class EvaluationLabels
{
    public static string Of(EvaluationSection section) => section switch
    {
        EvaluationSection.Organisation => "Penyelenggaraan",
        EvaluationSection.Trainer => "Pengajar",
        _ => section.ToString(),
    };

    public static string Of(EvaluationSubject subject) => subject switch
    {
        EvaluationSubject.Workshop => "Bimtek",
        EvaluationSubject.Course => "Kursus",
        _ => subject.ToString(),
    };
}
