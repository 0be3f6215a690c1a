using FluentValidation;

namespace SmartVillage.Learning.Features.Mentoring;

public sealed class MentoringSessionFormValidator : AbstractValidator<MentoringSessionForm>
{
    public MentoringSessionFormValidator()
    {
        RuleFor(f => f.OfficialId).NotEmpty().WithMessage("Pilih aparatur yang didampingi.");
        RuleFor(f => f.HeldOn).NotNull().WithMessage("Isi tanggal pendampingan.");
        RuleFor(f => f.Mode).NotNull().WithMessage("Pilih cara pendampingan: kunjungan, telepon, atau daring.");
        RuleFor(f => f.Notes).NotEmpty().WithMessage("Tulis catatan pendampingan.").MaximumLength(4000).WithMessage("Catatan paling panjang 4.000 karakter.");
        RuleFor(f => f.NextSteps).MaximumLength(2000).WithMessage("Langkah berikutnya paling panjang 2.000 karakter.");
        RuleFor(f => f.NextDueOn).GreaterThan(f => f.HeldOn).When(f => f.HeldOn.HasValue && f.NextDueOn.HasValue)
            .WithMessage("Jadwal pendampingan berikutnya harus setelah tanggal sesi ini.");
    }
}
