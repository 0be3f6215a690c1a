using SmartVillage.Domain;
using SmartVillage.Domain.Competencies;

namespace SmartVillage.Domain.Tests.Competencies;

public class CompetencyConfirmationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void New_KeepsTheTrimmedNote_AndIsActive()
    {
        var c = new CompetencyConfirmation("official", " manajemen-proyek ", CompetencyLevel.Advanced, "mentor", "  Menyusun RAB sendiri.  ", Now);

        Assert.Equal("Menyusun RAB sendiri.", c.Note);
        Assert.Equal("manajemen-proyek", c.AreaCode);
        Assert.True(c.IsActive);
        Assert.Equal(Now, c.ConfirmedAt);
    }

    [Theory]
    [InlineData("", CompetencyConfirmation.NoteRequiredMessage)]
    [InlineData("pendek", CompetencyConfirmation.NoteTooShortMessage)]
    public void New_WithoutAUsableNote_IsRefused(string note, string message)
    {
        var e = Assert.Throws<DomainException>(() => new CompetencyConfirmation("official", "manajemen-proyek", CompetencyLevel.Basic, "mentor", note, Now));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void New_WithANoteTooLongOrALevelOutsideTheFramework_IsRefused()
    {
        Assert.Equal(CompetencyConfirmation.NoteTooLongMessage, Assert.Throws<DomainException>(() =>
            new CompetencyConfirmation("official", "manajemen-proyek", CompetencyLevel.Basic, "mentor", new string('a', 501), Now)).Message);
        Assert.Equal(CompetencyConfirmation.LevelMessage, Assert.Throws<DomainException>(() =>
            new CompetencyConfirmation("official", "manajemen-proyek", (CompetencyLevel)0, "mentor", "Menyusun RAB sendiri.", Now)).Message);
    }

    [Fact]
    public void Withdraw_RecordsWhoAndWhen_AndOnlyOnce()
    {
        var c = new CompetencyConfirmation("official", "manajemen-proyek", CompetencyLevel.Basic, "mentor", "Menyusun RAB sendiri.", Now);

        c.Withdraw("admin", Now.AddDays(1));

        Assert.False(c.IsActive);
        Assert.Equal("admin", c.WithdrawnById);
        Assert.Equal(Now.AddDays(1), c.WithdrawnAt);
        Assert.Equal(CompetencyConfirmation.AlreadyWithdrawnMessage, Assert.Throws<DomainException>(() => c.Withdraw("mentor", Now.AddDays(2))).Message);
    }
}
