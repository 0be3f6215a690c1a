using MudBlazor;

namespace SmartVillage.Learning.Components.Layout;

/// <summary>Deep village green, the gold of Lampung's tapis cloth, white surfaces, the phone's own fonts.</summary>
public static class LearningTheme
{
    private static readonly string[] SystemFonts = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Noto Sans", "Helvetica Neue", "Arial", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1B5E20",
            PrimaryContrastText = "#FFFFFF",
            // Gold fails contrast as text on white, so it is used for fills with dark text on top.
            Secondary = "#C9A227",
            SecondaryContrastText = "#1A1A1A",
            AppbarBackground = "#1B5E20",
            AppbarText = "#FFFFFF",
            Background = "#FFFFFF",
            Surface = "#FFFFFF",
            DrawerBackground = "#FFFFFF",
            TextPrimary = "#1A1A1A",
            TextSecondary = "#4A4A4A",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = SystemFonts, FontSize = "1rem", LineHeight = "1.5" },
            H4 = new H4Typography { FontFamily = SystemFonts, FontSize = "1.6rem", FontWeight = "600" },
            H5 = new H5Typography { FontFamily = SystemFonts, FontSize = "1.35rem", FontWeight = "600" },
            H6 = new H6Typography { FontFamily = SystemFonts, FontSize = "1.1rem", FontWeight = "600" },
            Button = new ButtonTypography { FontFamily = SystemFonts, TextTransform = "none", FontWeight = "600" },
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "260px" },
    };
}
