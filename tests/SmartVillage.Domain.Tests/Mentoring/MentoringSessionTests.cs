using SmartVillage.Domain;
using SmartVillage.Domain.Mentoring;

namespace SmartVillage.Domain.Tests.Mentoring;

public class MentoringSessionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero); // 09.00 WIB, 1 Dec

    [Fact]
    public void Session_InTheFuture_Refused() =>
        Assert.Contains("tidak boleh di masa depan",
            Assert.Throws<DomainException>(() => new MentoringSession("m", "o", new DateOnly(2026, 12, 2), MentoringMode.Visit, "Catatan", null, null, Now)).Message);

    [Fact]
    public void Session_NextDueNotAfterIt_Refused() =>
        Assert.Equal("Jadwal pendampingan berikutnya harus setelah tanggal sesi ini.",
            Assert.Throws<DomainException>(() => new MentoringSession("m", "o", new DateOnly(2026, 12, 1), MentoringMode.Call, "Catatan", null, new DateOnly(2026, 12, 1), Now)).Message);

    [Fact]
    public void Assignment_ToNeitherOfficialNorVillage_Refused() =>
        Assert.Equal("Pilih desa/pekon yang didampingi.", Assert.Throws<DomainException>(() => MentorAssignment.ForVillage("m", " ", null, Now)).Message);
}
