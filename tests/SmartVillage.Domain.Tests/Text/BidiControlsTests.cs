using SmartVillage.Domain.Text;

namespace SmartVillage.Domain.Tests.Text;

public class BidiControlsTests
{
    [Theory]
    [InlineData("Siti \u202Eiwahtamhar\u202C Rahmawati", "Siti iwahtamhar Rahmawati")]
    [InlineData("\u2067Pekon\u2069 \u200EKarang\u200F Brak\u061C", "Pekon Karang Brak")]
    [InlineData("Rapat \u202Dkiri\u202A ke\u202B kanan", "Rapat kiri ke kanan")]
    public void Strip_RemovesEveryDirectionControl(string typed, string stored) => Assert.Equal(stored, BidiControls.Strip(typed));

    [Theory]
    [InlineData("Siti Rahmawati")]
    [InlineData("السلام عليكم")] // right-to-left letters are text, not controls
    [InlineData("")]
    public void Strip_LeavesOrdinaryTextAlone(string text) => Assert.Same(text, BidiControls.Strip(text));
}
