using Microsoft.EntityFrameworkCore;
using SmartVillage.Domain.Competencies;
using SmartVillage.Learning.Data;

namespace SmartVillage.Learning.Features.Competencies;

/// <summary>
/// Writes a checked competency framework into the database inside the content import's transaction:
/// areas are updated in place (removed when the file drops them), mappings replaced when they differ.
/// </summary>
public static class CompetencyFrameworkStore
{
    public sealed record Result(int Areas, int AreasChanged, int Mappings, bool MappingsChanged);

    public static async Task<Result> ApplyAsync(LearningDbContext db, CompetencyFrameworkDocument framework, CancellationToken ct)
    {
        var areas = await db.CompetencyAreas.ToDictionaryAsync(a => a.Code, ct);
        var changed = 0;
        foreach (var (doc, position) in framework.Areas.Select((a, i) => (a, i)))
        {
            var code = doc.Code!.Trim();
            var basic = Indicators(doc, CompetencyLevel.Basic);
            var intermediate = Indicators(doc, CompetencyLevel.Intermediate);
            var advanced = Indicators(doc, CompetencyLevel.Advanced);
            if (areas.Remove(code, out var area))
            {
                if (area.Describe(doc.Title!, doc.Summary ?? "", position, basic, intermediate, advanced)) changed++;
            }
            else
            {
                db.CompetencyAreas.Add(new CompetencyArea(code, doc.Title!, doc.Summary ?? "", position, basic, intermediate, advanced));
                changed++;
            }
        }
        db.CompetencyAreas.RemoveRange(areas.Values);
        changed += areas.Count;

        var courseIds = await db.Courses.Select(c => new { c.Slug, c.Id }).ToDictionaryAsync(c => c.Slug, c => c.Id, ct);
        var wanted = framework.Areas.SelectMany(a => a.Evidence.Select(e => ToMapping(a.Code!.Trim(), e, courseIds, framework.PassingScore ?? 70))).ToList();
        var current = await db.CompetencyMappings.ToListAsync(ct);
        var same = current.Select(Signature).Order(StringComparer.Ordinal).SequenceEqual(wanted.Select(Signature).Order(StringComparer.Ordinal));
        if (!same)
        {
            db.CompetencyMappings.RemoveRange(current);
            db.CompetencyMappings.AddRange(wanted);
        }
        return new Result(framework.Areas.Count, changed, wanted.Count, !same);
    }

    private static List<string> Indicators(AreaDocument area, CompetencyLevel level) =>
        area.Levels.Single(l => CompetencyLevels.TryParse(l.Name, out var parsed) && parsed == level).Indicators.Select(i => i.Trim()).ToList();

    private static CompetencyMapping ToMapping(string area, EvidenceDocument e, IReadOnlyDictionary<string, int> courseIds, int defaultScore)
    {
        CompetencyLevels.TryParse(e.Level, out var level);
        if (!string.IsNullOrWhiteSpace(e.Course)) return CompetencyMapping.ForCourse(area, level, courseIds[e.Course.Trim()]);
        if (!string.IsNullOrWhiteSpace(e.WorkshopCourse)) return CompetencyMapping.ForWorkshopsOfCourse(area, level, courseIds[e.WorkshopCourse.Trim()]);
        if (!string.IsNullOrWhiteSpace(e.WorkshopTrack)) return CompetencyMapping.ForWorkshopsOfTrack(area, level, e.WorkshopTrack.Trim().ToUpperInvariant());
        if (CompetencyReferences.TryParseQuiz(e.Quiz, out var quizCourse, out var purpose))
            return CompetencyMapping.ForQuiz(area, level, courseIds[quizCourse], purpose, e.MinScore ?? defaultScore);
        CompetencyReferences.TryParseCategory(e.QuestionCategory, out var categoryCourse, out var path);
        return CompetencyMapping.ForQuestionCategory(area, level, courseIds[categoryCourse], path, e.MinScore ?? defaultScore);
    }

    private static string Signature(CompetencyMapping m) =>
        $"{m.AreaCode}|{m.Level}|{m.Kind}|{m.CourseId}|{m.QuizPurpose}|{m.CategoryPath}|{m.TrackCode}|{m.MinScore}";
}
