using FluentValidation;
using SmartVillage.Domain.Networks;

namespace SmartVillage.Learning.Features.Networks.Directory;

public sealed class VillageProfileFormValidator : AbstractValidator<VillageProfileForm>
{
    public VillageProfileFormValidator()
    {
        RuleFor(f => f.Potential).MaximumLength(4000).WithMessage("Potensi desa paling panjang 4.000 karakter.");
        RuleFor(f => f.Initiatives.Count).LessThanOrEqualTo(VillageProfile.MaxInitiatives)
            .WithMessage($"Paling banyak {VillageProfile.MaxInitiatives} inisiatif per desa.");
        RuleForEach(f => f.Initiatives).ChildRules(i =>
        {
            i.RuleFor(x => x.Title).NotEmpty().WithMessage("Nama inisiatif wajib diisi.").MaximumLength(200).WithMessage("Nama inisiatif paling panjang 200 karakter.");
            i.RuleFor(x => x.Note).MaximumLength(1000).WithMessage("Keterangan inisiatif paling panjang 1.000 karakter.");
        });
    }
}
