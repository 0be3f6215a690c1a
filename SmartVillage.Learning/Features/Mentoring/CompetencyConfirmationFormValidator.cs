using FluentValidation;
using SmartVillage.Domain.Competencies;

namespace SmartVillage.Learning.Features.Mentoring;

/// <summary>The same rules as <see cref="CompetencyConfirmation"/>, shown on each field before anything is sent.</summary>
public sealed class CompetencyConfirmationFormValidator : AbstractValidator<CompetencyConfirmationForm>
{
    public CompetencyConfirmationFormValidator()
    {
        RuleFor(f => f.AreaCode).NotEmpty().WithMessage("Pilih area kompetensi.");
        RuleFor(f => f.Level).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(CompetencyConfirmation.LevelMessage)
            .IsInEnum().WithMessage(CompetencyConfirmation.LevelMessage);
        // Judged as stored (trimmed): ten spaces are not a note.
        RuleFor(f => f.Note).Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(CompetencyConfirmation.NoteRequiredMessage)
            .Must(n => n.Trim().Length >= CompetencyConfirmation.NoteMinLength).WithMessage(CompetencyConfirmation.NoteTooShortMessage)
            .Must(n => n.Trim().Length <= CompetencyConfirmation.NoteMaxLength).WithMessage(CompetencyConfirmation.NoteTooLongMessage);
    }
}
