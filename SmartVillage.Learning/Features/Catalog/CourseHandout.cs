using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf;
using SmartVillage.Domain.Catalog;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Learning;
using SmartVillage.Learning.Infrastructure.Markdown;
using SmartVillage.Learning.Infrastructure.Pdf;

namespace SmartVillage.Learning.Features.Catalog;

/// <summary>
/// A course as one PDF for reading offline (on the bus, with no signal): a cover, a table of
/// contents, then every lesson from a new page with a running header and "Halaman X dari Y" below, and last the
/// published practice quizzes (<see cref="HandoutPractice"/>).
/// </summary>
public sealed class CourseHandout(IDbContextFactory<LearningDbContext> dbFactory, TimeProvider clock, QuestionTextRenderer questions)
{
    private static readonly CultureInfo Indonesian = Wib.Indonesian;

    /// <summary>
    /// The handout of a published course, for anyone; of a draft, only for those who may preview it (its trainers and
    /// admins, who see the draft's page and its download button); null for anything else.
    /// </summary>
    /// <param name="userId">The signed-in person, null for a visitor.</param>
    public async Task<byte[]?> CreateAsync(string slug, string? userId = null, CancellationToken ct = default)
    {
        var content = await LoadAsync(slug, userId, ct);
        return content is null ? null : Render(content, clock.GetUtcNow().ToWib());
    }

    internal sealed record HandoutCourse(
        string Slug, string Title, string Summary, string TrackCode, string TrackTitle, CourseLevel Level, int LessonHours, int Version,
        IReadOnlyList<HandoutLesson> Lessons)
    {
        public IReadOnlyList<HandoutPractice.Quiz> Practice { get; init; } = [];
    }

    internal sealed record HandoutLesson(int ModulePosition, string ModuleTitle, int Position, string Title, int Minutes, string Markdown);

    internal async Task<HandoutCourse?> LoadAsync(string slug, string? userId, CancellationToken ct)
    {
        if (!Slug.IsValid(slug)) return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var course = await db.Courses.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(c => new { c.Id, c.Slug, c.Title, c.Summary, c.TrackCode, c.Level, c.LessonHours, c.Version, c.Status })
            .SingleOrDefaultAsync(ct);
        if (course is null) return null;
        if (course.Status != CourseStatus.Published && (userId is null || !await CoursePreview.CanPreviewAsync(db, course.Id, userId, ct)))
            return null;
        var trackTitle = await db.Tracks.AsNoTracking().Where(t => t.Code == course.TrackCode).Select(t => t.Title).SingleOrDefaultAsync(ct);
        var lessons = await db.Lessons.AsNoTracking()
            .Where(l => l.CourseId == course.Id)
            .OrderBy(l => l.Module!.Position).ThenBy(l => l.Position)
            .Select(l => new HandoutLesson(l.Module!.Position, l.Module.Title, l.Position, l.Title, l.Minutes, l.Markdown))
            .ToListAsync(ct);
        return new HandoutCourse(course.Slug, course.Title, course.Summary, course.TrackCode, trackTitle ?? course.TrackCode,
            course.Level, course.LessonHours, course.Version, lessons)
        {
            Practice = await HandoutPractice.LoadAsync(db, course.Id, questions, ct),
        };
    }

    internal static byte[] Render(HandoutCourse course, DateTimeOffset generatedAt)
    {
        // First pass finds the page each lesson starts on; the second prints those numbers in the contents.
        // The contents lines do not depend on the numbers, so both passes break pages identically.
        var firstPass = Write(course, generatedAt, lessonPages: null, out var lessonPages);
        firstPass.Dispose();
        using var document = Write(course, generatedAt, lessonPages, out _);
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static PdfDocument Write(HandoutCourse course, DateTimeOffset generatedAt, IReadOnlyList<int>? lessonPages, out List<int> pagesFound)
    {
        var document = new PdfDocument();
        document.Info.Title = course.Title;
        document.Info.Subject = "Bahan bacaan kursus " + course.Title;
        document.Info.Author = "SmartVillage Learning — Provinsi Lampung";
        document.Info.Creator = "SmartVillage Learning";
        document.Options.CompressContentStreams = true;

        var modules = course.Lessons.GroupBy(l => (l.ModulePosition, l.ModuleTitle)).ToList();
        pagesFound = [];
        using var writer = new MarkdownPdfWriter(document);

        WriteCover(writer, course, modules.Count, generatedAt);
        WriteContents(writer, modules, lessonPages);

        var total = course.Lessons.Count;
        var number = 0;
        var moduleNumber = 0;
        foreach (var module in modules)
        {
            moduleNumber++;
            PdfOutline? moduleOutline = null;
            foreach (var lesson in module)
            {
                number++;
                writer.RunningHeader = $"Modul: {lesson.ModuleTitle} — Materi {number} dari {total}: {lesson.Title}";
                writer.NewPage();
                pagesFound.Add(writer.PageNumber);
                moduleOutline ??= document.Outlines.Add($"Modul {moduleNumber}: {module.Key.ModuleTitle}", writer.CurrentPage, opened: true);
                moduleOutline.Outlines.Add($"{number}. {lesson.Title}", writer.CurrentPage);

                writer.WriteText($"Modul {moduleNumber}: {lesson.ModuleTitle}  ·  ±{lesson.Minutes} menit baca",
                    new TextStyle(9, Color: TextStyle.Muted), spaceAfter: 2);
                writer.WriteHeading(lesson.Title, 1);
                writer.WriteRule(2);
                writer.WriteMarkdown(lesson.Markdown);
            }
        }
        HandoutPractice.Write(writer, document, course.Practice);
        writer.DrawFooters((page, count) => $"Halaman {page} dari {count}");
        return document;
    }

    private static void WriteCover(MarkdownPdfWriter writer, HandoutCourse course, int moduleCount, DateTimeOffset generatedAt)
    {
        writer.RunningHeader = null;
        writer.NewPage();
        writer.AddSpace(110);
        var centred = new TextStyle(11, Color: TextStyle.Muted, Align: TextAlign.Center);
        writer.WriteText("SmartVillage Learning — Provinsi Lampung", centred with { Size = 12, Bold = true, Color = TextStyle.Accent }, spaceAfter: 4);
        writer.WriteText("Bahan bacaan kursus", centred, spaceAfter: 36);
        writer.WriteText(course.Title, new TextStyle(26, Bold: true, Color: TextStyle.Accent, Align: TextAlign.Center, LineHeight: 1.25), spaceAfter: 18);
        if (!string.IsNullOrWhiteSpace(course.Summary))
            writer.WriteText(course.Summary, new TextStyle(11, Italic: true, Color: TextStyle.Ink, Align: TextAlign.Center, LineHeight: 1.45), spaceAfter: 36);
        writer.WriteRule(10);
        var facts = new TextStyle(11.5, Color: TextStyle.Ink, Align: TextAlign.Center, LineHeight: 1.6);
        writer.WriteText($"Jalur: {course.TrackTitle} ({course.TrackCode})", facts, spaceAfter: 0);
        writer.WriteText($"Tingkat: {CourseLevels.Label(course.Level)}", facts, spaceAfter: 0);
        writer.WriteText($"{course.LessonHours} JP (jam pelajaran @ 45 menit)", facts, spaceAfter: 0);
        writer.WriteText($"{course.Lessons.Count} materi dalam {moduleCount} modul, ±{course.Lessons.Sum(l => l.Minutes)} menit baca", facts, spaceAfter: 0);
        writer.WriteRule(10);
        writer.AddSpace(24);
        writer.WriteText($"Dibuat {generatedAt.ToString("d MMMM yyyy 'pukul' HH.mm", Indonesian)} WIB · versi kursus {course.Version}",
            centred with { Size = 9 }, spaceAfter: 0);
    }

    private static void WriteContents(
        MarkdownPdfWriter writer, IReadOnlyList<IGrouping<(int ModulePosition, string ModuleTitle), HandoutLesson>> modules,
        IReadOnlyList<int>? lessonPages)
    {
        writer.RunningHeader = null;
        writer.NewPage();
        writer.WriteHeading("Daftar Isi", 1);
        writer.AddSpace(6);
        var number = 0;
        var moduleNumber = 0;
        foreach (var module in modules)
        {
            moduleNumber++;
            writer.AddSpace(6);
            var firstPage = lessonPages is null ? "" : lessonPages[number].ToString(CultureInfo.InvariantCulture);
            writer.WriteContentsLine($"Modul {moduleNumber}: {module.Key.ModuleTitle}", firstPage, 0,
                new TextStyle(11, Bold: true, Color: TextStyle.Accent), spaceAfter: 3);
            foreach (var lesson in module)
            {
                var page = lessonPages is null ? "" : lessonPages[number].ToString(CultureInfo.InvariantCulture);
                number++;
                writer.WriteContentsLine($"{number}. {lesson.Title}", page, 16, new TextStyle(10.5), spaceAfter: 2);
            }
        }
    }
}
