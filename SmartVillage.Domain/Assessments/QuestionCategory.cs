using System.Text.RegularExpressions;

namespace SmartVillage.Domain.Assessments;

/// <summary>
/// A folder of a course's question bank, named by its path ("Pre-test", "Pre-test/APBDes"). The path is
/// unique within the course; GIFT's <c>$course$/</c> prefix is not part of it.
/// </summary>
public sealed partial class QuestionCategory
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

    /// <summary>
    /// Changes whenever an import adds to or changes the category's questions, so two imports into one category at the
    /// same moment cannot both decide a question is new: the second one's save is refused.
    /// </summary>
    public Guid Revision { get; private set; } = Guid.NewGuid();

    public void Touch() => Revision = Guid.NewGuid();

    /// <summary>The last part of the path, what a trainer reads in a list.</summary>
    public string Name => Split(Path)[^1];

    /// <summary>The path as GIFT writes a course category: <c>$course$/Pre-test</c>.</summary>
    public string GiftPath => CoursePrefix + Path;

    /// <summary>
    /// A category path as Moodle writes it, in the form this bank keeps: "$course$/top/Pre-test / APBDes" → "Pre-test/APBDes".
    /// Moodle's context ("$course$", "$module$", "$system$"…) and its "top" category are not part of it (Moodle strips
    /// them too); each name is trimmed; a "/" inside a name stays written "//", as Moodle escapes it. An empty name
    /// ("Pre-test/ /APBDes"), an empty path and one that names only Moodle's top category are refused.
    /// </summary>
    public static string NormalizePath(string path) =>
        NormalizeOrTop(path) ?? throw new DomainException($"Kategori \"{path}\" tidak menyebut nama kategori; tulis misalnya \"$course$/Pre-test\".");

    /// <summary>As <see cref="NormalizePath"/>, but null when the path names only Moodle's context or its top category (the default category).</summary>
    public static string? NormalizeOrTop(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var names = Split(path.Trim()).Select(n => n.Trim()).ToList();
        if (names.Count > 0 && ContextToken().IsMatch(names[0])) names.RemoveAt(0);
        // Moodle 3.5 put every category under "top"; files written since then start with it.
        while (names.Count > 0 && names[0] == "top") names.RemoveAt(0);
        if (names.Count == 0) return null;
        if (names.Any(n => n.Length == 0))
            throw new DomainException($"Kategori \"{path}\" tidak sah: setiap bagian jalur kategori harus berisi nama, misalnya \"Pre-test/APBDes\".");
        var normalized = string.Join('/', names.Select(n => n.Replace("/", "//", StringComparison.Ordinal)));
        if (normalized.Length > PathMaxLength)
            throw new DomainException($"Jalur kategori paling panjang {PathMaxLength} karakter.");
        return normalized;
    }

    /// <summary>Moodle's split: a single "/" separates names, "//" is a slash inside a name.</summary>
    private static string[] Split(string path) =>
        SingleSlash().Split(path).Select(n => n.Replace("//", "/", StringComparison.Ordinal)).ToArray();

    [GeneratedRegex(@"(?<!/)/(?!/)")]
    private static partial Regex SingleSlash();

    [GeneratedRegex(@"^\$[a-z]+\$$")]
    private static partial Regex ContextToken();
}
