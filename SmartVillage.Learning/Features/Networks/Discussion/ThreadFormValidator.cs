using FluentValidation;
using SmartVillage.Domain.Text;

namespace SmartVillage.Learning.Features.Networks.Discussion;

public sealed class ThreadFormValidator : AbstractValidator<ThreadForm>
{
    public ThreadFormValidator()
    {
        RuleFor(f => f.TrackCode).NotEmpty().WithMessage("Pilih jalur diskusi.");
        RuleFor(f => f.Title).NotEmpty().WithMessage("Judul topik wajib diisi.").MaximumLength(200).WithMessage("Judul paling panjang 200 karakter.");
        RuleFor(f => f.Body).NotEmpty().WithMessage("Isi topik wajib diisi.").MaximumLength(TextLimits.Post).WithMessage(f => $"Isi paling panjang {TextLimits.Count(TextLimits.Post)} karakter (sekarang {TextLimits.Count(f.Body.Length)}).");
        RuleFor(f => f.ClientToken).NotEmpty().WithMessage("Muat ulang halaman lalu kirim lagi.");
    }
}
