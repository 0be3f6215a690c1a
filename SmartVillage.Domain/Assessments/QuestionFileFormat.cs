using System.Text;

namespace SmartVillage.Domain.Assessments;

/// <summary>The two ways Moodle question banks leave Moodle.</summary>
public enum QuestionFileFormat
{
    Gift,
    MoodleXml,
}

/// <summary>
/// Reads an uploaded question file's bytes: which format it is (by its content when that is plain, else by its
/// extension) and its text, which must be UTF-8 as Moodle requires (a byte order mark is fine). A file in another
/// encoding is refused at the line of its first bad byte, never imported with "?" in place of letters.
/// </summary>
public static class QuestionFileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static QuestionFileFormat Detect(string? fileName, ReadOnlySpan<byte> content)
    {
        var start = content.StartsWith(Preamble) ? content[Preamble.Length..] : content;
        var i = 0;
        while (i < start.Length && start[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        // A GIFT file never opens with an XML declaration or Moodle's <quiz>, whatever it is called.
        if (start[i..].StartsWith("<?xml"u8) || start[i..].StartsWith("<quiz"u8)) return QuestionFileFormat.MoodleXml;
        return Path.GetExtension(fileName ?? "").Equals(".xml", StringComparison.OrdinalIgnoreCase)
            ? QuestionFileFormat.MoodleXml
            : QuestionFileFormat.Gift;
    }

    /// <summary>The file's text without its byte order mark; false (with the line of the first bad byte) when it is not UTF-8.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> content, out string text, out QuestionFileError? error)
    {
        var body = content.StartsWith(Preamble) ? content[Preamble.Length..] : content;
        try
        {
            text = StrictUtf8.GetString(body);
            error = null;
            return true;
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Clamp(e.Index, 0, body.Length);
            var line = 1 + body[..at].Count((byte)'\n');
            text = "";
            error = new QuestionFileError(line, NotUtf8Message);
            return false;
        }
    }

    /// <summary>
    /// Reads a question file whole: its format (<paramref name="format"/>, else detected), then its questions (or every
    /// error, each with its line).
    /// </summary>
    public static (QuestionFileFormat Format, ParsedQuestions Parsed) Parse(string? fileName, ReadOnlySpan<byte> content, QuestionFileFormat? format = null)
    {
        format ??= Detect(fileName, content);
        if (!TryDecode(content, out var text, out var error)) return (format.Value, new ParsedQuestions(ValueList<Question>.Empty, [error!]));
        return (format.Value, format == QuestionFileFormat.MoodleXml ? MoodleXmlReader.Read(text) : GiftParser.Parse(text));
    }

    public const string NotUtf8Message =
        "Berkas ini bukan teks UTF-8 (mungkin disimpan sebagai ANSI/Windows-1252), jadi huruf seperti é akan rusak. " +
        "Buka berkas di Notepad atau editor lain, pilih Simpan Sebagai dengan pengodean UTF-8, lalu unggah lagi.";

    private static ReadOnlySpan<byte> Preamble => [0xEF, 0xBB, 0xBF];
}
