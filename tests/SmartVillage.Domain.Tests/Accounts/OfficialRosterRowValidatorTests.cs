using FluentValidation.Results;
using Microsoft.Extensions.Time.Testing;
using SmartVillage.Domain.Accounts;

namespace SmartVillage.Domain.Tests.Accounts;

public class OfficialRosterRowValidatorTests
{
    private static readonly DateTimeOffset Today = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static ValidationResult Validate(OfficialRosterRow row, DateTimeOffset? now = null) =>
        new OfficialRosterRowValidator(new FakeTimeProvider(now ?? Today)).Validate(row);

    private static string SingleMessage(ValidationResult result) => Assert.Single(result.Errors).ErrorMessage;

    [Fact]
    public void Validate_CompleteRow_IsValid() => Assert.True(Validate(new OfficialRosterRowBuilder()).IsValid);

    [Fact]
    public void Validate_PhoneOnlyNoEmailNoGenderNoBirthYear_IsValid() =>
        Assert.True(Validate(new OfficialRosterRowBuilder().With(r => r with { Email = null, Gender = null, BirthYear = null })).IsValid);

    [Fact]
    public void Validate_EmailOnly_IsValid() =>
        Assert.True(Validate(new OfficialRosterRowBuilder().With(r => r with { Phone = null })).IsValid);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_MissingName_SaysNameIsRequired(string? name) =>
        Assert.Equal("Nama wajib diisi.", SingleMessage(Validate(new OfficialRosterRowBuilder().With(r => r with { Name = name }))));

    [Fact]
    public void Validate_NameTooLong_SaysTheLimit() =>
        Assert.Equal("Nama paling panjang 150 karakter.",
            SingleMessage(Validate(new OfficialRosterRowBuilder().With(r => r with { Name = new string('a', 151) }))));

    [Fact]
    public void Validate_UnknownPosition_NamesItAndGivesExamples()
    {
        var message = SingleMessage(Validate(new OfficialRosterRowBuilder().With(r => r with { Position = "Bupati" })));
        Assert.StartsWith("Jabatan \"Bupati\" tidak dikenal.", message);
        Assert.Contains("Kaur Keuangan", message);
    }

    [Theory]
    [InlineData("18.06.16")]
    [InlineData("1806162010")]
    [InlineData(null)]
    public void Validate_VillageCodeBadlyFormed_ShowsAnExample(string? code) =>
        Assert.Equal($"Kode desa \"{code}\" tidak sesuai format, contoh: 18.06.05.2001.",
            SingleMessage(Validate(new OfficialRosterRowBuilder().With(r => r with { VillageCode = code }))));

    [Fact]
    public void Validate_NeitherPhoneNorEmail_SaysOneIsNeededToSignIn() =>
        Assert.Equal("Isi nomor HP atau email (salah satu wajib ada untuk masuk).",
            SingleMessage(Validate(new OfficialRosterRowBuilder().With(r => r with { Phone = " ", Email = null }))));

    [Fact]
    public void Validate_BadPhone_ShowsHowToWriteIt() =>
        Assert.Equal("Nomor HP \"0721-123456\" tidak valid. Tulis seperti 0812-3456-7890.",
            SingleMessage(Validate(new OfficialRosterRowBuilder().With(r => r with { Phone = "0721-123456" }))));

    [Fact]
    public void Validate_BadEmail_NamesIt() =>
        Assert.Equal("Email \"siti-at-example\" tidak valid.",
            SingleMessage(Validate(new OfficialRosterRowBuilder().With(r => r with { Email = "siti-at-example" }))));

    [Fact]
    public void Validate_UnknownGender_AsksForLOrP() =>
        Assert.Equal("Jenis kelamin \"X\" tidak dikenal; tulis L atau P.",
            SingleMessage(Validate(new OfficialRosterRowBuilder().With(r => r with { Gender = "X" }))));

    [Theory]
    [InlineData("1940")]
    [InlineData("1986")]
    [InlineData("2009")] // turns 17 in 2026
    public void Validate_BirthYearWithinBounds_IsValid(string year) =>
        Assert.True(Validate(new OfficialRosterRowBuilder().With(r => r with { BirthYear = year })).IsValid);

    [Theory]
    [InlineData("1939")]
    [InlineData("2010")]
    [InlineData("86")]
    [InlineData("tahun")]
    public void Validate_BirthYearOutOfBounds_GivesTheRangeForThisYear(string year) =>
        Assert.Equal($"Tahun lahir \"{year}\" tidak masuk akal; isi antara 1940 dan 2009.",
            SingleMessage(Validate(new OfficialRosterRowBuilder().With(r => r with { BirthYear = year }))));

    [Fact]
    public void Validate_BirthYearBound_MovesWithTheClock()
    {
        var row = new OfficialRosterRowBuilder().With(r => r with { BirthYear = "2010" }).Build();
        var clock = new FakeTimeProvider(Today);
        Assert.False(new OfficialRosterRowValidator(clock).Validate(row).IsValid);

        clock.Advance(TimeSpan.FromDays(366));

        Assert.True(new OfficialRosterRowValidator(clock).Validate(row).IsValid);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEachOne()
    {
        var result = Validate(new OfficialRosterRowBuilder().With(r => r with { Name = null, Phone = "123", Gender = "X" }));
        Assert.Equal(3, result.Errors.Count);
    }
}
