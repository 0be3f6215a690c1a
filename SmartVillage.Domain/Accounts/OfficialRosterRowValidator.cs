using FluentValidation;
using SmartVillage.Domain.Regions;

namespace SmartVillage.Domain.Accounts;

/// <summary>Checks one roster line on its own; whether the village exists is checked against the database.</summary>
public sealed class OfficialRosterRowValidator : AbstractValidator<OfficialRosterRow>
{
    public const int OldestBirthYear = 1940;
    public const int YoungestAge = 17;

    public OfficialRosterRowValidator(TimeProvider clock)
    {
        var thisYear = clock.GetUtcNow().Year;

        RuleFor(r => r.Name)
            .NotEmpty().WithMessage("Nama wajib diisi.")
            .MaximumLength(150).WithMessage("Nama paling panjang 150 karakter.");

        RuleFor(r => r.Position)
            .Must(p => OfficialPositions.TryParse(p, out _))
            .WithMessage(r => $"Jabatan \"{r.Position}\" tidak dikenal. Contoh: Kepala Pekon, Sekretaris, Kaur Keuangan, Kasi Pelayanan, Kepala Dusun, Anggota BPD.");

        RuleFor(r => r.VillageCode)
            .Must(c => RegionCode.IsValid(c, RegionLevel.Village))
            .WithMessage(r => $"Kode desa \"{r.VillageCode}\" tidak sesuai format, contoh: 18.06.05.2001.");

        RuleFor(r => r)
            .Must(r => !string.IsNullOrWhiteSpace(r.Phone) || !string.IsNullOrWhiteSpace(r.Email))
            .WithName("Phone")
            .WithMessage("Isi nomor HP atau email (salah satu wajib ada untuk masuk).");

        RuleFor(r => r.Phone)
            .Must(PhoneNumber.IsValid)
            .When(r => !string.IsNullOrWhiteSpace(r.Phone))
            .WithMessage(r => $"Nomor HP \"{r.Phone}\" tidak valid. Tulis seperti 0812-3456-7890.");

        RuleFor(r => r.Email)
            .EmailAddress()
            .When(r => !string.IsNullOrWhiteSpace(r.Email))
            .WithMessage(r => $"Email \"{r.Email}\" tidak valid.");

        RuleFor(r => r.Gender)
            .Must(g => Genders.TryParse(g, out _))
            .When(r => !string.IsNullOrWhiteSpace(r.Gender))
            .WithMessage(r => $"Jenis kelamin \"{r.Gender}\" tidak dikenal; tulis L atau P.");

        RuleFor(r => r.BirthYear)
            .Must(y => int.TryParse(y, out var year) && year >= OldestBirthYear && year <= thisYear - YoungestAge)
            .When(r => !string.IsNullOrWhiteSpace(r.BirthYear))
            .WithMessage(r => $"Tahun lahir \"{r.BirthYear}\" tidak masuk akal; isi antara {OldestBirthYear} dan {thisYear - YoungestAge}.");
    }
}
