using System.IO.Compression;
using SmartVillage.Domain.Certificates;

namespace SmartVillage.Learning.Features.Certificates;

/// <summary>
/// Many certificates as one zip, rendered one at a time straight into the archive (memory stays flat for 1,000). The
/// archive is written synchronously, so the output is a file or memory, never a response body directly.
/// </summary>
public static class CertificateZip
{
    public static async Task<int> WriteAsync(Stream output, int total, IAsyncEnumerable<CertificateSnapshot> certificates,
        IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        var done = 0;
        // PDFs are already compressed inside: storing them costs a little size and saves most of the time.
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            await foreach (var certificate in certificates.WithCancellation(ct))
            {
                var name = CertificateDocument.FileName(certificate);
                if (!names.Add(name)) name = $"{done + 1:0000}-{name}";
                var entry = zip.CreateEntry(name, CompressionLevel.NoCompression);
                using (var stream = entry.Open()) CertificateDocument.Render(certificate, stream);
                done++;
                progress?.Report((done, total));
            }
        }
        await output.FlushAsync(ct);
        return done;
    }
}
