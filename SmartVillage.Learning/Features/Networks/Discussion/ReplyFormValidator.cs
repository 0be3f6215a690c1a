using FluentValidation;
using SmartVillage.Domain.Text;

namespace SmartVillage.Learning.Features.Networks.Discussion;

public sealed class ReplyFormValidator : AbstractValidator<ReplyForm>
{
    public ReplyFormValidator()
    {
        RuleFor(f => f.Body).NotEmpty().WithMessage("Tulis balasan Anda.").MaximumLength(TextLimits.Post).WithMessage(f => $"Balasan paling panjang {TextLimits.Count(TextLimits.Post)} karakter (sekarang {TextLimits.Count(f.Body.Length)}).");
        RuleFor(f => f.ClientToken).NotEmpty().WithMessage("Muat ulang halaman lalu kirim lagi.");
    }
}
