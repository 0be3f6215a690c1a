using FluentValidation;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Regions;

namespace SmartVillage.Learning.Features.Accounts;

public sealed class NewUserFormValidator : AbstractValidator<NewUserForm>
{
    public NewUserFormValidator()
    {
        RuleFor(f => f.FullName).NotEmpty().WithMessage("Nama lengkap wajib diisi.").MaximumLength(150).WithMessage("Nama paling panjang 150 karakter.");
        RuleFor(f => f.Role).Must(r => Roles.All.Contains(r)).WithMessage("Pilih peran.");
        RuleFor(f => f.Phone).Must(PhoneNumber.IsValid).When(f => !string.IsNullOrWhiteSpace(f.Phone))
            .WithMessage("Nomor HP tidak valid. Tulis seperti 0812-3456-7890.");
        RuleFor(f => f.Email).EmailAddress().When(f => !string.IsNullOrWhiteSpace(f.Email)).WithMessage("Email tidak valid.");
        RuleFor(f => f.Email).NotEmpty().When(f => string.IsNullOrWhiteSpace(f.Phone))
            .WithMessage("Isi nomor HP atau email; salah satu dipakai untuk masuk.");
        RuleFor(f => f.Password).NotEmpty().WithMessage("Kata sandi awal wajib diisi.")
            .MinimumLength(8).WithMessage("Kata sandi paling sedikit 8 karakter.")
            .Matches("[A-Z]").WithMessage("Kata sandi harus memuat huruf besar.")
            .Matches("[a-z]").WithMessage("Kata sandi harus memuat huruf kecil.")
            .Matches("[0-9]").WithMessage("Kata sandi harus memuat angka.")
            .Matches("[^a-zA-Z0-9]").WithMessage("Kata sandi harus memuat simbol, misalnya # atau !.");
        When(f => f.Role == Roles.Official, () =>
        {
            RuleFor(f => f.Position).NotNull().WithMessage("Pilih jabatan.");
            RuleFor(f => f.VillageCode).Must(c => RegionCode.IsValid(c, RegionLevel.Village)).WithMessage("Pilih desa/pekon.");
        });
        RuleFor(f => f.ReviewerRegencyCode).Must(c => RegionCode.IsValid(c, RegionLevel.Regency))
            .When(f => f.Role == Roles.Reviewer && !string.IsNullOrWhiteSpace(f.ReviewerRegencyCode))
            .WithMessage("Kabupaten tidak valid.");
        RuleFor(f => f.BirthYear).InclusiveBetween(1940, 2010).When(f => f.BirthYear.HasValue).WithMessage("Tahun lahir antara 1940 dan 2010.");
    }
}
