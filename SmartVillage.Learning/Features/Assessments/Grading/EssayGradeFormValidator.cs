using FluentValidation;

namespace SmartVillage.Learning.Features.Assessments.Grading;

public sealed class EssayGradeFormValidator : AbstractValidator<EssayGradeForm>
{
    public EssayGradeFormValidator()
    {
        RuleFor(f => f.Points).NotNull().WithMessage("Isi nilai esai ini.")
            .GreaterThanOrEqualTo(0).WithMessage("Nilai tidak boleh kurang dari 0.")
            .LessThanOrEqualTo(f => f.MaxPoints).WithMessage(f => $"Nilai paling tinggi {f.MaxPoints:0.##} untuk soal ini.");
        RuleFor(f => f.Comment).MaximumLength(EssayGradeForm.CommentMaxLength)
            .WithMessage($"Komentar paling panjang {EssayGradeForm.CommentMaxLength:N0} karakter.");
    }
}
