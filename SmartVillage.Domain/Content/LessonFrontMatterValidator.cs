using FluentValidation;

namespace SmartVillage.Domain.Content;

public sealed class LessonFrontMatterValidator : AbstractValidator<LessonFrontMatter>
{
    public LessonFrontMatterValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("title wajib diisi di front matter.").MaximumLength(200).WithMessage("title paling panjang 200 karakter.");
        RuleFor(f => f.Minutes).NotNull().WithMessage("minutes wajib diisi di front matter.").InclusiveBetween(1, 600).WithMessage("minutes antara 1 dan 600.");
        RuleFor(f => f.Module).NotEmpty().WithMessage("module wajib diisi di front matter.");
    }
}
