using SmartVillage.Domain.Assessments;

namespace SmartVillage.Domain.Competencies;

/// <summary>How the framework file names a quiz ("slug/post-test") and a question category ("slug/Path/To/Category").</summary>
public static class CompetencyReferences
{
    public static bool TryParseQuiz(string? text, out string courseSlug, out QuizPurpose purpose)
    {
        courseSlug = "";
        purpose = default;
        var parts = (text ?? "").Trim().Split('/');
        if (parts.Length != 2 || parts[0].Length == 0) return false;
        courseSlug = parts[0];
        switch (parts[1].ToLowerInvariant())
        {
            case "pre-test": purpose = QuizPurpose.PreTest; return true;
            case "post-test": purpose = QuizPurpose.PostTest; return true;
            default: return false;
        }
    }

    public static bool TryParseCategory(string? text, out string courseSlug, out string categoryPath)
    {
        var value = (text ?? "").Trim();
        var slash = value.IndexOf('/');
        courseSlug = slash > 0 ? value[..slash] : "";
        categoryPath = slash > 0 ? value[(slash + 1)..].Trim('/') : "";
        return courseSlug.Length > 0 && categoryPath.Length > 0;
    }
}
