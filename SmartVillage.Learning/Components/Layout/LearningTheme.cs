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
            // Every colour a page may use as text on white, or as a fill under white text, passes WCAG AA (4.5:1) in
            // both uses, also on the 12% tint of chips and alerts (LearningThemeTests): MudBlazor's defaults (bright
            // gold, #00C853, #FF9800, #2196F3) fell to 2.2–3.1:1. The tapis gold is darkened for the same reason;
            // its bright shade stays for borders and outlines (app.css), where 3:1 is enough.
            Secondary = "#7A5C00",
            SecondaryContrastText = "#FFFFFF",
            Success = "#1E6B24",
            SuccessContrastText = "#FFFFFF",
            Warning = "#A84B00",
            WarningContrastText = "#FFFFFF",
            Error = "#B71C1C",
            ErrorContrastText = "#FFFFFF",
            Info = "#0D5BA8",
            InfoContrastText = "#FFFFFF",
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
