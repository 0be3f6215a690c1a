using FluentValidation;
using SmartVillage.Domain.Catalog;

namespace SmartVillage.Domain.Competencies;

/// <summary>
/// Checks content/competencies.yml against the courses and tracks the same content declares. Every failure
/// carries the line of the part it is about as its CustomState (see <see cref="Check"/>).
/// </summary>
public sealed class CompetencyFrameworkValidator : AbstractValidator<CompetencyFrameworkDocument>
{
    public CompetencyFrameworkValidator(IReadOnlyCollection<string> courseSlugs, IReadOnlyCollection<string> trackCodes)
    {
        RuleFor(d => d.PassingScore).InclusiveBetween(0, 100).WithMessage("passing_score antara 0 dan 100.").WithState(d => d.PassingScoreLine);
        RuleFor(d => d.Areas).NotEmpty().WithMessage("Kerangka kompetensi belum punya area (areas).").WithState(_ => 1);
        RuleForEach(d => d.Areas).SetValidator(new AreaValidator(courseSlugs, trackCodes));
        RuleForEach(d => d.Areas)
            .Must((d, area) => area.Code is null || d.Areas.Count(a => string.Equals(a.Code?.Trim(), area.Code.Trim(), StringComparison.Ordinal)) == 1)
            .WithMessage((_, area) => $"Kode area \"{area.Code}\" dipakai lebih dari sekali.").WithState((_, area) => area.Line);
    }

    /// <summary>Every problem as (line, message), in line order.</summary>
    public IReadOnlyList<(int Line, string Message)> Check(CompetencyFrameworkDocument document) =>
        Validate(document).Errors.Select(e => (e.CustomState as int? ?? 1, e.ErrorMessage)).Distinct().OrderBy(e => e.Item1).ToList();

    private sealed class AreaValidator : AbstractValidator<AreaDocument>
    {
        public AreaValidator(IReadOnlyCollection<string> courseSlugs, IReadOnlyCollection<string> trackCodes)
        {
            RuleFor(a => a.Code).NotEmpty().WithMessage("Setiap area perlu code.").WithState(a => a.Line)
                .Must(c => c is null || Slug.IsValid(c.Trim())).WithMessage(a => $"code \"{a.Code}\" hanya boleh huruf kecil, angka, dan tanda hubung.").WithState(a => a.Line);
            RuleFor(a => a.Title).NotEmpty().WithMessage(a => $"Area \"{a.Code}\" perlu title.").WithState(a => a.Line)
                .MaximumLength(120).WithMessage("title area paling panjang 120 karakter.").WithState(a => a.Line);
            RuleForEach(a => a.Levels).Must(l => CompetencyLevels.TryParse(l.Name, out _))
                .WithMessage((_, l) => $"Tingkat \"{l.Name}\" tidak dikenal; pilih Dasar, Menengah, atau Mahir.").WithState((_, l) => l.Line);
            RuleForEach(a => a.Levels).Must(l => l.Indicators.Count > 0 && l.Indicators.All(i => !string.IsNullOrWhiteSpace(i)))
                .WithMessage((_, l) => $"Tingkat {l.Name} perlu paling sedikit satu indikator.").WithState((_, l) => l.Line);
            foreach (var level in CompetencyLevels.All)
            {
                RuleFor(a => a.Levels).Must(ls => ls.Count(l => CompetencyLevels.TryParse(l.Name, out var parsed) && parsed == level) == 1)
                    .WithMessage(a => $"Area \"{a.Code}\" perlu tepat satu tingkat {CompetencyLevels.Label(level)} dengan indikatornya.").WithState(a => a.Line);
            }
            RuleFor(a => a.Evidence).NotEmpty().WithMessage(a => $"Area \"{a.Code}\" belum dipetakan ke kursus, kuis, atau bimtek (evidence).").WithState(a => a.Line);
            RuleForEach(a => a.Evidence).SetValidator(new EvidenceValidator(courseSlugs, trackCodes));
        }
    }

    private sealed class EvidenceValidator : AbstractValidator<EvidenceDocument>
    {
        public EvidenceValidator(IReadOnlyCollection<string> courseSlugs, IReadOnlyCollection<string> trackCodes)
        {
            RuleFor(e => e.Level).Must(l => CompetencyLevels.TryParse(l, out _))
                .WithMessage(e => e.Level is null ? "Bukti perlu level (Dasar, Menengah, atau Mahir)." : $"level \"{e.Level}\" tidak dikenal; pilih Dasar, Menengah, atau Mahir.")
                .WithState(e => e.Line);
            RuleFor(e => e.TargetCount).Equal(1)
                .WithMessage("Setiap bukti menyebut tepat satu dari course, quiz, question_category, workshop_course, atau workshop_track.").WithState(e => e.Line);
            RuleFor(e => e.Course).Must(s => courseSlugs.Contains(s!.Trim())).When(e => !string.IsNullOrWhiteSpace(e.Course))
                .WithMessage(e => $"Kursus \"{e.Course}\" tidak ada di content/courses.").WithState(e => e.Line);
            RuleFor(e => e.WorkshopCourse).Must(s => courseSlugs.Contains(s!.Trim())).When(e => !string.IsNullOrWhiteSpace(e.WorkshopCourse))
                .WithMessage(e => $"Kursus \"{e.WorkshopCourse}\" tidak ada di content/courses.").WithState(e => e.Line);
            RuleFor(e => e.WorkshopTrack).Must(t => trackCodes.Contains(t!.Trim().ToUpperInvariant())).When(e => !string.IsNullOrWhiteSpace(e.WorkshopTrack))
                .WithMessage(e => $"Jalur \"{e.WorkshopTrack}\" tidak dikenal; pilih salah satu dari {string.Join(", ", trackCodes)}.").WithState(e => e.Line);
            RuleFor(e => e.Quiz)
                .Must(q => CompetencyReferences.TryParseQuiz(q, out var slug, out _) && courseSlugs.Contains(slug))
                .When(e => !string.IsNullOrWhiteSpace(e.Quiz))
                .WithMessage(e => $"quiz \"{e.Quiz}\" harus berbentuk slug-kursus/pre-test atau slug-kursus/post-test dari kursus yang ada.").WithState(e => e.Line);
            RuleFor(e => e.QuestionCategory)
                .Must(q => CompetencyReferences.TryParseCategory(q, out var slug, out _) && courseSlugs.Contains(slug))
                .When(e => !string.IsNullOrWhiteSpace(e.QuestionCategory))
                .WithMessage(e => $"question_category \"{e.QuestionCategory}\" harus berbentuk slug-kursus/Kategori dari kursus yang ada.").WithState(e => e.Line);
            RuleFor(e => e.MinScore).InclusiveBetween(0, 100).WithMessage("min_score antara 0 dan 100.").WithState(e => e.Line);
            RuleFor(e => e.MinScore).Null().When(e => string.IsNullOrWhiteSpace(e.Quiz) && string.IsNullOrWhiteSpace(e.QuestionCategory))
                .WithMessage("min_score hanya untuk quiz dan question_category.").WithState(e => e.Line);
        }
    }
}
