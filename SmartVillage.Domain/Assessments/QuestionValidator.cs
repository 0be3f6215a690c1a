using FluentValidation;

namespace SmartVillage.Domain.Assessments;

/// <summary>
/// Whether a question can be put in front of officials and graded fairly. Runs on every question the GIFT
/// parser reads, so an import names the broken question, and on questions authored in the app.
/// </summary>
/// <remarks>
/// Limits follow Moodle where Moodle has one, so a bank valid here is valid there: a single choice needs
/// one 100% option; multiple-answer weights of the right options add up to 100%; short and numerical
/// answers need one 100% answer. A matching question needs at least 2 real pairs, as Moodle's GIFT
/// import asks; Moodle's own editing form asks for 2 pairs and 3 answers (a third as a distractor), so a
/// 2-pair question exported to Moodle imports fine but needs a distractor before it can be edited there.
/// We deliberately allow exactly one 100% option in a single choice, where Moodle accepts several.
/// </remarks>
public sealed class QuestionValidator : AbstractValidator<Question>
{
    public const int NameMaxLength = 255;

    /// <summary>Moodle's column for a question's ID number holds 100 characters.</summary>
    public const int IdNumberMaxLength = 100;

    /// <summary>Moodle cuts a tag to 50 characters (TAG_MAX_LENGTH).</summary>
    public const int TagMaxLength = 50;

    /// <summary>Weights like 33.33333% cannot add up to exactly 100; Moodle allows the same slack.</summary>
    private const decimal WeightSumSlack = 0.01m;

    public QuestionValidator()
    {
        // A blank may open the sentence ("_____ adalah ibu kota…"), as Moodle allows: the text before it is then empty.
        RuleFor(q => q.DisplayText(Question.Blank))
            .Must(t => !string.IsNullOrWhiteSpace(t))
            .WithName("Text")
            .WithMessage("Teks soal wajib diisi.");

        RuleFor(q => q.IdNumber)
            .Must(id => id is null || (id.Trim().Length > 0 && id.Length <= IdNumberMaxLength && !id.Any(char.IsControl)))
            .WithMessage($"ID soal harus satu baris berisi teks, paling panjang {IdNumberMaxLength} karakter.");

        RuleForEach(q => q.Tags)
            .Must(t => !string.IsNullOrWhiteSpace(t) && t.Length <= TagMaxLength)
            .WithMessage((_, t) => $"Tag \"{t}\" harus berisi teks dan paling panjang {TagMaxLength} karakter.");
        RuleFor(q => q.Tags)
            .Must(t => t.Distinct(StringComparer.OrdinalIgnoreCase).Count() == t.Count)
            .WithMessage("Tag yang sama tertulis dua kali pada satu soal.");

        RuleFor(q => q.Penalty)
            .InclusiveBetween(0, 1)
            .WithMessage("Penalti soal harus antara 0 dan 1.");

        RuleForEach(q => q.Files)
            .Must(f => f.Name.Length is > 0 and <= QuestionFile.NameMaxLength && !f.Name.StartsWith('/') && !f.Name.Contains('\\')
                && !f.Name.Split('/').Any(part => part is "" or "." or ".."))
            .WithMessage((_, f) => $"Nama berkas \"{f.Name}\" tidak sah.");
        RuleForEach(q => q.Files)
            .Must(f => f.Content.Length <= QuestionFile.MaxBytes)
            .WithMessage((_, f) => $"Berkas \"{f.Name}\" terlalu besar ({f.Content.Length / 1024:N0} KB); paling besar {QuestionFile.MaxBytes / 1024 / 1024} MB per berkas.");
        RuleFor(q => q.Files)
            .Must(f => f.Select(x => x.Name).Distinct(StringComparer.Ordinal).Count() == f.Count)
            .WithMessage("Dua berkas berbeda pada satu soal memakai nama yang sama.");

        RuleFor(q => q.Name)
            .MaximumLength(NameMaxLength)
            .WithMessage($"Nama soal paling panjang {NameMaxLength} karakter.");

        RuleFor(q => q.Category)
            .Must(c => c is null || !c.Contains('\n'))
            .WithMessage("Kategori harus satu baris.");

        RuleFor(q => q.DefaultMark)
            .Equal(0).When(q => q.Type == QuestionType.Description)
            .WithMessage("Deskripsi tidak dinilai; nilainya harus 0.");
        RuleFor(q => q.DefaultMark)
            .GreaterThan(0).When(q => q.Type != QuestionType.Description)
            .WithMessage("Nilai soal harus lebih dari 0.");

        RuleFor(q => q)
            .Must(OnlyItsOwnParts)
            .WithName("Type")
            .WithMessage(q => $"Soal {NameOf(q.Type)} hanya boleh berisi bagian jawaban untuk jenisnya sendiri.");

        RuleFor(q => q.TextAfterBlank)
            .Must(t => !string.IsNullOrWhiteSpace(t)).When(q => q.Type == QuestionType.MissingWord)
            .WithMessage("Soal melengkapi kalimat perlu teks sesudah titik-titik; tanpa itu tulis sebagai pilihan ganda.");
        RuleFor(q => q.TextAfterBlank)
            .Empty().When(q => q.Type is QuestionType.SingleChoice or QuestionType.Description)
            .WithMessage(q => q.Type == QuestionType.SingleChoice
                ? "Pilihan ganda di tengah kalimat adalah soal melengkapi kalimat (MissingWord)."
                : "Deskripsi tidak punya titik-titik jawaban.");

        When(q => q.Type is QuestionType.SingleChoice or QuestionType.MultipleAnswer or QuestionType.MissingWord, ChoiceRules);
        When(q => q.Type == QuestionType.TrueFalse, () =>
            RuleFor(q => q.TrueFalseAnswer).NotNull().WithMessage("Soal benar/salah perlu kunci jawaban (T atau F)."));
        When(q => q.Type == QuestionType.ShortAnswer, ShortAnswerRules);
        When(q => q.Type == QuestionType.Numerical, NumericalRules);
        When(q => q.Type == QuestionType.Matching, MatchingRules);
    }

    private void ChoiceRules()
    {
        RuleFor(q => q.Choices)
            .Must(c => c.Count >= 2)
            .WithMessage("Soal pilihan perlu paling sedikit 2 pilihan jawaban.");
        RuleForEach(q => q.Choices)
            .Must(c => !string.IsNullOrWhiteSpace(c.Text))
            .WithMessage("Teks pilihan jawaban tidak boleh kosong.");
        RuleForEach(q => q.Choices)
            .Must(c => c.Weight is >= -100 and <= 100)
            .WithMessage((_, c) => $"Bobot pilihan \"{c.Text}\" ({c.Weight}%) harus antara -100% dan 100%.");

        RuleFor(q => q.Choices)
            .Must(c => c.Count(x => x.Weight == 100) == 1)
            .When(q => q.Type is QuestionType.SingleChoice or QuestionType.MissingWord)
            .WithMessage(q => q.Choices.Any(x => x.Weight == 100)
                ? "Soal pilihan ganda hanya boleh punya satu jawaban benar (=); untuk beberapa jawaban benar beri bobot ~%50%."
                : "Soal pilihan ganda tidak punya jawaban benar: tandai satu jawaban dengan =.");

        RuleFor(q => q.Choices)
            .Must(c => Math.Abs(c.Where(x => x.Weight > 0).Sum(x => x.Weight) - 100) <= WeightSumSlack)
            .When(q => q.Type == QuestionType.MultipleAnswer)
            .WithMessage(q => q.Choices.Any(x => x.Weight > 0)
                ? $"Bobot jawaban benar harus berjumlah 100%, sekarang {q.Choices.Where(x => x.Weight > 0).Sum(x => x.Weight):0.##}%."
                : "Soal pilihan tidak punya jawaban benar: tandai satu jawaban dengan = atau beri bobot seperti ~%50%.");
    }

    private void ShortAnswerRules()
    {
        RuleFor(q => q.AcceptedAnswers)
            .NotEmpty()
            .WithMessage("Soal isian singkat perlu paling sedikit 1 jawaban yang diterima.");
        RuleForEach(q => q.AcceptedAnswers)
            .Must(a => !string.IsNullOrWhiteSpace(a.Text))
            .WithMessage("Jawaban isian singkat tidak boleh kosong.");
        RuleForEach(q => q.AcceptedAnswers)
            .Must(a => a.Weight is >= 0 and <= 100)
            .WithMessage((_, a) => $"Bobot jawaban \"{a.Text}\" ({a.Weight}%) harus antara 0% dan 100%.");
        RuleForEach(q => q.AcceptedAnswers)
            .Must(a => !a.Text.Contains("->", StringComparison.Ordinal))
            .WithMessage((_, a) => $"Jawaban \"{a.Text}\" tidak boleh memuat \"->\" (tanda soal menjodohkan).");
        RuleFor(q => q.AcceptedAnswers)
            .Must(a => a.Any(x => x.Weight == 100))
            .When(q => q.AcceptedAnswers.Count > 0)
            .WithMessage("Salah satu jawaban isian singkat harus bernilai 100%.");
    }

    private void NumericalRules()
    {
        RuleFor(q => q.NumericalAnswers)
            .NotEmpty()
            .WithMessage("Soal numerik perlu paling sedikit 1 jawaban angka.");
        RuleForEach(q => q.NumericalAnswers)
            .Must(a => a.Tolerance >= 0)
            .WithMessage((_, a) => a.IsRange
                ? $"Rentang {a.Minimum}..{a.Maximum} terbalik: tulis angka terkecil lebih dulu."
                : $"Toleransi {a.Tolerance} tidak boleh negatif.");
        RuleForEach(q => q.NumericalAnswers)
            .Must(a => a.Weight is >= 0 and <= 100)
            .WithMessage((_, a) => $"Bobot jawaban {a.Value} ({a.Weight}%) harus antara 0% dan 100%.");
        RuleFor(q => q.NumericalAnswers)
            .Must(a => a.Any(x => x.Weight == 100))
            .When(q => q.NumericalAnswers.Count > 0)
            .WithMessage("Salah satu jawaban numerik harus bernilai 100%.");
    }

    private void MatchingRules()
    {
        RuleFor(q => q.MatchingPairs)
            .Must(p => p.Count(x => !x.IsDistractor) >= 2)
            .WithMessage("Soal menjodohkan perlu paling sedikit 2 pasangan.");
        RuleForEach(q => q.MatchingPairs)
            .Must(p => !string.IsNullOrWhiteSpace(p.Answer))
            .WithMessage((_, p) => $"Pasangan \"{p.Subquestion}\" belum punya jawaban.");
        RuleForEach(q => q.MatchingPairs)
            .Must(p => !p.Subquestion.Contains("->", StringComparison.Ordinal))
            .WithMessage((_, p) => $"Bagian kiri pasangan \"{p.Subquestion}\" tidak boleh memuat \"->\".");
    }

    private static bool OnlyItsOwnParts(Question q)
    {
        var usesChoices = q.Type is QuestionType.SingleChoice or QuestionType.MultipleAnswer or QuestionType.MissingWord;
        return (usesChoices || q.Choices.Count == 0)
            && (q.Type == QuestionType.TrueFalse || q.TrueFalseAnswer is null)
            && (q.Type == QuestionType.ShortAnswer || (q.AcceptedAnswers.Count == 0 && !q.CaseSensitive))
            && (q.Type == QuestionType.Numerical || (q.NumericalAnswers.Count == 0 && q.FeedbackForOtherNumbers.Length == 0))
            && (q.Type == QuestionType.Matching || q.MatchingPairs.Count == 0);
    }

    internal static string NameOf(QuestionType type) => type switch
    {
        QuestionType.SingleChoice => "pilihan ganda",
        QuestionType.MultipleAnswer => "pilihan ganda jawaban banyak",
        QuestionType.TrueFalse => "benar/salah",
        QuestionType.ShortAnswer => "isian singkat",
        QuestionType.Numerical => "numerik",
        QuestionType.Matching => "menjodohkan",
        QuestionType.MissingWord => "melengkapi kalimat",
        QuestionType.Essay => "esai",
        QuestionType.Description => "deskripsi",
        _ => type.ToString(),
    };
}
