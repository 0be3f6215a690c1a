namespace SmartVillage.Domain.Assessments;

/// <summary>
/// The kinds of question Moodle's GIFT format can carry. Kept one-to-one with Moodle's question types
/// so that banks trainers already wrote for Moodle come in and go out without losing meaning.
/// </summary>
public enum QuestionType
{
    /// <summary>One answer is right (Moodle multichoice, single). GIFT: <c>{=right ~wrong}</c>.</summary>
    SingleChoice,

    /// <summary>Several answers may be right, each with a weight (Moodle multichoice, multiple). GIFT: <c>{~%50%a ~%50%b ~%-100%c}</c>.</summary>
    MultipleAnswer,

    /// <summary>GIFT: <c>{T}</c>, <c>{FALSE}</c>.</summary>
    TrueFalse,

    /// <summary>Typed answers compared case-insensitively, <c>*</c> as wildcard. GIFT: <c>{=Musdes =musyawarah desa}</c>.</summary>
    ShortAnswer,

    /// <summary>GIFT: <c>{#20:2}</c>, <c>{#1..5}</c>.</summary>
    Numerical,

    /// <summary>GIFT: <c>{=APBDes -> Kaur Keuangan =RKPDes -> Kaur Perencanaan}</c>.</summary>
    Matching,

    /// <summary>A single choice whose answer block sits inside the sentence, shown as a blank.</summary>
    MissingWord,

    /// <summary>Free text graded by a trainer. GIFT: <c>{}</c>.</summary>
    Essay,

    /// <summary>Text between questions (a case, a table); never scored. GIFT: no answer block.</summary>
    Description,
}
