using FluentValidation;
using SmartVillage.Domain.Mentoring;

namespace SmartVillage.Learning.Features.Mentoring;

public sealed class ProgressFormValidator : AbstractValidator<ProgressForm>
{
    public ProgressFormValidator()
    {
        RuleFor(f => f.Percent).InclusiveBetween(0, 100).WithMessage("Kemajuan kegiatan antara 0 dan 100 persen.");
        RuleFor(f => f.Percent).Equal(100).When(f => f.Status == ActivityStatus.Done).WithMessage("Kegiatan yang selesai berarti kemajuannya 100 persen.");
        RuleFor(f => f.Status).Equal(ActivityStatus.Done).When(f => f.Percent == 100).WithMessage("Kemajuan 100 persen berarti kegiatan selesai; pilih status Selesai.");
        RuleFor(f => f.Note).MaximumLength(1000).WithMessage("Catatan paling panjang 1.000 karakter.");
    }
}
