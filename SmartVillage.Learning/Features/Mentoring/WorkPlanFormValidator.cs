using FluentValidation;
using SmartVillage.Domain.Mentoring;

namespace SmartVillage.Learning.Features.Mentoring;

public sealed class WorkPlanFormValidator : AbstractValidator<WorkPlanForm>
{
    // The clock bounds activity dates; DI passes the app's, tests may leave it out.
    public WorkPlanFormValidator(TimeProvider? clock = null)
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Judul rencana kerja wajib diisi.").MaximumLength(200).WithMessage("Judul paling panjang 200 karakter.");
        RuleFor(f => f.Goal).NotEmpty().WithMessage("Tujuan rencana kerja wajib diisi.").MaximumLength(2000).WithMessage("Tujuan paling panjang 2.000 karakter.");
        RuleFor(f => f.BudgetSource).NotNull().WithMessage("Pilih sumber anggaran: APBDes, Dana Desa, atau Lainnya.");
        RuleFor(f => f.BudgetAmount).NotNull().WithMessage("Isi jumlah anggaran dalam rupiah (0 bila tanpa biaya).")
            .GreaterThanOrEqualTo(0).WithMessage("Jumlah anggaran tidak boleh negatif. Tulis 0 bila tanpa biaya.")
            .LessThanOrEqualTo(WorkPlan.MaxBudget).WithMessage("Jumlah anggaran antara Rp0 dan Rp100 miliar.");
        RuleFor(f => f.SuccessIndicators).NotEmpty().WithMessage("Isi indikator keberhasilan, satu per baris.")
            .MaximumLength(2000).WithMessage("Indikator keberhasilan paling panjang 2.000 karakter.");
        RuleFor(f => f.Activities).NotEmpty().WithMessage("Tambahkan paling sedikit satu kegiatan.")
            .Must(a => a.Count <= 30).WithMessage("Paling banyak 30 kegiatan dalam satu rencana kerja.");
        RuleForEach(f => f.Activities).SetValidator(new ActivityFormValidator(clock ?? TimeProvider.System));
    }
}

public sealed class ActivityFormValidator : AbstractValidator<ActivityForm>
{
    public ActivityFormValidator(TimeProvider clock)
    {
        DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
        string Window() => $"antara {ActivityDates.Earliest(Today()):d MMM yyyy} dan {ActivityDates.Latest(Today()):d MMM yyyy}";
        RuleFor(a => a.StartsOn).Must(d => ActivityDates.IsWithin(DateOnly.FromDateTime(d!.Value), Today())).When(a => a.StartsOn.HasValue)
            .WithMessage(_ => $"Tanggal mulai harus {Window()}.");
        RuleFor(a => a.EndsOn).Must(d => ActivityDates.IsWithin(DateOnly.FromDateTime(d!.Value), Today())).When(a => a.EndsOn.HasValue)
            .WithMessage(_ => $"Tanggal selesai harus {Window()}.");
        RuleFor(a => a.Title).NotEmpty().WithMessage("Nama kegiatan wajib diisi.").MaximumLength(200).WithMessage("Nama kegiatan paling panjang 200 karakter.");
        RuleFor(a => a.StartsOn).NotNull().WithMessage("Isi tanggal mulai kegiatan.");
        RuleFor(a => a.EndsOn).NotNull().WithMessage("Isi tanggal selesai kegiatan.")
            .GreaterThanOrEqualTo(a => a.StartsOn).When(a => a.StartsOn.HasValue).WithMessage("Tanggal selesai harus pada atau setelah tanggal mulai.");
        RuleFor(a => a.Responsible).NotEmpty().WithMessage("Isi penanggung jawab kegiatan.").MaximumLength(150).WithMessage("Penanggung jawab paling panjang 150 karakter.");
    }
}
