using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SmartVillage.Learning.Features.Certificates;

/// <summary>
/// Zips prepared by a page (which shows progress while rendering) and then fetched by the browser with one plain GET:
/// a temp file under a random token, only for the person who prepared it, taken once, gone after ten minutes.
/// </summary>
public sealed class PreparedDownloads(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, Prepared> _files = new();

    public string Add(string ownerId, string path, string fileName)
    {
        Sweep();
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        _files[token] = new Prepared(ownerId, path, fileName, clock.GetUtcNow() + Lifetime);
        return token;
    }

    /// <summary>The file for its owner (removed from the store: the caller streams and deletes it), or null.</summary>
    public (string Path, string FileName)? Take(string token, string userId)
    {
        Sweep();
        if (!_files.TryGetValue(token, out var prepared) || prepared.OwnerId != userId) return null;
        return _files.TryRemove(token, out prepared) ? (prepared.Path, prepared.FileName) : null;
    }

    public static string NewTempFile() => Path.Combine(Path.GetTempPath(), $"smartvillage-certificates-{Guid.NewGuid():N}.zip");

    private void Sweep()
    {
        var now = clock.GetUtcNow();
        foreach (var (token, prepared) in _files)
        {
            if (prepared.ExpiresAt > now || !_files.TryRemove(token, out _)) continue;
            try { File.Delete(prepared.Path); }
            catch (IOException) { }
        }
    }

    private sealed record Prepared(string OwnerId, string Path, string FileName, DateTimeOffset ExpiresAt);
}
