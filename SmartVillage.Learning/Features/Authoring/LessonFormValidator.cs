using FluentValidation;
using SmartVillage.Domain.Text;

namespace SmartVillage.Learning.Features.Authoring;

public sealed class LessonFormValidator : AbstractValidator<LessonForm>
{
    public LessonFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Judul materi wajib diisi.")
            .MaximumLength(200).WithMessage("Judul paling panjang 200 karakter.");
        RuleFor(f => f.Minutes).InclusiveBetween(1, 600).WithMessage("Lama baca antara 1 dan 600 menit.");
        RuleFor(f => f.Markdown).NotEmpty().WithMessage("Isi materi wajib diisi.")
            .MaximumLength(TextLimits.LessonMarkdown)
            .WithMessage(f => $"Isi materi paling panjang {TextLimits.Count(TextLimits.LessonMarkdown)} karakter (sekarang {TextLimits.Count(f.Markdown.Length)}); bagi menjadi dua materi.");
    }
}
