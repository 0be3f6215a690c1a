using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Caching.Memory;

namespace SmartVillage.Learning.Shared;

/// <summary>
/// One copy of a piece of markup for every open page that shows it. A live page keeps its markup strings for as long as
/// its circuit lives; forty officials in one bimtek taking the same quiz would otherwise each keep their own copy of
/// every question's text (decision 0023). Only markup that is the same for everyone belongs here (a question's text, its
/// heading), never what differs per person (what she ticked, links to her attempt). Bounded, and forgotten when unused.
/// </summary>
public sealed class SharedMarkup : IDisposable
{
    private static readonly TimeSpan KeptWhileUsed = TimeSpan.FromHours(2);
    private readonly MemoryCache _copies = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    /// <summary>The shared copy of <paramref name="html"/> (which becomes the shared copy when there is none yet).</summary>
    public MarkupString Of(string html)
    {
        if (_copies.TryGetValue(html, out string? shared) && shared is not null) return new MarkupString(shared);
        _copies.Set(html, html, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = KeptWhileUsed });
        return new MarkupString(html);
    }

    public void Dispose() => _copies.Dispose();
}
