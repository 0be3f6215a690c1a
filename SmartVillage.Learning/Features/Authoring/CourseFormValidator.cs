using FluentValidation;

namespace SmartVillage.Learning.Features.Authoring;

public sealed class CourseFormValidator : AbstractValidator<CourseForm>
{
    public CourseFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Judul kursus wajib diisi.")
            .MaximumLength(200).WithMessage("Judul paling panjang 200 karakter.");
        RuleFor(f => f.Slug).NotEmpty().WithMessage("Alamat kursus wajib diisi.")
            .MaximumLength(80).WithMessage("Alamat paling panjang 80 karakter.")
            .Must(s => SmartVillage.Domain.Catalog.Slug.IsValid(s)).When(f => !string.IsNullOrEmpty(f.Slug))
            .WithMessage("Alamat hanya boleh huruf kecil, angka, dan tanda hubung, misalnya \"rencana-kerja-pekon\".");
        RuleFor(f => f.TrackCode).NotEmpty().WithMessage("Pilih jalur.");
        RuleFor(f => f.Summary).MaximumLength(500).WithMessage("Ringkasan paling panjang 500 karakter.");
        RuleFor(f => f.Level).IsInEnum().WithMessage("Pilih tingkat.");
        RuleFor(f => f.LessonHours).InclusiveBetween(1, 200).WithMessage("JP antara 1 dan 200.");
        RuleFor(f => f.PassingScore).InclusiveBetween(0, 100).WithMessage("Nilai lulus antara 0 dan 100.");
        RuleFor(f => f.Competencies).MaximumLength(500).WithMessage("Daftar kompetensi paling panjang 500 karakter.");
    }
}
