using FluentValidation.Results;

namespace SmartVillage.Learning.Shared;

/// <summary>
/// FluentValidation's messages keyed by property path ("Activities[0].Title"), so each field of a form, including the
/// rows of a list, shows its own message in Indonesian.
/// </summary>
public sealed class FormErrors
{
    private Dictionary<string, string> messages = [];

    public bool Any => messages.Count > 0;

    public void Set(ValidationResult result) =>
        messages = result.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.First().ErrorMessage);

    public void Clear() => messages = [];

    public bool Has(string path) => messages.ContainsKey(path);

    public string? Of(string path) => messages.GetValueOrDefault(path);
}
