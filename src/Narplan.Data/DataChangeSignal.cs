namespace Narplan.Data;

/// <summary>
/// A counter that moves whenever this process saves a change to audited data, so that read caches (e.g. the on-call
/// data behind "Vem ringer jag?") can tell at once that what they hold may be stale. Other processes' changes are
/// not seen here: caches keep a short lifetime as well (decision 0007).
/// </summary>
public sealed class DataChangeSignal
{
    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    public void Bump() => Interlocked.Increment(ref _generation);
}
