namespace Narplan.Web.Infrastructure;

/// <summary>
/// The DI scopes of the sections of one request (decision 0098). A section that loads its own data beside others on a
/// page (the task sections of Mina uppgifter, the unit page's rounds, places and ledningsteam) needs its own scope and
/// <c>DbContext</c>, since Blazor initialises siblings at the same time and one context must never run two queries at
/// once (PostgreSQL refuses). Each such scope held a pooled connection while it ran, so a page with nine sections took
/// ten connections at once, and 50 users emptied PostgreSQL's connections. Here the sections of one request take
/// turns: <see cref="OpenAsync"/> waits until the request's previous section scope is disposed. A request then holds
/// at most two connections at once — the page's own context and one section's. Nothing is shared between requests.
/// </summary>
public sealed class SectionScopes(IServiceScopeFactory scopes)
{
    // Never disposed: a semaphore without a wait handle holds nothing to free, and a late section may still release it.
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>
    /// A new scope once no other section of this request holds one; dispose it (<c>await using</c>) as soon as the
    /// section has read what it shows. A section must not wait for another section while it holds its scope.
    /// </summary>
    public async Task<SectionScope> OpenAsync(CancellationToken cancellationToken = default)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            return new SectionScope(scopes.CreateAsyncScope(), _turn);
        }
        catch
        {
            _turn.Release();
            throw;
        }
    }
}

/// <summary>One section's turn: its own services (and <c>DbContext</c>) until disposed, which lets the next section in.</summary>
public sealed class SectionScope(AsyncServiceScope scope, SemaphoreSlim turn) : IAsyncDisposable
{
    private int _disposed;

    public IServiceProvider ServiceProvider => scope.ServiceProvider;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            await scope.DisposeAsync();
        }
        finally
        {
            turn.Release();
        }
    }
}
