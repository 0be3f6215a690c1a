using System.Collections;
using System.Globalization;
using System.Resources;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SmartVillage.Learning.Infrastructure.Localization;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Infrastructure.Localization;

public class IndonesianMudLocalizerTests : MudTestContext
{
    /// <summary>Every key of the installed MudBlazor's own English texts: a key added by an upgrade and missing here would show English.</summary>
    private static IReadOnlyList<string> MudBlazorKeys()
    {
        var resources = new ResourceManager("MudBlazor.Resources.LanguageResource", typeof(MudButton).Assembly);
        var set = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!;
        return set.Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void Texts_EveryMudBlazorKey_HasAnIndonesianText()
    {
        var keys = MudBlazorKeys();

        Assert.NotEmpty(keys);
        var missing = keys.Except(IndonesianMudLocalizer.Texts.Keys).ToList();
        Assert.Equal([], missing);
    }

    [Fact]
    public void Texts_WithArguments_KeepTheSamePlaceholdersAsMudBlazor()
    {
        var english = new ResourceManager("MudBlazor.Resources.LanguageResource", typeof(MudButton).Assembly);

        var mismatched = MudBlazorKeys().Where(k =>
            Placeholders(english.GetString(k, CultureInfo.InvariantCulture) ?? "") != Placeholders(IndonesianMudLocalizer.Texts[k])).ToList();

        Assert.Equal([], mismatched);
    }

    [Fact]
    public void MudAlert_CloseButton_IsNamedInIndonesian()
    {
        var alert = Render<MudAlert>(p => p.Add(a => a.ShowCloseIcon, true).AddChildContent("Tersimpan"));

        Assert.Equal("Tutup", alert.Find("button").GetAttribute("aria-label"));
    }

    [Fact]
    public void MudTablePager_Buttons_AreNamedInIndonesian()
    {
        var table = Render<MudTable<int>>(p => p
            .Add(t => t.Items, Enumerable.Range(1, 30).ToList())
            .Add(t => t.RowTemplate, (RenderFragment<int>)(i => b => b.AddContent(0, i)))
            .Add(t => t.PagerContent, (RenderFragment)(b => { b.OpenComponent<MudTablePager>(0); b.CloseComponent(); })));

        var names = table.FindAll("button").Select(b => b.GetAttribute("aria-label")).ToList();

        Assert.Contains("Halaman berikutnya", names);
        Assert.Contains("Halaman sebelumnya", names);
        Assert.DoesNotContain("Next page", names);
    }

    private static string Placeholders(string text) =>
        string.Join(",", System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order());
}
