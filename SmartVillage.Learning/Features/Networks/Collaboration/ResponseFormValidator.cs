using FluentValidation;

namespace SmartVillage.Learning.Features.Networks.Collaboration;

public sealed class ResponseFormValidator : AbstractValidator<ResponseForm>
{
    public ResponseFormValidator()
    {
        RuleFor(f => f.Body).NotEmpty().WithMessage("Tulis tanggapan Anda.").MaximumLength(4000).WithMessage("Tanggapan paling panjang 4.000 karakter.");
        RuleFor(f => f.ClientToken).NotEmpty().WithMessage("Muat ulang halaman lalu kirim lagi.");
    }
}
