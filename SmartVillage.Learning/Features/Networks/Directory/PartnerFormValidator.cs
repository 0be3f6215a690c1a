using FluentValidation;
using SmartVillage.Domain.Networks;

namespace SmartVillage.Learning.Features.Networks.Directory;

public sealed class PartnerFormValidator : AbstractValidator<PartnerForm>
{
    public PartnerFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Nama mitra wajib diisi.").MaximumLength(200).WithMessage("Nama mitra paling panjang 200 karakter.");
        RuleFor(f => f.Type).IsInEnum().WithMessage("Pilih jenis mitra.");
        RuleFor(f => f.Description).MaximumLength(2000).WithMessage("Keterangan paling panjang 2.000 karakter.");
        RuleFor(f => f.AreaList).Must(a => a.Count <= AreaTags.MaxTags).WithMessage($"Paling banyak {AreaTags.MaxTags} bidang bantuan.")
            .Must(a => a.All(t => t.Length <= AreaTags.MaxTagLength)).WithMessage($"Setiap bidang paling panjang {AreaTags.MaxTagLength} karakter.");
        RuleFor(f => f.ContactName).NotEmpty().WithMessage("Nama narahubung wajib diisi.").MaximumLength(120).WithMessage("Nama narahubung paling panjang 120 karakter.");
        RuleFor(f => f.ContactEmail).EmailAddress().When(f => !string.IsNullOrWhiteSpace(f.ContactEmail)).WithMessage("Email narahubung tidak valid.");
        RuleFor(f => f.ContactPhone).Matches(@"^\+?[0-9 ()-]{8,20}$").When(f => !string.IsNullOrWhiteSpace(f.ContactPhone))
            .WithMessage("Nomor telepon narahubung tidak valid, misalnya 0721-123456.");
        RuleFor(f => f.Website).Must(l => Uri.TryCreate(l, UriKind.Absolute, out var u) && u.Scheme is "https" or "http")
            .When(f => !string.IsNullOrWhiteSpace(f.Website)).WithMessage("Situs web harus alamat lengkap, misalnya https://unila.ac.id.");
        RuleFor(f => f).Must(f => !string.IsNullOrWhiteSpace(f.ContactPhone) || !string.IsNullOrWhiteSpace(f.ContactEmail))
            .WithName(nameof(PartnerForm.ContactPhone)).WithMessage("Isi telepon atau email narahubung.");
    }
}
