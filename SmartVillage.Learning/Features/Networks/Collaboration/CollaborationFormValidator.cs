using FluentValidation;

namespace SmartVillage.Learning.Features.Networks.Collaboration;

public sealed class CollaborationFormValidator : AbstractValidator<CollaborationForm>
{
    public CollaborationFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Judul wajib diisi.").MaximumLength(200).WithMessage("Judul paling panjang 200 karakter.");
        RuleFor(f => f.Description).NotEmpty().WithMessage("Uraikan kebutuhan atau tawaran desa Anda.")
            .MaximumLength(4000).WithMessage("Uraian paling panjang 4.000 karakter.");
        RuleFor(f => f.Area).MaximumLength(40).WithMessage("Bidang paling panjang 40 karakter.");
        RuleFor(f => f).Must(f => !string.IsNullOrWhiteSpace(f.TrackCode) || !string.IsNullOrWhiteSpace(f.Area))
            .WithName(nameof(CollaborationForm.TrackCode)).WithMessage("Pilih jalur atau tulis bidangnya, misalnya \"website desa\".");
        RuleFor(f => f.ClientToken).NotEmpty().WithMessage("Muat ulang halaman lalu kirim lagi.");
    }
}
