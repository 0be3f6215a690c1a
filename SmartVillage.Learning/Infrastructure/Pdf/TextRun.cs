using PdfSharp.Drawing;

namespace SmartVillage.Learning.Infrastructure.Pdf;

[Flags]
public enum RunStyle
{
    None = 0,
    Bold = 1,
    Italic = 2,
    Code = 4,
    Link = 8,
    Strike = 16,
}

/// <summary>A piece of inline text with one style; "\n" inside it is a hard line break.</summary>
public readonly record struct TextRun(string Text, RunStyle Style = RunStyle.None);

public enum TextAlign
{
    Left,
    Center,
    Right,
}

/// <summary>How a block of text looks: size in points, weight, colour, alignment, line height as a multiple of the size.</summary>
public sealed record TextStyle(double Size, bool Bold = false, bool Italic = false, XColor? Color = null, TextAlign Align = TextAlign.Left, double LineHeight = 1.4)
{
    public static readonly XColor Ink = XColor.FromArgb(0x21, 0x21, 0x21);
    public static readonly XColor Muted = XColor.FromArgb(0x61, 0x61, 0x61);
    public static readonly XColor Accent = XColor.FromArgb(0x1B, 0x4F, 0x72);
    public static readonly XColor LinkBlue = XColor.FromArgb(0x15, 0x65, 0xC0);

    public static readonly TextStyle Body = new(10.5);
}
