namespace SmartVillage.Domain.Assessments;

/// <summary>
/// A file embedded in a question (Moodle XML's <c>&lt;file name="peta.png" encoding="base64"&gt;</c>), referred to from
/// its texts as <c>@@PLUGINFILE@@/peta.png</c>. Compared by name and bytes, so a question read back equals the one stored.
/// </summary>
public sealed class QuestionFile : IEquatable<QuestionFile>
{
    /// <summary>A photo of a village map taken with a phone fits; a file bigger than this does not belong in a quiz.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    public const int NameMaxLength = 255;

    /// <summary>How Moodle's texts point at a question's own files.</summary>
    public const string PluginFilePrefix = "@@PLUGINFILE@@/";

    public QuestionFile(string name, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(content);
        Name = name;
        Content = content;
    }

    public string Name { get; }

    public byte[] Content { get; }

    /// <summary>Whether <paramref name="text"/> points at this file (names are URL-encoded in Moodle's texts: "peta%20desa.png").</summary>
    public bool IsReferencedBy(string text) =>
        text.Contains(PluginFilePrefix + Name, StringComparison.Ordinal)
        || text.Contains(PluginFilePrefix + Uri.EscapeDataString(Name), StringComparison.Ordinal);

    public bool Equals(QuestionFile? other) =>
        other is not null && Name == other.Name && Content.AsSpan().SequenceEqual(other.Content);

    public override bool Equals(object? obj) => Equals(obj as QuestionFile);

    public override int GetHashCode() => HashCode.Combine(Name, Content.Length);

    public override string ToString() => $"{Name} ({Content.Length} bytes)";
}
