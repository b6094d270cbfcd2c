using Microsoft.Extensions.Caching.Memory;

namespace Narplan.Web.Api;

/// <summary>
/// Serialised answers of the open-data routes (the on-call timeline, the FHIR directory, the plan JSON), so that a
/// poller asking the same question again costs a lookup instead of a resolution and a serialisation (issue 22,
/// decision 0051). Each key holds what the answer was computed from, so an entry can never be served for other data:
/// <list type="bullet">
/// <item>a published plan version's bytes are keyed by its ETag, which is read from the database on every request;</item>
/// <item>the timeline is keyed by the cached <c>UnitOnCallData</c> instance it was resolved from (so it is exactly as
/// fresh as "Vem ringer jag?");</item>
/// <item>the FHIR directory and the plan version stamps are keyed by <see cref="Generation"/>, the change counter that
/// moves when any change is saved (on PostgreSQL also another instance's, decision 0054).</item>
/// </list>
/// Its own memory budget (<see cref="SizeLimitBytes"/>): arbitrary query strings cannot grow it without bound.
/// </summary>
public sealed class ApiResponseCache(DataChangeSignal changes) : IDisposable
{
    /// <summary>At most this many bytes of answers are kept; the least recently used go first.</summary>
    public const long SizeLimitBytes = 64L * 1024 * 1024;

    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes, CompactionPercentage = 0.25 });

    /// <summary>
    /// The change counter to key data-derived entries with, or null when nothing may be served from memory (the
    /// counter cannot tell whether another instance changed something).
    /// </summary>
    public long? Generation => changes.Deaf ? null : changes.Generation;

    /// <summary>The cached bytes for <paramref name="key"/>, or the ones <paramref name="build"/> makes (then kept).</summary>
    public async ValueTask<T> GetOrAddAsync<T>(object? key, Func<Task<T>> build, Func<T, long> size)
    {
        if (key is not null && _cache.TryGetValue(key, out T? cached) && cached is not null)
        {
            return cached;
        }

        var value = await build();
        if (key is not null && value is not null)
        {
            _cache.Set(key, value, new MemoryCacheEntryOptions { Size = Math.Max(1, size(value)), SlidingExpiration = Idle });
        }

        return value;
    }

    /// <inheritdoc cref="GetOrAddAsync{T}(object?, Func{Task{T}}, Func{T, long})"/>
    public ValueTask<byte[]> GetOrAddAsync(object? key, Func<Task<byte[]>> build) => GetOrAddAsync(key, build, b => b.Length);

    public void Dispose() => _cache.Dispose();
}
