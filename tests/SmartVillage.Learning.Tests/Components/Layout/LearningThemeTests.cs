using MudBlazor;
using MudBlazor.Utilities;
using SmartVillage.Learning.Components.Layout;

namespace SmartVillage.Learning.Tests.Components.Layout;

public class LearningThemeTests
{
    private static readonly Palette Palette = LearningTheme.Theme.PaletteLight;

    public static TheoryData<string> Colours => ["Primary", "Secondary", "Success", "Warning", "Error", "Info"];

    private static MudColor Get(string name) => (MudColor)typeof(Palette).GetProperty(name)!.GetValue(Palette)!;

    [Theory]
    [MemberData(nameof(Colours))]
    public void Palette_ColourAsTextOnWhite_PassesWcagAA(string name) =>
        Assert.True(Contrast(Get(name), White) >= 4.5, $"{name} {Get(name)} on white: {Contrast(Get(name), White):0.00}:1");

    [Theory]
    [MemberData(nameof(Colours))]
    public void Palette_ColourAsTextOnItsOwnLightTint_PassesWcagAA(string name)
    {
        // Chips and standard alerts draw the colour on a pale wash of itself.
        var tint = Mix(Get(name), White, 0.12);

        Assert.True(Contrast(Get(name), tint) >= 4.5, $"{name} on its tint: {Contrast(Get(name), tint):0.00}:1");
    }

    [Theory]
    [MemberData(nameof(Colours))]
    public void Palette_FilledButtonText_PassesWcagAA(string name)
    {
        var text = Get(name + "ContrastText");

        Assert.True(Contrast(Get(name), text) >= 4.5, $"{name}ContrastText on {name}: {Contrast(Get(name), text):0.00}:1");
    }

    [Fact]
    public void Palette_SecondaryText_PassesWcagAA() => Assert.True(Contrast(Palette.TextSecondary, White) >= 4.5);

    private static readonly MudColor White = new("#FFFFFF");

    private static MudColor Mix(MudColor colour, MudColor background, double alpha) => new(
        (byte)Math.Round(colour.R * alpha + background.R * (1 - alpha)),
        (byte)Math.Round(colour.G * alpha + background.G * (1 - alpha)),
        (byte)Math.Round(colour.B * alpha + background.B * (1 - alpha)), (byte)255);

    /// <summary>WCAG 2.2 contrast ratio of two opaque colours.</summary>
    private static double Contrast(MudColor a, MudColor b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(MudColor c)
    {
        static double Channel(byte v) { var s = v / 255.0; return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4); }
        return 0.2126 * Channel(c.R) + 0.7152 * Channel(c.G) + 0.0722 * Channel(c.B);
    }
}
