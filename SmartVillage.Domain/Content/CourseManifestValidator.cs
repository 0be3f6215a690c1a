using FluentValidation;
using SmartVillage.Domain.Catalog;

namespace SmartVillage.Domain.Content;

public sealed class CourseManifestValidator : AbstractValidator<CourseManifest>
{
    public CourseManifestValidator(IReadOnlyCollection<string> trackCodes)
    {
        RuleFor(m => m.Title).NotEmpty().WithMessage("title wajib diisi.").MaximumLength(200).WithMessage("title paling panjang 200 karakter.");
        RuleFor(m => m.Track).NotEmpty().WithMessage("track wajib diisi.")
            .Must(t => t is null || trackCodes.Contains(t.Trim().ToUpperInvariant()))
            .WithMessage(m => $"track \"{m.Track}\" tidak dikenal; pilih salah satu dari {string.Join(", ", trackCodes)}.");
        RuleFor(m => m.Summary).NotEmpty().WithMessage("summary wajib diisi.").MaximumLength(500).WithMessage("summary paling panjang 500 karakter.");
        RuleFor(m => m.Level).Must(l => CourseLevels.TryParse(l, out _)).WithMessage(m => $"level \"{m.Level}\" tidak dikenal; pilih Dasar, Menengah, atau Mahir.");
        RuleFor(m => m.LessonHours).NotNull().WithMessage("lesson_hours (JP) wajib diisi.").InclusiveBetween(1, 200).WithMessage("lesson_hours antara 1 dan 200.");
        RuleFor(m => m.PassingScore).NotNull().WithMessage("passing_score wajib diisi.").InclusiveBetween(0, 100).WithMessage("passing_score antara 0 dan 100.");
        RuleFor(m => m.Version).NotNull().WithMessage("version wajib diisi.").GreaterThan(0).WithMessage("version harus lebih dari 0.");
    }
}
