using FluentValidation;

namespace SmartVillage.Learning.Features.Networks.Discussion;

public sealed class ThreadFormValidator : AbstractValidator<ThreadForm>
{
    public ThreadFormValidator()
    {
        RuleFor(f => f.TrackCode).NotEmpty().WithMessage("Pilih jalur diskusi.");
        RuleFor(f => f.Title).NotEmpty().WithMessage("Judul topik wajib diisi.").MaximumLength(200).WithMessage("Judul paling panjang 200 karakter.");
        RuleFor(f => f.Body).NotEmpty().WithMessage("Isi topik wajib diisi.").MaximumLength(8000).WithMessage("Isi paling panjang 8.000 karakter.");
        RuleFor(f => f.ClientToken).NotEmpty().WithMessage("Muat ulang halaman lalu kirim lagi.");
    }
}
