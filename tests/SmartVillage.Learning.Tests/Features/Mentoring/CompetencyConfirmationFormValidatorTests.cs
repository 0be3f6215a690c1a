using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Features.Mentoring;

namespace SmartVillage.Learning.Tests.Features.Mentoring;

public class CompetencyConfirmationFormValidatorTests
{
    private readonly CompetencyConfirmationFormValidator validator = new();

    private static CompetencyConfirmationForm Valid() => new() { AreaCode = "manajemen-proyek", Level = CompetencyLevel.Intermediate, Note = "Menyusun RAB tiga kegiatan sendiri." };

    private string? MessageOn(CompetencyConfirmationForm form, string property) =>
        validator.Validate(form).Errors.Where(e => e.PropertyName == property).Select(e => e.ErrorMessage).SingleOrDefault();

    [Fact]
    public void Validate_ACompleteForm_IsValid() => Assert.True(validator.Validate(Valid()).IsValid);

    [Fact]
    public void Validate_EmptyForm_SaysWhatToFillOnEachField()
    {
        var form = new CompetencyConfirmationForm();

        Assert.Equal("Pilih area kompetensi.", MessageOn(form, "AreaCode"));
        Assert.Equal("Pilih tingkat: Dasar, Menengah, atau Mahir.", MessageOn(form, "Level"));
        Assert.Equal("Tulis apa yang Anda lihat aparatur ini kerjakan, misalnya “menyusun RAB tiga kegiatan sendiri”.", MessageOn(form, "Note"));
    }

    [Theory]
    [InlineData("Bagus", "Catatan paling sedikit 10 karakter: tulis apa yang Anda lihat aparatur ini kerjakan.")]
    [InlineData("   Bagus sekali   ", null)]                                  // 12 characters once trimmed
    [InlineData("     Bagus      ", "Catatan paling sedikit 10 karakter: tulis apa yang Anda lihat aparatur ini kerjakan.")]   // spaces do not count
    [InlineData("          ", "Tulis apa yang Anda lihat aparatur ini kerjakan, misalnya “menyusun RAB tiga kegiatan sendiri”.")]
    public void Validate_Note_CountsTheTrimmedText(string note, string? message)
    {
        var form = Valid();
        form.Note = note;

        Assert.Equal(message, MessageOn(form, "Note"));
    }

    [Fact]
    public void Validate_NoteOfMoreThan500Characters_IsRefused()
    {
        var form = Valid();
        form.Note = new string('a', 500);
        Assert.Null(MessageOn(form, "Note"));

        form.Note = new string('a', 501);
        Assert.Equal("Catatan paling panjang 500 karakter.", MessageOn(form, "Note"));
    }

    [Fact]
    public void Validate_ALevelOutsideTheFramework_IsRefused()
    {
        var form = Valid();
        form.Level = (CompetencyLevel)7;

        Assert.Equal("Pilih tingkat: Dasar, Menengah, atau Mahir.", MessageOn(form, "Level"));
    }
}
