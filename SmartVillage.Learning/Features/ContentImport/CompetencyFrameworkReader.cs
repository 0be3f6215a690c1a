using SmartVillage.Domain.Competencies;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SmartVillage.Learning.Features.ContentImport;

/// <summary>
/// Reads content/competencies.yml node by node (YamlDotNet's representation model) so every area, level and
/// evidence line keeps the line it starts on; the domain validator then reports problems as file:line.
/// </summary>
public static class CompetencyFrameworkReader
{
    public const string FileName = "competencies.yml";

    /// <summary>Null when the file is absent (the framework is optional for a content folder); problems go to errors.</summary>
    public static CompetencyFrameworkDocument? Read(string root, IReadOnlyCollection<string> courseSlugs, IReadOnlyCollection<string> trackCodes, List<ContentError> errors)
    {
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path)) return null;
        var before = errors.Count;
        var document = Parse(File.ReadAllText(path), errors);
        if (document is null) return null;
        foreach (var (line, message) in new CompetencyFrameworkValidator(courseSlugs, trackCodes).Check(document))
            errors.Add(new ContentError(FileName, line, message));
        return errors.Count > before ? null : document;
    }

    public static CompetencyFrameworkDocument? Parse(string text, List<ContentError> errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            errors.Add(new ContentError(FileName, (int)e.Start.Line, $"YAML tidak dapat dibaca: {e.InnerException?.Message ?? e.Message}"));
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new ContentError(FileName, 1, "competencies.yml harus berisi passing_score dan areas."));
            return null;
        }

        var document = new CompetencyFrameworkDocument();
        foreach (var (key, value) in Entries(root, errors))
        {
            switch (key)
            {
                case "passing_score":
                    document.PassingScore = Int(value, errors);
                    document.PassingScoreLine = LineOf(value);
                    break;
                case "areas" when value is YamlSequenceNode areas:
                    document.Areas.AddRange(areas.Children.Select(a => ReadArea(a, errors)).OfType<AreaDocument>());
                    break;
                default:
                    errors.Add(new ContentError(FileName, LineOf(value), $"Kunci \"{key}\" tidak dikenal atau isinya salah; yang dikenal: passing_score, areas (daftar)."));
                    break;
            }
        }
        return document;
    }

    private static AreaDocument? ReadArea(YamlNode node, List<ContentError> errors)
    {
        if (node is not YamlMappingNode map)
        {
            errors.Add(new ContentError(FileName, LineOf(node), "Setiap area berisi code, title, summary, levels, dan evidence."));
            return null;
        }
        var area = new AreaDocument { Line = LineOf(node) };
        foreach (var (key, value) in Entries(map, errors))
        {
            switch (key)
            {
                case "code": area.Code = Text(value); break;
                case "title": area.Title = Text(value); break;
                case "summary": area.Summary = Text(value); break;
                case "levels" when value is YamlMappingNode levels:
                    foreach (var (name, indicators) in Entries(levels, errors))
                    {
                        area.Levels.Add(new LevelDocument
                        {
                            Line = LineOf(indicators),
                            Name = name,
                            Indicators = indicators is YamlSequenceNode list ? list.Children.Select(i => Text(i) ?? "").ToList() : [],
                        });
                    }
                    break;
                case "evidence" when value is YamlSequenceNode evidence:
                    area.Evidence.AddRange(evidence.Children.Select(e => ReadEvidence(e, errors)).OfType<EvidenceDocument>());
                    break;
                default:
                    errors.Add(new ContentError(FileName, LineOf(value), $"Kunci area \"{key}\" tidak dikenal atau isinya salah; yang dikenal: code, title, summary, levels, evidence."));
                    break;
            }
        }
        return area;
    }

    private static EvidenceDocument? ReadEvidence(YamlNode node, List<ContentError> errors)
    {
        if (node is not YamlMappingNode map)
        {
            errors.Add(new ContentError(FileName, LineOf(node), "Setiap bukti berisi level dan salah satu dari course, quiz, question_category, workshop_course, workshop_track."));
            return null;
        }
        var evidence = new EvidenceDocument { Line = LineOf(node) };
        foreach (var (key, value) in Entries(map, errors))
        {
            switch (key)
            {
                case "level": evidence.Level = Text(value); break;
                case "course": evidence.Course = Text(value); break;
                case "quiz": evidence.Quiz = Text(value); break;
                case "question_category": evidence.QuestionCategory = Text(value); break;
                case "workshop_course": evidence.WorkshopCourse = Text(value); break;
                case "workshop_track": evidence.WorkshopTrack = Text(value); break;
                case "min_score": evidence.MinScore = Int(value, errors); break;
                default:
                    errors.Add(new ContentError(FileName, LineOf(value), $"Kunci bukti \"{key}\" tidak dikenal; yang dikenal: level, course, quiz, question_category, workshop_course, workshop_track, min_score."));
                    break;
            }
        }
        return evidence;
    }

    private static IEnumerable<(string Key, YamlNode Value)> Entries(YamlMappingNode map, List<ContentError> errors)
    {
        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode { Value: { } name }) yield return (name, value);
            else errors.Add(new ContentError(FileName, LineOf(key), "Kunci harus berupa teks."));
        }
    }

    private static string? Text(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value?.Trim() : null;

    private static int? Int(YamlNode node, List<ContentError> errors)
    {
        if (node is YamlScalarNode { Value: { } value } && int.TryParse(value, out var number)) return number;
        errors.Add(new ContentError(FileName, LineOf(node), "Harus berupa bilangan bulat."));
        return null;
    }

    private static int LineOf(YamlNode node) => (int)node.Start.Line;
}
