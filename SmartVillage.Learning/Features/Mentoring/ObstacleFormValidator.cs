using FluentValidation;
using SmartVillage.Domain.Mentoring;

namespace SmartVillage.Learning.Features.Mentoring;

public sealed class ObstacleFormValidator : AbstractValidator<ObstacleForm>
{
    public ObstacleFormValidator()
    {
        RuleFor(f => f.Category).NotNull().WithMessage("Pilih kategori kendala: pendanaan, SDM, teknis, regulasi, atau koordinasi.");
        RuleFor(f => f.Description).NotEmpty().WithMessage("Ceritakan kendalanya.")
            .MinimumLength(10).WithMessage("Ceritakan kendalanya sedikit lebih lengkap (paling sedikit 10 karakter).")
            .MaximumLength(Obstacle.MaxDescription).WithMessage($"Uraian kendala paling panjang {Obstacle.MaxDescription} karakter.");
    }
}
