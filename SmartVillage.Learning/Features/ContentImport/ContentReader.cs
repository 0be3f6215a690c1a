using FluentValidation;
using SmartVillage.Domain.Assessments;
using SmartVillage.Domain.Catalog;
using SmartVillage.Domain.Content;
using SmartVillage.Learning.Features.Assessments;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using SmartVillage.Learning.Features.Assessments.QuestionBank;

namespace SmartVillage.Learning.Features.ContentImport;

/// <summary>
/// Reads content/ (tracks.yml, courses/&lt;slug&gt;/course.yml and lesson Markdown files with front matter)
/// into plain records, collecting every problem with its file and line instead of stopping at the first.
/// </summary>
public sealed class ContentReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public ContentBundle Read(string root)
    {
        var errors = new List<ContentError>();
        var tracks = ReadTracks(root, errors);
        var courses = new List<CourseContent>();
        var coursesDir = Path.Combine(root, "courses");
        if (Directory.Exists(coursesDir))
        {
            var validator = new CourseManifestValidator(tracks.Select(t => t.Code).ToList());
            foreach (var dir in Directory.GetDirectories(coursesDir).OrderBy(d => d, StringComparer.Ordinal))
            {
                var course = ReadCourse(root, dir, validator, errors);
                if (course is not null) courses.Add(course);
            }
        }
        var competencies = CompetencyFrameworkReader.Read(root, courses.Select(c => c.Slug).ToList(), tracks.Select(t => t.Code).ToList(), errors);
        return new ContentBundle(tracks, courses, errors, competencies);
    }

    private static List<TrackContent> ReadTracks(string root, List<ContentError> errors)
    {
        const string file = "tracks.yml";
        var path = Path.Combine(root, file);
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(file, 1, "Berkas tracks.yml tidak ditemukan."));
            return [];
        }
        var text = File.ReadAllText(path);
        var items = Parse<List<TrackYaml>>(text, file, 0, errors) ?? [];
        var tracks = new List<TrackContent>();
        foreach (var (item, index) in items.Select((t, i) => (t, i)))
        {
            var line = LineOf(text, "code", index) ?? 1;
            if (string.IsNullOrWhiteSpace(item.Code) || string.IsNullOrWhiteSpace(item.Title))
                errors.Add(new ContentError(file, line, "Setiap jalur perlu code dan title."));
            else
                tracks.Add(new TrackContent(item.Code.Trim().ToUpperInvariant(), item.Title.Trim(), item.Summary?.Trim() ?? ""));
        }
        return tracks;
    }

    private static CourseContent? ReadCourse(string root, string dir, IValidator<CourseManifest> validator, List<ContentError> errors)
    {
        var slug = Path.GetFileName(dir);
        var manifestFile = Rel(root, Path.Combine(dir, "course.yml"));
        if (!Slug.IsValid(slug))
        {
            errors.Add(new ContentError(Rel(root, dir), 1, $"Nama folder kursus \"{slug}\" hanya boleh huruf kecil, angka, dan tanda hubung."));
            return null;
        }
        var manifestPath = Path.Combine(dir, "course.yml");
        if (!File.Exists(manifestPath))
        {
            errors.Add(new ContentError(manifestFile, 1, "course.yml tidak ditemukan."));
            return null;
        }
        var before = errors.Count;
        var text = File.ReadAllText(manifestPath);
        var manifest = Parse<CourseManifest>(text, manifestFile, 0, errors);
        if (manifest is not null)
        {
            foreach (var failure in validator.Validate(manifest).Errors)
                errors.Add(new ContentError(manifestFile, LineOf(text, YamlKey(failure.PropertyName)) ?? 1, failure.ErrorMessage));
        }

        var lessons = new List<LessonContent>();
        foreach (var path in Directory.GetFiles(dir, "*.md").OrderBy(f => f, StringComparer.Ordinal))
        {
            var lesson = ReadLesson(root, path, errors);
            if (lesson is not null) lessons.Add(lesson);
        }
        if (lessons.Count == 0 && errors.Count == before)
            errors.Add(new ContentError(manifestFile, 1, "Kursus belum punya materi (berkas .md)."));

        var quizzes = new List<QuizContent>();
        foreach (var (fileName, purpose, category) in QuizFiles)
        {
            var quiz = ReadQuiz(root, Path.Combine(dir, fileName), purpose, category, errors);
            if (quiz is not null) quizzes.Add(quiz);
        }

        if (errors.Count > before || manifest is null) return null;
        CourseLevels.TryParse(manifest.Level, out var level);
        return new CourseContent(slug, manifest.Title!.Trim(), manifest.Track!.Trim().ToUpperInvariant(), manifest.Summary!.Trim(), level,
            manifest.LessonHours!.Value, manifest.PassingScore!.Value, manifest.Competencies ?? [], manifest.Version!.Value, lessons, quizzes);
    }

    /// <summary>The GIFT files a course folder may hold, the quiz each becomes and the bank category its questions default to.</summary>
    public static readonly IReadOnlyList<(string File, QuizPurpose Purpose, string Category)> QuizFiles =
    [
        ("pre-test.gift", QuizPurpose.PreTest, "Pre-test"),
        ("post-test.gift", QuizPurpose.PostTest, "Post-test"),
    ];

    private static QuizContent? ReadQuiz(string root, string path, QuizPurpose purpose, string category, List<ContentError> errors)
    {
        if (!File.Exists(path)) return null;
        var file = Rel(root, path);
        // Bytes: a file that is not UTF-8 is reported at its line, never read with replacement characters.
        var (_, parsed) = QuestionFileText.Parse(path, File.ReadAllBytes(path), QuestionFileFormat.Gift);
        var problems = parsed.IsValid ? QuestionBankStore.Check(parsed, category) : parsed.Errors;
        foreach (var problem in problems) errors.Add(new ContentError(file, problem.Line, problem.Message));
        if (problems.Count > 0) return null;
        if (parsed.Questions.Count == 0)
        {
            errors.Add(new ContentError(file, 1, "Berkas soal tidak berisi soal."));
            return null;
        }
        return new QuizContent(file, purpose, category, parsed.Questions);
    }

    private static LessonContent? ReadLesson(string root, string path, List<ContentError> errors)
    {
        var file = Rel(root, path);
        var stem = Path.GetFileNameWithoutExtension(path);
        if (!Slug.IsValid(stem))
        {
            errors.Add(new ContentError(file, 1, $"Nama berkas \"{stem}.md\" hanya boleh huruf kecil, angka, dan tanda hubung, misalnya 01-struktur-apbdes.md."));
            return null;
        }
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            errors.Add(new ContentError(file, 1, "Materi harus diawali front matter: baris '---', title, minutes, module, lalu '---'."));
            return null;
        }
        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            errors.Add(new ContentError(file, 1, "Front matter tidak ditutup dengan baris '---'."));
            return null;
        }
        var yaml = text[4..(end + 1)];
        var front = Parse<LessonFrontMatter>(yaml, file, 1, errors);
        if (front is null) return null;
        var failures = new LessonFrontMatterValidator().Validate(front).Errors;
        foreach (var failure in failures)
            errors.Add(new ContentError(file, (LineOf(yaml, YamlKey(failure.PropertyName)) ?? 0) + 1, failure.ErrorMessage));
        if (failures.Count > 0) return null;
        var body = text[(end + 5)..].Trim('\n') + "\n";
        return new LessonContent(stem, front.Title!.Trim(), front.Minutes!.Value, front.Module!.Trim(), body);
    }

    private static T? Parse<T>(string yaml, string file, int lineOffset, List<ContentError> errors) where T : class
    {
        try
        {
            return Yaml.Deserialize<T>(yaml);
        }
        catch (YamlException e)
        {
            var reason = e.InnerException?.Message ?? e.Message;
            errors.Add(new ContentError(file, (int)e.Start.Line + lineOffset, $"YAML tidak dapat dibaca: {reason}"));
            return null;
        }
    }

    private static string YamlKey(string propertyName) => UnderscoredNamingConvention.Instance.Apply(propertyName);

    /// <summary>The 1-based line of the n-th "key:" in the text, to point a person at the value that is wrong.</summary>
    private static int? LineOf(string text, string key, int occurrence = 0)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var seen = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart(' ', '-');
            if (trimmed.StartsWith(key + ":", StringComparison.Ordinal) && seen++ == occurrence) return i + 1;
        }
        return null;
    }

    private static string Rel(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private sealed class TrackYaml
    {
        public string? Code { get; set; }
        public string? Title { get; set; }
        public string? Summary { get; set; }
    }
}

public sealed record ContentBundle(IReadOnlyList<TrackContent> Tracks, IReadOnlyList<CourseContent> Courses, IReadOnlyList<ContentError> Errors,
    SmartVillage.Domain.Competencies.CompetencyFrameworkDocument? Competencies = null);

public sealed record TrackContent(string Code, string Title, string Summary);

public sealed record CourseContent(string Slug, string Title, string TrackCode, string Summary, CourseLevel Level, int LessonHours,
    int PassingScore, IReadOnlyList<string> Competencies, int Version, IReadOnlyList<LessonContent> Lessons, IReadOnlyList<QuizContent> Quizzes);

/// <summary>A pre-test or post-test kept as GIFT beside the course: its questions go to the bank, in order, and make the quiz.</summary>
public sealed record QuizContent(string File, QuizPurpose Purpose, string Category, IReadOnlyList<Question> Questions);

public sealed record LessonContent(string Slug, string Title, int Minutes, string Module, string Markdown);
