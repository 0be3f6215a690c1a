using SmartVillage.Domain.Networks;

namespace SmartVillage.Domain.Tests.Networks;

public class CollaborationRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);
    private const string KarangBrak = "18.06.16.2010";

    private static CollaborationRequest Need(string postedBy = "siti") =>
        new(CollaborationKind.Need, "  Website pekon ", " Kami perlu bantuan membuat website pekon. ", "td", "  Website   Desa ", KarangBrak, postedBy, Guid.NewGuid(), Now);

    [Fact]
    public void New_TrimsTheText_NormalisesTrackAndArea_AndTakesTheRegencyFromTheVillage()
    {
        var need = Need();

        Assert.Equal("Website pekon", need.Title);
        Assert.Equal("Kami perlu bantuan membuat website pekon.", need.Description);
        Assert.Equal("TD", need.TrackCode);
        Assert.Equal("website desa", need.Area);
        Assert.Equal("18.06", need.RegencyCode);
        Assert.Equal(CollaborationStatus.Open, need.Status);
    }

    [Theory]
    [InlineData("", "Uraian", "Judul wajib diisi.")]
    [InlineData("Judul", " ", "Uraian wajib diisi.")]
    public void New_WithoutTitleOrDescription_IsRefusedInIndonesian(string title, string description, string message)
    {
        var e = Assert.Throws<DomainException>(() =>
            new CollaborationRequest(CollaborationKind.Offer, title, description, null, null, KarangBrak, "siti", Guid.NewGuid(), Now));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void New_InADistrictInsteadOfAVillage_IsRefused()
    {
        Assert.Throws<DomainException>(() =>
            new CollaborationRequest(CollaborationKind.Need, "Judul", "Uraian", null, null, "18.06.16", "siti", Guid.NewGuid(), Now));
    }

    [Fact]
    public void Respond_ToOnesOwnRequest_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => Need("siti").Respond("siti", KarangBrak, "Saya bantu", Guid.NewGuid(), Now));
        Assert.Contains("sendiri", e.Message);
    }

    [Fact]
    public void MarkMet_NamesTheResponseThatHelped_ThenNoMoreResponsesAreTaken()
    {
        var need = Need();
        var response = need.Respond("pak-rudi", "18.04.04.2001", "Kami punya operator yang bisa membantu.", Guid.NewGuid(), Now);

        Assert.Throws<DomainException>(() => need.MarkMet(response.Id + 1, Now));
        need.MarkMet(response.Id, Now.AddDays(2));

        Assert.Equal(CollaborationStatus.Met, need.Status);
        Assert.Equal(Now.AddDays(2), need.MetAt);
        var late = Assert.Throws<DomainException>(() => need.Respond("bu-eka", null, "Masih perlu?", Guid.NewGuid(), Now.AddDays(3)));
        Assert.Contains("terpenuhi", late.Message);
        Assert.Throws<DomainException>(() => need.MarkMet(response.Id, Now.AddDays(3)));
    }

    [Fact]
    public void Hide_NeedsAReason_RefusesResponses_AndReopenClearsHidingAndMet()
    {
        var need = Need();
        Assert.Throws<DomainException>(() => need.Hide(" ", "hendra", Now));

        need.Hide(" Iklan, bukan kebutuhan desa ", "hendra", Now);

        Assert.Equal((CollaborationStatus.Hidden, "Iklan, bukan kebutuhan desa", "hendra"), (need.Status, need.HiddenReason, need.HiddenById));
        Assert.Contains("disembunyikan", Assert.Throws<DomainException>(() => need.Respond("pak-rudi", null, "Bisa", Guid.NewGuid(), Now)).Message);
        Assert.Throws<DomainException>(() => need.MarkMet(0, Now));

        need.Reopen();

        Assert.Equal(CollaborationStatus.Open, need.Status);
        Assert.Null(need.HiddenReason);
        Assert.Null(need.MetByResponseId);
        need.Respond("pak-rudi", null, "Bisa kami bantu", Guid.NewGuid(), Now);
    }
}
