using System.Text;
using Microsoft.JSInterop;

namespace SmartVillage.Learning.Shared.Components;

/// <summary>
/// A long text's draft kept in the browser by wwwroot/js/drafts.js (decision 0019): typed text is stored there as it is
/// typed, so it outlives a dropped connection or a closed tab; the page offers it back when it differs from the saved text.
/// </summary>
public sealed class BrowserDraft(IJSRuntime js, string key)
{
    /// <summary>The draft field's attribute value: <c>data-draft-key="@draft.Key"</c>.</summary>
    public string Key { get; } = key;

    /// <summary>The stored draft when it differs from <paramref name="saved"/>, else null (and a draft equal to it is dropped).</summary>
    public async Task<DraftFound?> FindAsync(string saved)
    {
        var found = await js.InvokeAsync<DraftFound?>("svDrafts.peek", Key);
        if (found is null) return null;
        if (found.Length == saved.Length && found.Fingerprint == Fingerprint(saved))
        {
            await ClearAsync();
            return null;
        }
        return found;
    }

    /// <summary>The draft's text, streamed: a lesson's draft can be larger than one circuit message.</summary>
    public async Task<string> ReadAsync()
    {
        var stream = await js.InvokeAsync<IJSStreamReference>("svDrafts.read", Key);
        await using var reading = await stream.OpenReadStreamAsync(maxAllowedSize: 8 * 1024 * 1024);
        using var reader = new StreamReader(reading, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    public async Task ClearAsync() => await js.InvokeVoidAsync("svDrafts.clear", Key);

    /// <summary>FNV-1a over UTF-16 code units, the same as the script's, to compare texts without sending them.</summary>
    public static uint Fingerprint(string text)
    {
        var hash = 0x811c9dc5u;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 0x01000193u;
        }
        return hash;
    }
}

/// <summary>A draft the browser holds: its length, fingerprint and when it was last typed (ISO 8601).</summary>
public sealed record DraftFound(int Length, uint Fingerprint, string At);
