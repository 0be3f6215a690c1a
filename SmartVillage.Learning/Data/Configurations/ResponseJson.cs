using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SmartVillage.Domain.Assessments;

namespace SmartVillage.Learning.Data.Configurations;

/// <summary>
/// Stores an official's <see cref="Response"/> as a small JSON object with a kind tag, so every answer shape reads back
/// as the same record it was (a choice stays positions, a number stays the text typed).
/// </summary>
internal static class ResponseJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(Response response) => JsonSerializer.Serialize(response switch
    {
        ChoiceResponse c => new Dto("choice", Selected: c.SelectedIndices.ToArray()),
        TrueFalseResponse b => new Dto("truefalse", Value: b.Value),
        TextResponse t => new Dto("text", Text: t.Text),
        NumberResponse n => new Dto("number", Text: n.Text),
        MatchingResponse m => new Dto("matching", Matches: m.AnswerBySubquestion.ToDictionary(p => p.Key, p => p.Value)),
        _ => throw new NotSupportedException($"No JSON form for {response.GetType().Name}."),
    }, Options);

    public static Response Deserialize(string json)
    {
        var dto = JsonSerializer.Deserialize<Dto>(json, Options) ?? throw new JsonException("Response expected.");
        return dto.Kind switch
        {
            "choice" => new ChoiceResponse(ValueList.From(dto.Selected ?? [])),
            "truefalse" => new TrueFalseResponse(dto.Value ?? false),
            "text" => new TextResponse(dto.Text ?? ""),
            "number" => new NumberResponse(dto.Text ?? ""),
            "matching" => new MatchingResponse(dto.Matches ?? []),
            _ => throw new JsonException($"Unknown response kind '{dto.Kind}'."),
        };
    }

    public static ValueConverter<Response, string> Converter { get; } = new(r => Serialize(r), s => Deserialize(s));

    /// <summary>Responses are immutable and replaced whole; comparing their JSON also covers a matching answer's dictionary.</summary>
    public static ValueComparer<Response?> Comparer { get; } = new(
        (a, b) => a == null ? b == null : b != null && Serialize(a) == Serialize(b),
        r => r == null ? 0 : Serialize(r).GetHashCode(StringComparison.Ordinal),
        r => r);

    private sealed record Dto(string Kind, int[]? Selected = null, bool? Value = null, string? Text = null, Dictionary<int, string>? Matches = null);
}
