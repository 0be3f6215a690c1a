using FluentValidation;
using SmartVillage.Domain.Assessments;

namespace SmartVillage.Learning.Features.Assessments.Quizzes;

/// <summary>The quiz settings form, checked field by field so each message shows on its field.</summary>
public sealed class QuizSettingsFormValidator : AbstractValidator<QuizSettingsForm>
{
    public const string TimeLimitMessage = "Batas waktu antara 1 dan 600 menit (10 jam); kosongkan bila tanpa batas.";
    public const string AttemptsMessage = "Jumlah percobaan antara 0 (tanpa batas) dan 20.";
    public const string PassingScoreMessage = "Nilai lulus antara 0 dan 100.";
    public const string CloseAfterOpenMessage = "Waktu tutup harus sesudah waktu buka.";

    public QuizSettingsFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Judul kuis wajib diisi.")
            .MaximumLength(Quiz.TitleMaxLength).WithMessage($"Judul kuis paling panjang {Quiz.TitleMaxLength} karakter.");
        RuleFor(f => f.TimeLimitMinutes).InclusiveBetween(1, QuizSettings.MaxTimeLimitMinutes).When(f => f.TimeLimitMinutes is not null)
            .WithMessage(TimeLimitMessage);
        RuleFor(f => f.AttemptsAllowed).InclusiveBetween(0, QuizSettings.MaxAttempts).WithMessage(AttemptsMessage);
        RuleFor(f => f.PassingScore).InclusiveBetween(0, 100).WithMessage(PassingScoreMessage);
        RuleFor(f => f.GradingMethod).IsInEnum().WithMessage("Pilih cara menilai.");
        RuleFor(f => f.Review).IsInEnum().WithMessage("Pilih apa yang dilihat peserta sesudah mengerjakan.");
        RuleFor(f => f.OpensTime).Null().When(f => f.OpensDate is null).WithMessage("Isi juga tanggal buka, atau kosongkan jamnya.");
        RuleFor(f => f.ClosesTime).Null().When(f => f.ClosesDate is null).WithMessage("Isi juga tanggal tutup, atau kosongkan jamnya.");
        RuleFor(f => f.ClosesDate).Must((f, _) => f.ClosesAt > f.OpensAt).When(f => f.OpensDate is not null && f.ClosesDate is not null)
            .WithMessage(CloseAfterOpenMessage);
    }
}
