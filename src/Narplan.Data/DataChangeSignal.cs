namespace Narplan.Data;

/// <summary>
/// A counter that moves whenever audited data changes, so that read caches (e.g. the on-call data behind "Vem ringer
/// jag?") can tell at once that what they hold may be stale. This process's saves move it directly; on PostgreSQL the
/// other instances' saves move it through <c>LISTEN/NOTIFY</c> (decision 0054). While another instance's changes cannot
/// be heard (the listening connection is down or not yet open) the signal is <see cref="Deaf"/> and caches must not
/// serve from memory.
/// </summary>
public sealed class DataChangeSignal
{
    private long _generation;
    private volatile bool _deaf;

    /// <summary>A signal for one instance (SQLite), or one that starts deaf until it hears the other instances.</summary>
    public DataChangeSignal(bool startsDeaf = false) => _deaf = startsDeaf;

    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>True while other instances' changes cannot be heard: a cache may not answer from memory.</summary>
    public bool Deaf => _deaf;

    public void Bump() => Interlocked.Increment(ref _generation);

    /// <summary>The listening connection is lost: caches stop serving until <see cref="Hearing"/>.</summary>
    public void Lost() => _deaf = true;

    /// <summary>Listening again: whatever changed meanwhile is unknown, so every cached generation is dropped.</summary>
    public void Hearing()
    {
        Bump();
        _deaf = false;
    }
}
