using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SmartVillage.Domain.Accounts;
using SmartVillage.Domain.Catalog;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Catalog;
using SmartVillage.Learning.Infrastructure.Markdown;
using SmartVillage.Learning.Infrastructure.Pdf;
using SmartVillage.Learning.Tests.Features.Learning;
using SmartVillage.Learning.Tests.TestSupport;
using Xunit.Abstractions;

namespace SmartVillage.Learning.Tests.Features.Catalog;

public class CourseHandoutTests(SharedDatabaseFixture fixture, ITestOutputHelper output) : IClassFixture<SharedDatabaseFixture>
{
    private const string Apbdes = "pengelolaan-apbdes-siskeudes";

    // 20:30 UTC is already the next morning in Lampung (WIB, UTC+7).
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 20, 30, 0, TimeSpan.Zero);

    private static CourseHandout Handout(TestDatabase db) =>
        new(db.Services.GetRequiredService<IDbContextFactory<LearningDbContext>>(), new FakeTimeProvider(Now),
            db.Services.GetRequiredService<QuestionTextRenderer>());

    private Task<List<string>> LessonTitlesAsync(string slug) => fixture.Database.QueryAsync(db => db.Lessons
        .Where(l => db.Courses.Any(c => c.Id == l.CourseId && c.Slug == slug))
        .OrderBy(l => l.Module!.Position).ThenBy(l => l.Position)
        .Select(l => l.Title).ToListAsync());

    [Fact]
    public async Task Handout_OfApbdesCourse_HasCoverContentsAndEveryLesson()
    {
        var pdf = await Handout(fixture.Database).CreateAsync(Apbdes);

        Assert.NotNull(pdf);
        using var text = new PdfText(pdf);
        var titles = await LessonTitlesAsync(Apbdes);
        Assert.Equal(5, titles.Count);
        Assert.True(text.PageCount > titles.Count + 2, $"{text.PageCount} pages for {titles.Count} lessons");

        var cover = text.PageTexts[0];
        Assert.Contains("Pengelolaan APBDes dengan Siskeudes", cover);
        Assert.Contains("SmartVillage Learning — Provinsi Lampung", cover);
        Assert.Contains("Jalur: Manajemen Proyek (MP)", cover);
        Assert.Contains("Tingkat: Dasar", cover);
        Assert.Contains("8 JP", cover);
        Assert.Contains("5 materi dalam", cover);
        Assert.Contains("Dibuat 15 Maret 2026 pukul 03.30 WIB", cover);
        Assert.Contains($"Halaman 1 dari {text.PageCount}", cover);

        var contents = text.PageTexts[1];
        Assert.Contains("Daftar Isi", contents);
        Assert.Contains("Modul 1: Memahami APBDes", contents);
        for (var i = 0; i < titles.Count; i++)
        {
            Assert.Contains($"{i + 1}. {titles[i]}", contents);
            Assert.Contains(titles[i], text.All);
            // The contents give the page on which the lesson's running header first appears.
            var header = $"Materi {i + 1} dari {titles.Count}: {titles[i]}";
            var firstPage = text.PageTexts.ToList().FindIndex(p => p.Contains(header)) + 1;
            Assert.True(firstPage > 2, header);
            Assert.Contains($"{titles[i]} {firstPage}", contents.Replace(" .", ""));
        }
    }

    [Fact]
    public async Task Handout_ReadsBackSentencesTablesAndIndonesianText_WithinTheMargins()
    {
        var pdf = await Handout(fixture.Database).CreateAsync(Apbdes);

        using var text = new PdfText(pdf!);
        // From the middle of "Struktur APBDes", long enough to wrap over several lines.
        Assert.Contains("Contohnya, penghasilan tetap Kepala Pekon masuk Bidang 1 sebagai belanja pegawai, sedangkan rabat beton jalan usaha tani masuk Bidang 2 sebagai belanja modal karena menghasilkan aset.", text.All);
        Assert.Contains("Modul: Memahami APBDes — Materi 1 dari 5: Struktur APBDes", text.All);
        // Indonesian words, and a minus sign outside Latin-1.
        Assert.Contains("Pendapatan Asli Desa (PADes):", text.All);
        Assert.Contains("surplus/defisit = pendapatan − belanja;", text.All);
        Assert.Contains("pertanggungjawaban", text.All);
        // Table cells.
        Assert.Contains("Alokasi Dana Desa Rp 420.000.000", text.All);
        Assert.Contains("Jumlah pendapatan Rp 1.465.000.000", text.All);
        Assert.Contains("SiLPA tahun berjalan Rp 0", text.All);
        // Nothing runs past the margins (the footer and running header included).
        Assert.Empty(text.WordsOutside(MarkdownPdfWriter.MarginLeft, MarkdownPdfWriter.MarginRight));
        Assert.All(text.PageTexts, (page, i) => Assert.Contains($"Halaman {i + 1} dari {text.PageCount}", page));
    }

    [Fact]
    public async Task Handout_OfEveryCourse_RendersWithinMargins_AndIsMeasured()
    {
        var slugs = await fixture.Database.QueryAsync(db => db.Courses.Select(c => c.Slug).ToListAsync());
        Assert.True(slugs.Count >= 3, $"{slugs.Count} courses");
        var largest = await fixture.Database.QueryAsync(db => db.Courses
            .OrderByDescending(c => db.Lessons.Where(l => l.CourseId == c.Id).Sum(l => l.Markdown.Length))
            .Select(c => c.Slug).FirstAsync());
        var handout = Handout(fixture.Database);

        foreach (var slug in slugs)
        {
            var pdf = await handout.CreateAsync(slug);
            using var text = new PdfText(pdf!);
            Assert.Empty(text.WordsOutside(MarkdownPdfWriter.MarginLeft, MarkdownPdfWriter.MarginRight));
            Assert.All(await LessonTitlesAsync(slug), title => Assert.Contains(title, text.All));
            output.WriteLine($"{slug}: {text.PageCount} pages, {pdf!.Length / 1024.0:N1} KiB");
            var keep = Environment.GetEnvironmentVariable("HANDOUT_PDF_DIR");
            if (!string.IsNullOrEmpty(keep)) await File.WriteAllBytesAsync(Path.Combine(keep, slug + ".pdf"), pdf);
        }

        var timer = Stopwatch.StartNew();
        const int runs = 5;
        byte[]? last = null;
        for (var i = 0; i < runs; i++) last = await handout.CreateAsync(largest);
        timer.Stop();
        output.WriteLine($"largest course {largest}: {timer.Elapsed.TotalMilliseconds / runs:N0} ms per handout (warm, mean of {runs}), {last!.Length / 1024.0:N1} KiB");
        Assert.True(last.Length < 1_000_000, $"{last.Length} bytes");
    }

    [Fact]
    public async Task Handout_OfUnknownOrInvalidSlug_IsNull()
    {
        var handout = Handout(fixture.Database);

        Assert.Null(await handout.CreateAsync("kursus-yang-tidak-ada"));
        Assert.Null(await handout.CreateAsync("../Bukan Slug"));
    }

    [Fact]
    public async Task Handout_OfDraftCourse_IsNull()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var context = db.CreateContext())
        {
            var course = new Course("kursus-draf", "Kursus Draf", "MP", null, Now);
            course.Describe("Kursus Draf", "MP", "Belum terbit.", CourseLevel.Basic, 2, 70, [], Now);
            course.AddLesson(course.AddModule("Modul Draf"), "materi-draf", "Materi Draf", 10, "Teks draf.", Now);
            context.Courses.Add(course);
            // A published course taken back to draft is not served either.
            var apbdes = await context.Courses.SingleAsync(c => c.Slug == Apbdes);
            apbdes.Unpublish(Now);
            await context.SaveChangesAsync();
        }

        Assert.Null(await Handout(db).CreateAsync("kursus-draf"));
        Assert.Null(await Handout(db).CreateAsync(Apbdes));
        Assert.NotNull(await Handout(db).CreateAsync("layanan-publik-digital"));
    }

    [Fact]
    public async Task Handout_OfDraftCourse_ForItsTrainerAndAdmins_ButNotForOthers()
    {
        // The draft's page shows its trainers and admins the download button, so the file must come for them too.
        var world = new LearningWorld();
        await world.InitializeAsync();
        try
        {
            var owner = await world.PersonAsync("Hendra Saputra", Roles.Trainer);
            var otherTrainer = await world.PersonAsync("Dewi Anggraini", Roles.Trainer);
            var admin = await world.PersonAsync("Admin SmartVillage", Roles.Admin);
            var siti = await world.OfficialAsync();
            await world.CreateDraftAsync(owner);
            var handout = Handout(world.Database);

            Assert.Null(await handout.CreateAsync(LearningWorld.DraftSlug));
            Assert.Null(await handout.CreateAsync(LearningWorld.DraftSlug, siti));
            Assert.Null(await handout.CreateAsync(LearningWorld.DraftSlug, otherTrainer));
            var pdf = await handout.CreateAsync(LearningWorld.DraftSlug, owner);
            Assert.NotNull(pdf);
            using var text = new PdfText(pdf);
            Assert.Contains("Modal BUMDes", text.All);
            Assert.NotNull(await handout.CreateAsync(LearningWorld.DraftSlug, admin));
        }
        finally
        {
            await world.DisposeAsync();
        }
    }

    [Fact]
    public async Task Endpoint_ServesPdfAsAttachment_And404ForUnknownCourse()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(Handout(fixture.Database));
        await using var app = builder.Build();
        app.MapCourseHandout();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        using var response = await client.GetAsync($"/courses/{Apbdes}/handout.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"{Apbdes}.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));

        using var missing = await client.GetAsync("/courses/tidak-ada/handout.pdf");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        await app.StopAsync();
    }
}
