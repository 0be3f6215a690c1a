using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace SmartVillage.Learning.Infrastructure.Pdf;

/// <summary>
/// Serves PDFsharp the DejaVu fonts embedded in this assembly (Bitstream Vera licence, see
/// Fonts/DejaVu-LICENSE.txt). PDFsharp finds no system fonts on Linux, and a server must not depend on
/// what happens to be installed. Every family name that is not DejaVu Sans Mono resolves to DejaVu Sans,
/// so a stray "Arial" still renders. DejaVu covers Latin (Indonesian), the dashes and bullets we draw.
/// </summary>
public sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Sans = "DejaVu Sans";
    public const string Mono = "DejaVu Sans Mono";

    private const string ResourcePrefix = "SmartVillage.Learning.Pdf.Fonts.";
    private const string SansRegular = "DejaVuSans";
    private const string SansBold = "DejaVuSans-Bold";
    private const string SansOblique = "DejaVuSans-Oblique";
    private const string SansBoldOblique = "DejaVuSans-BoldOblique";
    private const string MonoRegular = "DejaVuSansMono";

    /// <summary>The one instance: PDFsharp refuses a different resolver once fonts were used.</summary>
    public static EmbeddedFontResolver Instance { get; } = new();

    private static readonly Lazy<EmbeddedFontResolver> Registration = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ConcurrentDictionary<string, byte[]> _faces = new();

    private EmbeddedFontResolver() { }

    /// <summary>
    /// Sets <see cref="GlobalFontSettings.FontResolver"/> once per process; safe to call from any thread,
    /// any number of times (start-up, each PDF, each test).
    /// </summary>
    public static EmbeddedFontResolver EnsureRegistered() => Registration.Value;

    private static EmbeddedFontResolver Register()
    {
        var current = GlobalFontSettings.FontResolver;
        if (current is null) GlobalFontSettings.FontResolver = Instance;
        else if (!ReferenceEquals(current, Instance))
            throw new InvalidOperationException(
                $"PDFsharp already uses the font resolver {current.GetType().FullName}; it is global and can be set only once. " +
                $"Use {nameof(EmbeddedFontResolver)}.{nameof(EnsureRegistered)}() everywhere PDFs are drawn.");
        return Instance;
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (string.Equals(familyName, Mono, StringComparison.OrdinalIgnoreCase)
            || familyName.Contains("Mono", StringComparison.OrdinalIgnoreCase)
            || familyName.Contains("Courier", StringComparison.OrdinalIgnoreCase))
        {
            // One monospace face is embedded; PDFsharp simulates bold and italic for it.
            return new FontResolverInfo(MonoRegular, mustSimulateBold: bold, mustSimulateItalic: italic);
        }
        var face = (bold, italic) switch
        {
            (true, true) => SansBoldOblique,
            (true, false) => SansBold,
            (false, true) => SansOblique,
            _ => SansRegular,
        };
        return new FontResolverInfo(face);
    }

    public byte[]? GetFont(string faceName) => _faces.GetOrAdd(faceName, Load);

    private static byte[] Load(string faceName)
    {
        var name = ResourcePrefix + faceName + ".ttf";
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Font resource {name} is missing from {typeof(EmbeddedFontResolver).Assembly.GetName().Name}.");
        using var memory = new MemoryStream((int)stream.Length);
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
