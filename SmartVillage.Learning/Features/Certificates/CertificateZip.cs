using System.IO.Compression;
using SmartVillage.Domain.Certificates;

namespace SmartVillage.Learning.Features.Certificates;

/// <summary>
/// Many certificates as one zip, rendered one at a time straight into the archive (memory stays flat for 1,000). The
/// archive is written synchronously, so the output is a file or memory, never a response body directly.
/// </summary>
public static class CertificateZip
{
    private static readonly int BatchSize = Math.Max(2, Environment.ProcessorCount * 2);

    public static async Task<int> WriteAsync(Stream output, int total, IAsyncEnumerable<CertificateSnapshot> certificates,
        IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        var done = 0;
        // PDFs are already compressed inside: storing them costs a little size and saves most of the time.
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            // Render a small batch on every core, then write it in order: the zip itself is written by one thread.
            var batch = new List<CertificateSnapshot>(BatchSize);
            async Task FlushAsync()
            {
                var pdfs = await Task.WhenAll(batch.Select(c => Task.Run(() => CertificateDocument.Render(c), ct)));
                for (var i = 0; i < batch.Count; i++)
                {
                    var name = CertificateDocument.FileName(batch[i]);
                    if (!names.Add(name)) name = $"{done + 1:0000}-{name}";
                    using (var stream = zip.CreateEntry(name, CompressionLevel.NoCompression).Open()) stream.Write(pdfs[i]);
                    done++;
                    progress?.Report((done, total));
                }
                batch.Clear();
            }
            await foreach (var certificate in certificates.WithCancellation(ct))
            {
                batch.Add(certificate);
                if (batch.Count == BatchSize) await FlushAsync();
            }
            if (batch.Count > 0) await FlushAsync();
        }
        await output.FlushAsync(ct);
        return done;
    }
}
