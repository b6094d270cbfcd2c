namespace Narplan.Data.Postgres;

/// <summary>The model on PostgreSQL; its migrations live in Postgres/Migrations.</summary>
public sealed class PostgresNarplanDbContext(DbContextOptions<PostgresNarplanDbContext> options) : NarplanDbContext(options)
{
    /// <summary>The advisory-lock key of the audit chain ("Narplan" in ASCII).</summary>
    public const long AuditChainLockKey = 0x4E6172706C616E;

    private const string LockAuditChain = "SELECT pg_advisory_xact_lock(22062192323748206)";

    protected override bool LocksAuditChainAcrossProcesses => true;

    protected override void LockAuditChainAcrossProcesses() =>
        Database.ExecuteSqlRaw(LockAuditChain);

    protected override Task LockAuditChainAcrossProcessesAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync(LockAuditChain, cancellationToken);

    /// <summary>The channel every instance listens on; a notification means "audited data changed, drop your caches".</summary>
    public const string ChangeChannel = "narplan_changes";

    /// <summary>The advisory-lock key that lets one instance at a time seal audit checkpoints ("NarplanC").</summary>
    public const long CheckpointLockKey = 0x4E6172706C616E43;

    /// <summary>The advisory-lock key held while one instance migrates and seeds the database at start-up ("NarplanM").</summary>
    public const long StartupLockKey = 0x4E6172706C616E4D;

    protected override void AnnounceChange() => Database.ExecuteSqlRaw("NOTIFY " + ChangeChannel);

    protected override Task AnnounceChangeAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync("NOTIFY " + ChangeChannel, cancellationToken);
}
