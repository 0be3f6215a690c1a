using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SmartVillage.Domain.Assessments;

namespace SmartVillage.Learning.Data.Configurations;

/// <summary>
/// Stores <see cref="QuestionParts"/> as JSON (System.Text.Json). Lists are written as arrays and read back
/// as <see cref="ValueList{T}"/>; a numerical answer is written with both its value and tolerance and whether
/// the author wrote a range, so the question reads back equal to what was saved.
/// </summary>
/// <remarks>
/// Every value is written, defaults included. Leaving defaults out once made a 0% short-answer alternative read back
/// as 100% (<see cref="AcceptedAnswer"/>'s weight defaults to 100 when the JSON has none): a value that is not written
/// is filled in by whichever default the reading side has, which need not be the writing side's.
/// </remarks>
internal static class QuestionPartsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new ValueListConverterFactory(), new NumericalAnswerConverter() },
    };

    public static string Serialize(QuestionParts parts) => JsonSerializer.Serialize(parts, Options);

    public static QuestionParts Deserialize(string json) => JsonSerializer.Deserialize<QuestionParts>(json, Options) ?? QuestionParts.None;

    public static ValueConverter<QuestionParts, string> Converter { get; } = new(p => Serialize(p), s => Deserialize(s));

    private sealed class ValueListConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ValueList<>);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(ValueListConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
    }

    private sealed class ValueListConverter<T> : JsonConverter<ValueList<T>>
    {
        public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ValueList.From(JsonSerializer.Deserialize<List<T>>(ref reader, options));

        public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.ToArray(), options);
    }

    private sealed class NumericalAnswerConverter : JsonConverter<NumericalAnswer>
    {
        public override NumericalAnswer Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var dto = JsonSerializer.Deserialize<NumericalAnswerJson>(ref reader, options) ?? throw new JsonException("Numerical answer expected.");
            return NumericalAnswer.Around(dto.Value, dto.Tolerance, dto.Weight, dto.Feedback ?? "") with { IsRange = dto.IsRange };
        }

        public override void Write(Utf8JsonWriter writer, NumericalAnswer value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new NumericalAnswerJson(value.Value, value.Tolerance, value.IsRange, value.Weight, value.Feedback), options);
    }

    private sealed record NumericalAnswerJson(decimal Value, decimal Tolerance, bool IsRange, decimal Weight, string? Feedback);
}
