using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace SmartVillage.Learning.Tests.TestSupport;

/// <summary>A PDF read back with PdfPig: the words of each page, joined with single spaces.</summary>
public sealed partial class PdfText : IDisposable
{
    private readonly PdfDocument _pdf;

    public PdfText(byte[] bytes)
    {
        _pdf = PdfDocument.Open(bytes);
        Pages = _pdf.GetPages().ToList();
        PageTexts = Pages.Select(p => Normalize(string.Join(" ", p.GetWords().Select(w => w.Text)))).ToList();
        All = string.Join(" ", PageTexts);
    }

    public IReadOnlyList<Page> Pages { get; }
    public IReadOnlyList<string> PageTexts { get; }
    public string All { get; }
    public int PageCount => Pages.Count;

    public static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>Words whose box leaves the area between the left and right margins (with half a point of slack).</summary>
    public IEnumerable<(int Page, string Word, double Left, double Right)> WordsOutside(double marginLeft, double marginRight) =>
        Pages.SelectMany(p => p.GetWords()
            .Where(w => w.BoundingBox.Left < marginLeft - 0.5 || w.BoundingBox.Right > p.Width - marginRight + 0.5)
            .Select(w => (p.Number, w.Text, w.BoundingBox.Left, w.BoundingBox.Right)));

    public void Dispose() => _pdf.Dispose();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
