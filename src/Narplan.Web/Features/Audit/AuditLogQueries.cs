using Microsoft.EntityFrameworkCore;
using Narplan.Data;
using Narplan.Domain.Audit;

namespace Narplan.Web.Features.Audit;

public sealed record AuditFilter(string? User, string? EntityType, AuditAction? Action, int Page = 1)
{
    public const int PageSize = 50;
}

/// <summary>Reads and verifies the audit log (administrators only).</summary>
public sealed class AuditLogQueries(NarplanDbContext db)
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

    /// <summary>Walks the whole chain in sequence order, streaming so a long log is not held in memory.</summary>
    public async Task<AuditChainResult> VerifyAsync(CancellationToken ct = default)
    {
        var entries = new List<AuditEntry>();
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            entries.Add(entry);
        }

        return AuditChain.Verify(entries);
    }
}

public static class AuditSetup
{
    public static IServiceCollection AddAuditLog(this IServiceCollection services) => services.AddScoped<AuditLogQueries>();
}
