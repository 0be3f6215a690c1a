using System.Text;
using PdfSharp.Fonts;
using SmartVillage.Learning.Infrastructure.Pdf;
using SmartVillage.Learning.Tests.TestSupport;

namespace SmartVillage.Learning.Tests.Infrastructure.Pdf;

public class MarkdownPdfWriterTests
{
    private const string MiddleSentence = "Kalimat penanda di tengah paragraf panjang ini harus terbaca utuh setelah berpindah halaman.";

    private static byte[] Render(string markdown, Action<MarkdownPdfWriter>? before = null)
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        var writer = new MarkdownPdfWriter(document);
        writer.RunningHeader = "Modul: Uji — Materi 1 dari 1: Tata letak";
        writer.NewPage();
        before?.Invoke(writer);
        writer.WriteMarkdown(markdown);
        writer.DrawFooters((page, count) => $"Halaman {page} dari {count}");
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static string LongParagraph()
    {
        var text = new StringBuilder();
        for (var i = 1; i <= 70; i++)
        {
            if (i == 35) text.Append(MiddleSentence).Append(' ');
            text.Append($"Kalimat ke-{i} menjelaskan penatausahaan keuangan pekon dengan bahasa yang sederhana dan jelas. ");
        }
        return text.ToString();
    }

    [Fact]
    public void FontResolver_RegisteredOnce_AndAgainWithoutComplaint()
    {
        var first = EmbeddedFontResolver.EnsureRegistered();
        var second = EmbeddedFontResolver.EnsureRegistered();

        Assert.Same(first, second);
        Assert.Same(EmbeddedFontResolver.Instance, GlobalFontSettings.FontResolver);
        Assert.NotEmpty(EmbeddedFontResolver.Instance.GetFont(EmbeddedFontResolver.Instance.ResolveTypeface("DejaVu Sans", true, true).FaceName)!);
        Assert.NotEmpty(EmbeddedFontResolver.Instance.GetFont(EmbeddedFontResolver.Instance.ResolveTypeface("DejaVu Sans Mono", false, false).FaceName)!);
    }

    [Fact]
    public void FontResolver_FromManyThreadsAtOnce_RendersEverywhere()
    {
        var pdfs = Enumerable.Range(0, 8).AsParallel().Select(i => Render($"## Bagian {i}\n\nTeks singkat nomor {i}.")).ToList();

        Assert.All(pdfs, pdf =>
        {
            using var text = new PdfText(pdf);
            Assert.Contains("Teks singkat nomor", text.All);
        });
    }

    [Fact]
    public void LongParagraph_FlowsAcrossPages_AndReadsBackWhole()
    {
        using var text = new PdfText(Render("## Paragraf panjang\n\n" + LongParagraph()));

        Assert.True(text.PageCount >= 2, $"{text.PageCount} page(s)");
        Assert.Contains(MiddleSentence, text.All);
        Assert.Contains("Kalimat ke-70 menjelaskan penatausahaan keuangan pekon", text.All);
        Assert.Empty(text.WordsOutside(MarkdownPdfWriter.MarginLeft, MarkdownPdfWriter.MarginRight));
        Assert.All(text.PageTexts, (page, i) => Assert.Contains($"Halaman {i + 1} dari {text.PageCount}", page));
        Assert.All(text.PageTexts, page => Assert.Contains("Modul: Uji — Materi 1 dari 1: Tata letak", page));
    }

    [Fact]
    public void Table_WithLongCells_WrapsInsideMargins_AndRepeatsItsHeaderOnTheNextPage()
    {
        var markdown = new StringBuilder("| Uraian kegiatan | Sumber dana | Jumlah |\n|---|---|---:|\n");
        for (var i = 1; i <= 60; i++)
            markdown.Append($"| Kegiatan {i}: pembangunan rabat beton jalan usaha tani dusun dan saluran drainase sepanjang {i * 10} meter | Dana Desa dan Alokasi Dana Desa tahap {i % 3 + 1} | Rp {i * 1_000_000:N0} |\n");

        using var text = new PdfText(Render(markdown.ToString()));

        Assert.True(text.PageCount >= 3, $"{text.PageCount} page(s)");
        // PdfPig reads a wrapped row line by line across its cells, so each cell line is checked on its own.
        Assert.Contains("Kegiatan 37: pembangunan rabat beton", text.All);
        Assert.Contains("saluran drainase sepanjang 370 meter", text.All);
        Assert.Contains($"Rp {37_000_000:N0}", text.All);
        Assert.All(text.PageTexts, page => Assert.Contains("Uraian kegiatan Sumber dana Jumlah", page));
        Assert.Empty(text.WordsOutside(MarkdownPdfWriter.MarginLeft, MarkdownPdfWriter.MarginRight));
    }

    [Fact]
    public void Blocks_ListsQuotesCodeAndEmphasis_ComeOutWithTheirText()
    {
        const string markdown = """
            ## Daftar dan kutipan

            Kata **tebal** dan *miring* serta `kode_singkat` di satu kalimat.

            - butir pertama tentang Musyawarah Desa (Musdes);
            - butir kedua dengan sub-butir:
              - sub-butir tentang Badan Permusyawaratan Desa;
            - butir ketiga.

            1. Langkah satu: unduh formulir.
            2. Langkah dua: isi formulir.

            > Kutipan dari Kepala Pekon: "Anggaran yang terbuka membuat warga percaya."

            ```
            2025/
              01 Surat Keluar/
            alamat-yang-sangat-panjang-sekali-tanpa-spasi-sama-sekali-untuk-menguji-pemotongan-baris-kode-yang-tidak-muat-di-lebar-halaman.pdf
            ```

            Tautan [Kemendagri](https://www.kemendagri.go.id) dan https://sid.kemendesa.go.id/sangat/panjang/alamatnya/sekali/sampai/tidak/muat/di/satu/baris/halaman/a4/portrait
            """;

        using var text = new PdfText(Render(markdown));

        Assert.Contains("Kata tebal dan miring serta kode_singkat di satu kalimat.", text.All);
        Assert.Contains("• butir pertama tentang Musyawarah Desa (Musdes);", text.All);
        Assert.Contains("◦ sub-butir tentang Badan Permusyawaratan Desa;", text.All);
        Assert.Contains("1. Langkah satu: unduh formulir. 2. Langkah dua: isi formulir.", text.All);
        Assert.Contains("\"Anggaran yang terbuka membuat warga percaya.\"", text.All);
        Assert.Contains("01 Surat Keluar/", text.All);
        Assert.Contains("Kemendagri (https://www.kemendagri.go.id)", text.All);
        Assert.Empty(text.WordsOutside(MarkdownPdfWriter.MarginLeft, MarkdownPdfWriter.MarginRight));

        var words = text.Pages[0].GetWords().ToList();
        Assert.Contains("Bold", words.First(w => w.Text == "tebal").Letters[0].FontName);
        Assert.Contains("Oblique", words.First(w => w.Text == "miring").Letters[0].FontName);
        Assert.Contains("Mono", words.First(w => w.Text == "kode_singkat").Letters[0].FontName);
        Assert.DoesNotContain("Bold", words.First(w => w.Text == "Kata").Letters[0].FontName);
    }

    [Fact]
    public void IndonesianAndTypographicCharacters_ExtractAsWritten()
    {
        const string sentence = "Surplus/defisit = pendapatan − belanja; SiLPA ±0 — “seimbang”, kata Ibu Yuliana di Pekon Sinar Pematang.";

        using var text = new PdfText(Render(sentence));

        Assert.Contains(sentence, text.All);
    }
}
