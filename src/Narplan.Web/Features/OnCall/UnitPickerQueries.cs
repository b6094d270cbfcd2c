using Narplan.Web.Features.Organisations;

namespace Narplan.Web.Features.OnCall;

/// <summary>
/// What the "Vem ringer jag?" unit picker offers (issue 23 item 2): the units of one kommun — the chosen one, else the
/// selected unit's, else the user's own (a kommun user's kommun, a vårdcentral user's vårdcentral's kommun) — or the
/// units whose name matches a search, at most <see cref="UnitPickerQueries.MaxSearchHits"/>. The public and roles without
/// a kommun choose a kommun or search first. The kommun list (290 names) is always offered.
/// </summary>
public sealed record UnitPickerView(IReadOnlyList<Choice> Kommuner, Guid? KommunId, string? Search, IReadOnlyList<UnitRow> Units, int SearchHits)
{
    public static UnitPickerView Empty { get; } = new([], null, null, [], 0);

    /// <summary>Whether the search found more units than are shown.</summary>
    public bool SearchTruncated => SearchHits > Units.Count && !string.IsNullOrWhiteSpace(Search);
}

public sealed class UnitPickerQueries(NarplanDbContext db)
{
    public const int MaxSearchHits = 50;

    private static readonly StringComparer Swedish = StringComparer.Create(new("sv-SE"), ignoreCase: false);

    public async Task<UnitPickerView> ForAsync(
        ClaimsPrincipal? user, Guid? selectedUnitId, string? kommunParameter, string? search, CancellationToken ct = default)
    {
        var kommuner = (await db.Kommuner.AsNoTracking().Select(k => new { k.Id, k.Name }).ToListAsync(ct))
            .OrderBy(k => k.Name, Swedish).Select(k => new Choice(k.Id, k.Name)).ToList();
        var names = kommuner.ToDictionary(k => k.Id, k => k.Name);
        var kommunId = Guid.TryParse(kommunParameter, out var chosen) && names.ContainsKey(chosen) ? chosen : (Guid?)null;
        if (kommunId is null && selectedUnitId is { } selected)
        {
            kommunId = await db.CareUnits.AsNoTracking().Where(u => u.Id == selected).Select(u => (Guid?)u.KommunId).SingleOrDefaultAsync(ct);
        }

        kommunId ??= await OwnKommunAsync(user, ct);
        search = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        var query = db.CareUnits.AsNoTracking();
        List<UnitRow> units;
        var hits = 0;
        if (search is not null)
        {
            // The same culture-aware, case-insensitive match as /enheter (decision 0086), on a light projection.
            var found = (await query.Select(u => new { u.Id, u.Name, u.Type, u.Places, u.KommunId, u.IsDemo }).ToListAsync(ct))
                .Where(u => u.Name.Contains(search, StringComparison.CurrentCultureIgnoreCase))
                .ToList();
            hits = found.Count;
            units = found.Select(u => new UnitRow(u.Id, u.Name, u.Type, u.Places, u.KommunId, names[u.KommunId], "", null, null, u.IsDemo))
                .OrderBy(u => u.Kommun, Swedish).ThenBy(u => u.Type).ThenBy(u => u.Name, Swedish).Take(MaxSearchHits).ToList();
        }
        else if (kommunId is { } kommun)
        {
            units = (await query.Where(u => u.KommunId == kommun)
                    .Select(u => new { u.Id, u.Name, u.Type, u.Places, u.KommunId, u.IsDemo }).ToListAsync(ct))
                .Select(u => new UnitRow(u.Id, u.Name, u.Type, u.Places, u.KommunId, names[u.KommunId], "", null, null, u.IsDemo))
                .OrderBy(u => u.Type).ThenBy(u => u.Name, Swedish).ToList();
        }
        else
        {
            units = [];
        }

        // The selected unit is always offered, so the picker shows what the answer is for.
        if (selectedUnitId is { } id && units.All(u => u.Id != id))
        {
            var unit = await query.Where(u => u.Id == id).Select(u => new { u.Id, u.Name, u.Type, u.Places, u.KommunId, u.IsDemo }).SingleOrDefaultAsync(ct);
            if (unit is not null)
            {
                units.Insert(0, new UnitRow(unit.Id, unit.Name, unit.Type, unit.Places, unit.KommunId, names[unit.KommunId], "", null, null, unit.IsDemo));
            }
        }

        return new UnitPickerView(kommuner, kommunId, search, units, hits);
    }

    /// <summary>The kommun a user works in: a kommun user's kommun, or the kommun of a vårdcentral user's vårdcentral.</summary>
    private async Task<Guid?> OwnKommunAsync(ClaimsPrincipal? user, CancellationToken ct)
    {
        if (user?.ToActor() is not { IsSignedIn: true } actor)
        {
            return null;
        }

        if (actor.KommunId is { } kommun)
        {
            return kommun;
        }

        return actor.OrganisationId is { } organisation
            ? await db.RegionalUnits.AsNoTracking().Where(c => c.Id == organisation).Select(c => (Guid?)c.KommunId).SingleOrDefaultAsync(ct)
            : null;
    }
}
