using FluentValidation;

namespace SmartVillage.Learning.Features.Networks.Discussion;

public sealed class ReplyFormValidator : AbstractValidator<ReplyForm>
{
    public ReplyFormValidator()
    {
        RuleFor(f => f.Body).NotEmpty().WithMessage("Tulis balasan Anda.").MaximumLength(8000).WithMessage("Balasan paling panjang 8.000 karakter.");
        RuleFor(f => f.ClientToken).NotEmpty().WithMessage("Muat ulang halaman lalu kirim lagi.");
    }
}
