using FluentValidation;

namespace SmartVillage.Learning.Features.Certificates;

public sealed class CertificateSettingsFormValidator : AbstractValidator<CertificateSettingsForm>
{
    public CertificateSettingsFormValidator()
    {
        RuleFor(f => f.IssuingBody).NotEmpty().WithMessage("Nama lembaga penerbit wajib diisi.").MaximumLength(200).WithMessage("Paling panjang 200 karakter.");
        RuleFor(f => f.IssuingPlace).NotEmpty().WithMessage("Tempat penerbitan wajib diisi.").MaximumLength(100).WithMessage("Paling panjang 100 karakter.");
        RuleFor(f => f.SignatoryName).NotEmpty().WithMessage("Nama penanda tangan wajib diisi.").MaximumLength(200).WithMessage("Paling panjang 200 karakter.");
        RuleFor(f => f.SignatoryTitle).NotEmpty().WithMessage("Jabatan penanda tangan wajib diisi.").MaximumLength(200).WithMessage("Paling panjang 200 karakter.");
        RuleFor(f => f.SignatoryNip).Matches(@"^\s*(\d\s*){18}$").When(f => !string.IsNullOrWhiteSpace(f.SignatoryNip))
            .WithMessage("NIP terdiri dari 18 angka.");
    }
}
