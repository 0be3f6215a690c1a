using Microsoft.AspNetCore.Components.Forms;
using SmartVillage.Domain;

namespace SmartVillage.Learning.Shared.Components;

/// <summary>
/// Every upload (roster CSV, attendance CSV, GIFT question bank) goes through here: one size limit and one message,
/// and the browser stream is copied at once so it is never held open across database work.
/// </summary>
public static class BrowserUpload
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public const string TooLarge = "Berkas terlalu besar: paling besar 5 MB. Bagi isinya menjadi beberapa berkas, lalu unggah satu per satu.";

    public const string Unreadable = "Berkas tidak dapat dibaca. Periksa sambungan, lalu unggah lagi.";

    /// <summary>The whole file in memory; a <see cref="DomainException"/> with a message a person can act on when it cannot be.</summary>
    public static async Task<MemoryStream> ReadAsync(IBrowserFile file, CancellationToken ct = default)
    {
        if (file.Size > MaxBytes) throw new DomainException(TooLarge);
        var buffer = new MemoryStream();
        try
        {
            await using var upload = file.OpenReadStream(MaxBytes, ct);
            await upload.CopyToAsync(buffer, ct);
        }
        catch (IOException)
        {
            await buffer.DisposeAsync();
            throw new DomainException(Unreadable);
        }
        buffer.Position = 0;
        return buffer;
    }
}
