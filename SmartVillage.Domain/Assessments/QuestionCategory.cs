namespace SmartVillage.Domain.Assessments;

/// <summary>
/// A folder of a course's question bank, named by its path ("Pre-test", "Pre-test/APBDes"). The path is
/// unique within the course; GIFT's <c>$course$/</c> prefix is not part of it.
/// </summary>
public sealed class QuestionCategory
{
    public const int PathMaxLength = 255;
    public const string CoursePrefix = "$course$/";

    private QuestionCategory() { }

    public QuestionCategory(int courseId, string path, DateTimeOffset now)
    {
        CourseId = courseId;
        Path = NormalizePath(path);
        CreatedAt = now;
    }

    public int Id { get; private set; }
    public int CourseId { get; private set; }
    public string Path { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The last part of the path, what a trainer reads in a list.</summary>
    public string Name => Path[(Path.LastIndexOf('/') + 1)..];

    /// <summary>The path as GIFT writes a course category: <c>$course$/Pre-test</c>.</summary>
    public string GiftPath => CoursePrefix + Path;

    /// <summary>
    /// "$course$/Pre-test / APBDes" → "Pre-test/APBDes": prefix stripped, each part trimmed. An empty path or an
    /// empty part ("Pre-test//APBDes") is refused.
    /// </summary>
    public static string NormalizePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = path.Trim();
        if (text.StartsWith(CoursePrefix, StringComparison.OrdinalIgnoreCase)) text = text[CoursePrefix.Length..];
        else if (string.Equals(text, "$course$", StringComparison.OrdinalIgnoreCase)) text = "";
        var parts = text.Split('/').Select(p => p.Trim()).ToList();
        if (parts.Any(p => p.Length == 0))
            throw new DomainException($"Kategori \"{path}\" tidak sah: setiap bagian jalur kategori harus berisi nama, misalnya \"Pre-test/APBDes\".");
        var normalized = string.Join('/', parts);
        if (normalized.Length > PathMaxLength)
            throw new DomainException($"Jalur kategori paling panjang {PathMaxLength} karakter.");
        return normalized;
    }
}
