using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SmartVillage.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A file got the way a person gets it: by pressing its button and letting the browser save it. Fetching the URL behind
/// the button would pass while the button itself routes into a page instead (the first wave's reports did).
/// </summary>
public sealed record BrowserDownload(string Name, byte[] Bytes)
{
    public static async Task<BrowserDownload> PressAsync(IPage page, ILocator control)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => control.ClickAsync());
        Assert.Null(await download.FailureAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return new BrowserDownload(download.SuggestedFilename, copy.ToArray());
    }

    /// <summary>The words of every sheet of an xlsx (inline and shared strings), to check what a workbook says.</summary>
    public string XlsxText()
    {
        using var zip = new ZipArchive(new MemoryStream(Bytes), ZipArchiveMode.Read);
        var parts = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) || e.FullName == "xl/sharedStrings.xml");
        return string.Join(" ", parts.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return System.Net.WebUtility.HtmlDecode(Regex.Replace(reader.ReadToEnd(), "<[^>]+>", " "));
        }));
    }
}
