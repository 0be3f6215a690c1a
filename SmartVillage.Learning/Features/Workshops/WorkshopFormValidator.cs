using FluentValidation;
using SmartVillage.Domain.Regions;

namespace SmartVillage.Learning.Features.Workshops;

public sealed class WorkshopFormValidator : AbstractValidator<WorkshopForm>
{
    public WorkshopFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Judul bimtek wajib diisi.").MaximumLength(200).WithMessage("Judul paling panjang 200 karakter.");
        RuleFor(f => f.RegencyCode).Must(c => RegionCode.IsValid(c, RegionLevel.Regency)).WithMessage("Pilih kabupaten/kota tempat bimtek.");
        RuleFor(f => f.TrackCode).NotEmpty().WithMessage("Pilih jalur.");
        RuleFor(f => f.Capacity).InclusiveBetween(1, 2000).WithMessage("Kapasitas antara 1 dan 2.000 peserta.");
        RuleFor(f => f).Must(f => !string.IsNullOrWhiteSpace(f.Venue) || !string.IsNullOrWhiteSpace(f.OnlineLink))
            .WithName(nameof(WorkshopForm.Venue)).WithMessage("Isi tempat bimtek, atau tautan daring bila bimtek daring.");
        RuleFor(f => f.OnlineLink).Must(l => Uri.TryCreate(l, UriKind.Absolute, out var u) && u.Scheme is "https" or "http")
            .When(f => !string.IsNullOrWhiteSpace(f.OnlineLink)).WithMessage("Tautan daring harus alamat lengkap, misalnya https://meet.example/abc.");
        RuleFor(f => f.RegistrationCloses).GreaterThanOrEqualTo(f => f.RegistrationOpens)
            .When(f => f.RegistrationOpens.HasValue && f.RegistrationCloses.HasValue).WithMessage("Pendaftaran ditutup setelah dibuka.");
        RuleFor(f => f.CompletionThreshold).InclusiveBetween(1, 100).WithMessage("Kehadiran minimal antara 1 dan 100 persen.");
    }
}
