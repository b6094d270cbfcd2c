using Microsoft.EntityFrameworkCore;

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
}
