using SmartVillage.EndToEnd.Tests.Infrastructure;

namespace SmartVillage.EndToEnd.Tests.Features.Networks;

/// <summary>
/// A discussion topic may be 8,000 characters. One that long is posted whole; a 40,000-character paste is refused
/// with the limit named, and the text stays in the form.
/// </summary>
public sealed class LongPostTests(AppFixture app) : BrowserTest(app)
{
    /// <summary>Hendro Wibowo (0812-7000-0136), an official who posts in the discussion; used nowhere else.</summary>
    private const string PosterPhone = "081270000136";

    [Fact]
    public async Task TopicAtTheLimit_IsPosted_AFortyThousandCharacterPaste_IsRefusedAndKept()
    {
        await AppFixture.SignInAsync(Page, PosterPhone);
        await Page.GotoAsync("/discussion/MP");
        await MudField.WaitInteractiveAsync(Page);

        var title = $"Topik panjang {Guid.NewGuid().ToString("N")[..6]}";
        await MudField.Of(Page, "thread-title-input").FillAsync(title);
        var tooLong = new string('a', 39_990) + " AKHIR-PANJANG";
        await MudField.Of(Page, "thread-body-input").FillAsync(tooLong);
        await Page.GetByTestId("start-thread").ClickAsync();
        await Expect(Page.GetByText("Isi paling panjang 8.000 karakter", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Isi topik wajib diisi", new() { Exact = false })).ToHaveCountAsync(0);
        Assert.Equal(tooLong.Length, await MudField.Of(Page, "thread-body-input").EvaluateAsync<int>("e => e.value.length"));
        Assert.Equal("0", await App.ScalarAsync("SELECT COUNT(*) FROM DiscussionThreads WHERE Title = $t", ("$t", title)));

        var atLimit = new string('b', 7_990) + " AKHIR-OK";
        atLimit = atLimit.PadLeft(8_000, 'b');
        await MudField.Of(Page, "thread-body-input").FillAsync(atLimit);
        await Page.GetByTestId("start-thread").ClickAsync();
        await Expect(Page.GetByText(title).First).ToBeVisibleAsync();
        Assert.Equal("8000", await App.ScalarAsync("SELECT length(Body) FROM DiscussionThreads WHERE Title = $t", ("$t", title)));
    }
}
