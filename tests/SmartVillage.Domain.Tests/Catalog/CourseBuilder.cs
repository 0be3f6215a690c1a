using SmartVillage.Domain.Catalog;

namespace SmartVillage.Domain.Tests.Catalog;

/// <summary>A course with sensible defaults: a summary, one module per entry of <see cref="WithModules"/>.</summary>
public sealed class CourseBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);

    private string slug = "pengelolaan-apbdes-siskeudes";
    private string summary = "Memahami struktur dan siklus APBDes.";
    private int[] lessonsPerModule = [2, 3];

    public CourseBuilder WithoutSummary() { summary = ""; return this; }

    public CourseBuilder WithModules(params int[] lessons) { lessonsPerModule = lessons; return this; }

    public Course Build()
    {
        var course = new Course(slug, "Pengelolaan APBDes dengan Siskeudes", "MP", "owner-1", Now);
        if (summary.Length > 0)
            course.Describe(course.Title, "MP", summary, CourseLevel.Basic, 8, 70, ["pengelolaan-keuangan-desa"], Now);
        var number = 0;
        for (var m = 0; m < lessonsPerModule.Length; m++)
        {
            var module = course.AddModule($"Modul {m + 1}");
            for (var l = 0; l < lessonsPerModule[m]; l++)
            {
                number++;
                course.AddLesson(module, $"materi-{number}", $"Materi {number}", 20, $"# Materi {number}", Now);
            }
        }
        return course;
    }
}
