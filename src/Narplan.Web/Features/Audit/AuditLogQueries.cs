using Microsoft.EntityFrameworkCore;
using Narplan.Data;
using Narplan.Data.Audit;
using Narplan.Domain.Audit;

namespace Narplan.Web.Features.Audit;

public sealed record AuditFilter(string? User, string? EntityType, AuditAction? Action, int Page = 1)
{
    public const int PageSize = 50;
}

/// <summary>Reads and verifies the audit log (administrators only).</summary>
public sealed class AuditLogQueries(NarplanDbContext db, AuditCheckpoints checkpoints)
{
    public async Task<(IReadOnlyList<AuditEntry> Entries, int Total)> ListAsync(AuditFilter filter, CancellationToken ct = default)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            query = query.Where(e => e.UserName.Contains(filter.User.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(e => e.EntityType == filter.EntityType.Trim());
        }

        if (filter.Action is { } action)
        {
            query = query.Where(e => e.Action == action);
        }

        var total = await query.CountAsync(ct);
        var page = Math.Max(1, filter.Page);
        var entries = await query.OrderByDescending(e => e.Sequence)
            .Skip((page - 1) * AuditFilter.PageSize).Take(AuditFilter.PageSize).ToListAsync(ct);
        return (entries, total);
    }

    public Task<List<string>> EntityTypesAsync(CancellationToken ct = default) =>
        db.AuditEntries.AsNoTracking().Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);

    /// <summary>
    /// Walks the whole chain in sequence order and holds it against the sealed checkpoints in the
    /// database and in the file outside it, so deleted last rows and a re-sealed chain show too.
    /// </summary>
    public Task<AuditChainResult> VerifyAsync(CancellationToken ct = default) => checkpoints.VerifyAsync(db, ct);

    /// <summary>Seals the chain head now (on demand from the log page); null when a checkpoint already covers it.</summary>
    public Task<AuditCheckpoint?> SealNowAsync(CancellationToken ct = default) => checkpoints.SealHeadAsync(db, ct);
}

public static class AuditSetup
{
    public static IServiceCollection AddAuditLog(this IServiceCollection services) => services.AddScoped<AuditLogQueries>().AddScoped<LogReviewService>();
}
