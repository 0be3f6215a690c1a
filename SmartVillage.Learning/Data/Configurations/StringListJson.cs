using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SmartVillage.Domain.Assessments;

namespace SmartVillage.Learning.Data.Configurations;

/// <summary>A short list of strings (a question's tags, a random slot's wanted tags) as one JSON array column.</summary>
internal static class StringListJson
{
    public static ValueConverter<ValueList<string>, string> Converter { get; } = new(
        list => JsonSerializer.Serialize(list.ToArray(), (JsonSerializerOptions?)null),
        json => ValueList.From(JsonSerializer.Deserialize<string[]>(json, (JsonSerializerOptions?)null)));

    public static ValueComparer<ValueList<string>> Comparer { get; } = new((a, b) => Equals(a, b), l => l.GetHashCode(), l => l);
}
