using Microsoft.Extensions.Options;
using SmartVillage.Domain;
using SmartVillage.Domain.Evaluations;
using SmartVillage.Learning.Infrastructure.Content;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SmartVillage.Learning.Features.Evaluations;

/// <summary>
/// The province's evaluation template (content/evaluations/template.yml, stored as version 1 when no version exists) and
/// the village indicators of the results level (content/evaluations/indicators.yml, read as they are and kept in memory).
/// </summary>
public sealed class EvaluationContent(IOptions<ContentOptions> options)
{
    public const string TemplateFile = "evaluations/template.yml";
    public const string IndicatorsFile = "evaluations/indicators.yml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties().Build();

    private IReadOnlyList<VillageIndicator>? indicators;

    public sealed record TemplateDocument(string Key, string Title, int Scale, IReadOnlyList<TemplateItemDraft> Items);

    public TemplateDocument Template()
    {
        var path = Path.Combine(options.Value.Root, TemplateFile);
        var doc = Yaml.Deserialize<TemplateYaml>(File.ReadAllText(path));
        var items = (doc.Items ?? []).Select((i, n) => new TemplateItemDraft(SectionOf(i.Section, n + 1), KindOf(i.Kind, n + 1), i.Text ?? "")).ToList();
        return new TemplateDocument(doc.Key ?? "standar", doc.Title ?? "Evaluasi peserta", doc.Scale ?? 5, items);
    }

    public IReadOnlyList<VillageIndicator> Indicators()
    {
        if (indicators is not null) return indicators;
        var path = Path.Combine(options.Value.Root, IndicatorsFile);
        var rows = File.Exists(path) ? Yaml.Deserialize<List<IndicatorYaml>>(File.ReadAllText(path)) ?? [] : [];
        return indicators = rows.Where(r => !string.IsNullOrWhiteSpace(r.Code))
            .Select(r => new VillageIndicator(r.Code!.Trim(), r.Title?.Trim() ?? r.Code!, r.Description?.Trim() ?? "")).ToList();
    }

    public static EvaluationSection SectionOf(string? text, int line) => text?.Trim().ToLowerInvariant() switch
    {
        "penyelenggaraan" => EvaluationSection.Organisation,
        "pengajar" => EvaluationSection.Trainer,
        _ => throw new DomainException($"{TemplateFile}: butir {line}: section harus penyelenggaraan atau pengajar."),
    };

    public static EvaluationItemKind KindOf(string? text, int line) => text?.Trim().ToLowerInvariant() switch
    {
        "skala" => EvaluationItemKind.Likert,
        "terbuka" => EvaluationItemKind.Open,
        _ => throw new DomainException($"{TemplateFile}: butir {line}: kind harus skala atau terbuka."),
    };

    private sealed class TemplateYaml
    {
        public string? Key { get; set; }
        public string? Title { get; set; }
        public int? Scale { get; set; }
        public List<ItemYaml>? Items { get; set; }
    }

    private sealed class ItemYaml
    {
        public string? Section { get; set; }
        public string? Kind { get; set; }
        public string? Text { get; set; }
    }

    private sealed class IndicatorYaml
    {
        public string? Code { get; set; }
        public string? Title { get; set; }
        public string? Description { get; set; }
    }
}
