using Narplan.Web.Features.Plans.Import;

namespace Narplan.Web.Features.Plans.Preschools;

public sealed record PreschoolRow(Guid Id, string Name, Guid? BvcId);

public sealed record BvcOption(Guid Id, string Name);

/// <summary>The outcome of a change: an error in Swedish (nothing saved), or how many rows changed.</summary>
public sealed record PreschoolResult(string? Error, int Changed = 0, IReadOnlyList<string>? Conflicts = null)
{
    public bool Ok => Error is null;
}

/// <summary>
/// Bilaga 2's own register: which BVC answers for each förskola in a kommun. The plan shows the
/// result. A change says which BVC the user saw; if someone else has changed the row since, the
/// whole save is refused with the names of the rows, never a silent overwrite.
/// </summary>
public sealed class PreschoolRegister(NarplanDbContext db)
{
    public static bool CanEdit(ClaimsPrincipal user, Guid kommunId) => AccessPolicy.MayEditPreschools(user.ToActor(), kommunId);

    public async Task<IReadOnlyList<PreschoolRow>> ListAsync(Guid kommunId, CancellationToken ct = default) =>
        (await db.Preschools.AsNoTracking().Where(p => p.KommunId == kommunId).ToListAsync(ct))
        .OrderBy(p => p.Name, StringComparer.Create(new System.Globalization.CultureInfo("sv-SE"), true))
        .Select(p => new PreschoolRow(p.Id, p.Name, p.ChildHealthCentreId)).ToList();

    public async Task<IReadOnlyList<BvcOption>> BvcsAsync(Guid kommunId, CancellationToken ct = default) =>
        (await db.RegionalUnits.AsNoTracking().Where(r => r.KommunId == kommunId && r.UnitKind == RegionalUnitKind.Bvc).ToListAsync(ct))
        .OrderBy(r => r.Name).Select(r => new BvcOption(r.Id, r.Name)).ToList();

    /// <summary>Sets each förskola's BVC; <paramref name="seen"/> is the BVC the user's page showed for it.</summary>
    public async Task<PreschoolResult> AssignAsync(
        ClaimsPrincipal user, Guid kommunId, IReadOnlyDictionary<Guid, (Guid? Seen, Guid? Wanted)> changes, CancellationToken ct = default)
    {
        if (!CanEdit(user, kommunId))
        {
            return new("Endast kommunens MAS eller enhetschef kan ändra förskolornas BVC.");
        }

        // A row left as the page showed it is no change, so an old page does not undo someone else's.
        changes = changes.Where(c => c.Value.Seen != c.Value.Wanted).ToDictionary();
        var ids = changes.Keys.ToList();
        var preschools = await db.Preschools.Where(p => p.KommunId == kommunId && ids.Contains(p.Id)).ToListAsync(ct);
        var bvcs = await db.RegionalUnits.Where(r => r.KommunId == kommunId && r.UnitKind == RegionalUnitKind.Bvc).ToDictionaryAsync(r => r.Id, ct);
        var conflicts = preschools
            .Where(p => changes[p.Id].Seen != p.ChildHealthCentreId && changes[p.Id].Wanted != p.ChildHealthCentreId)
            .OrderBy(p => p.Name)
            .Select(p => p.Name).ToList();
        if (conflicts.Count > 0)
        {
            return new($"Någon annan har ändrat BVC för {string.Join(", ", conflicts)} sedan du öppnade sidan. Ingenting har sparats; sidan visar nu det som gäller.", 0, conflicts);
        }

        var changed = 0;
        try
        {
            foreach (var preschool in preschools.Where(p => changes[p.Id].Wanted != p.ChildHealthCentreId))
            {
                var wanted = changes[preschool.Id].Wanted;
                if (wanted is { } w && !bvcs.ContainsKey(w))
                {
                    return new($"Den valda BVC:n för {preschool.Name} finns inte i kommunen.");
                }

                preschool.AssignChildHealthCentre(wanted is { } id ? bvcs[id] : null);
                changed++;
            }
        }
        catch (DomainException e)
        {
            return new(e.Message);
        }

        await db.SaveChangesAsync(ct);
        return new(null, changed);
    }

    public async Task<PreschoolResult> AddAsync(ClaimsPrincipal user, Guid kommunId, string? name, Guid? bvcId, CancellationToken ct = default)
    {
        if (!CanEdit(user, kommunId))
        {
            return new("Endast kommunens MAS eller enhetschef kan lägga till förskolor.");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return new("Skriv förskolans namn.");
        }

        var trimmed = name.Trim();
        var existing = await db.Preschools.Where(p => p.KommunId == kommunId).Select(p => p.Name).ToListAsync(ct);
        if (existing.Contains(trimmed, StringComparer.CurrentCultureIgnoreCase))
        {
            return new($"Förskolan ”{trimmed}” finns redan.");
        }

        RegionalUnit? bvc = null;
        if (bvcId is { } id)
        {
            bvc = await db.RegionalUnits.SingleOrDefaultAsync(r => r.Id == id && r.KommunId == kommunId && r.UnitKind == RegionalUnitKind.Bvc, ct);
            if (bvc is null)
            {
                return new("Den valda BVC:n finns inte i kommunen.");
            }
        }

        db.Preschools.Add(new Preschool(kommunId, trimmed, bvc?.Id));
        await db.SaveChangesAsync(ct);
        return new(null, 1);
    }
}
