using Narplan.Web.Features.Patients;

namespace Narplan.Web.Features.Audit;

public sealed record AuditFilter(string? User, string? EntityType, AuditAction? Action, int Page = 1)
{
    public const int PageSize = 50;
}

/// <summary>Reads and verifies the audit log (administrators only).</summary>
public sealed class AuditLogQueries(NarplanDbContext db, AuditCheckpoints checkpoints, PatientAccess patients)
{
    /// <summary>What the administrator reads for a page of entries: names for the ids in them, the patients by name.</summary>
    public sealed record Names(IReadOnlyDictionary<Guid, string> Things, IReadOnlyDictionary<Guid, Patient> Patients)
    {
        public string? Of(Guid id) => Things.GetValueOrDefault(id);
    }

    /// <summary>
    /// Names for the organisations, units and people the entries point at, and the patients they are about. Showing a
    /// patient's name is a read of patient data, so it is logged for each patient on the page (decision 0060); a
    /// protected patient's name is masked where it is shown (<see cref="PatientText.Name"/>).
    /// </summary>
    public async Task<Names> NamesAsync(IReadOnlyList<AuditEntry> entries, CancellationToken ct = default)
    {
        var ids = new HashSet<Guid>();
        foreach (var entry in entries)
        {
            if (Guid.TryParse(entry.EntityId, out var own))
            {
                ids.Add(own);
            }

            foreach (System.Text.RegularExpressions.Match m in GuidText.Matches(entry.Details))
            {
                ids.Add(Guid.Parse(m.Value));
            }
        }

        var things = new Dictionary<Guid, string>();
        if (ids.Count > 0)
        {
            foreach (var o in await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            {
                things[o.Id] = o.Name;
            }

            foreach (var u in await db.CareUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Name }).ToListAsync(ct))
            {
                things[u.Id] = u.Name;
            }

            foreach (var p in await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToListAsync(ct))
            {
                things[p.Id] = p.Name;
            }
        }

        var patientIds = entries.Where(e => e.PatientId is not null).Select(e => e.PatientId!.Value).Distinct().ToList();
        var found = patientIds.Count == 0
            ? []
            : await db.Patients.AsNoTracking().Where(p => patientIds.Contains(p.Id)).ToListAsync(ct);
        await patients.LogAsync(found.Select(p => p.Id), AuditAction.Read, "administratörens logg", ct);
        return new Names(things, found.ToDictionary(p => p.Id));
    }

    private static readonly System.Text.RegularExpressions.Regex GuidText =
        new(@"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

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
