using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Assessments;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Authoring;

namespace SmartVillage.Learning.Features.Assessments.QuestionBank;

/// <summary>A file stored with a bank question, ready to send: its bytes and how the browser should take them.</summary>
public sealed record QuestionFileContent(string Name, byte[] Content, string ContentType, bool Inline);

/// <summary>
/// Serves the images a question's texts show (<c>@@PLUGINFILE@@/name</c>) to the people who may see the question: the
/// course's trainers and admins (the bank), and an official whose own attempt holds the question. Anyone else gets
/// nothing, as if the file did not exist.
/// </summary>
public sealed class QuestionFileService(IDbContextFactory<LearningDbContext> dbFactory)
{
    public async Task<QuestionFileContent?> FileAsync(Actor asker, int bankQuestionId, string name, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var courseId = await db.BankQuestions.Where(q => q.Id == bankQuestionId).Select(q => (int?)q.CourseId).SingleOrDefaultAsync(ct);
        if (courseId is null) return null;
        var trainers = await db.Courses.Where(c => c.Id == courseId).SelectMany(c => c.Trainers.Select(t => t.UserId)).ToListAsync(ct);
        var mayView = CourseAccess.CanEdit(asker, trainers)
            || await db.AttemptQuestions.AnyAsync(q => q.BankQuestionId == bankQuestionId
                && db.QuizAttempts.Any(a => a.Id == q.AttemptId && a.UserId == asker.UserId), ct);
        if (!mayView) return null;
        var content = await db.Set<BankQuestionFile>().Where(f => f.BankQuestionId == bankQuestionId && f.Name == name)
            .Select(f => f.Content).SingleOrDefaultAsync(ct);
        if (content is null) return null;
        var image = ImageType(content);
        return new QuestionFileContent(name, content, image ?? "application/octet-stream", image is not null);
    }

    /// <summary>
    /// The type of an image by its first bytes, not its name: only these are shown in the page. Anything else (an SVG
    /// that could carry script, a PDF) is sent as a download, never rendered by the browser.
    /// </summary>
    private static string? ImageType(ReadOnlySpan<byte> b) =>
        b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) ? "image/png"
        : b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : b.StartsWith("GIF8"u8) ? "image/gif"
        : b.Length > 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8) ? "image/webp"
        : null;
}
