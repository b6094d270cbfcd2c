using System.Collections.Concurrent;

namespace Narplan.Data.Audit;

/// <summary>
/// One writer at a time appends to the audit chain in this process: the lock is taken when a
/// save seals its entries and released by <see cref="NarplanDbContext"/> when that save ends,
/// however it ends. (Across processes, the unique sequence index refuses a fork.)
/// </summary>
internal static class AuditChainLock
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly ConcurrentDictionary<DbContext, byte> Holders = new();

    public static void Acquire(DbContext context)
    {
        Gate.Wait();
        Holders[context] = 0;
    }

    public static async Task AcquireAsync(DbContext context, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        Holders[context] = 0;
    }

    /// <summary>Ends the save's hold on the chain; after a failed save its unsaved entries are dropped.</summary>
    public static void Release(DbContext context, bool failed)
    {
        if (failed)
        {
            foreach (var entry in context.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
            {
                entry.State = EntityState.Detached;
            }
        }

        if (Holders.TryRemove(context, out _))
        {
            Gate.Release();
        }
    }
}
