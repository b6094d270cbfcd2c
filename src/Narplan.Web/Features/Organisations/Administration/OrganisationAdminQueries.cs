namespace Narplan.Web.Features.Organisations.Administration;

/// <summary>The overview of the organisation administration: every region, delregion and kommun, by name.</summary>
public sealed record OrganisationOverview(IReadOnlyList<Region> Regions, IReadOnlyList<SubRegion> SubRegions, IReadOnlyList<Kommun> Kommuner);

/// <summary>One kommun's setup as its administration page shows it; <see cref="SubRegions"/> are those a kommun may be moved to.</summary>
public sealed record KommunSetup(
    IReadOnlyList<SubRegion> SubRegions, IReadOnlyList<RegionalUnit> RegionalUnits, IReadOnlyList<CareUnit> CareUnits, IReadOnlyList<Preschool> Preschools);

/// <summary>
/// What the organisation administration pages read (issue 16.5: no <see cref="NarplanDbContext"/> in a component). Every
/// read is untracked; the pages ask <see cref="Narplan.Domain.Access.AccessPolicy"/> whether the user may see it, and change
/// things through <see cref="OrganisationAdministration"/>.
/// </summary>
public sealed class OrganisationAdminQueries(NarplanDbContext db, IClock clock)
{
    public LocalDate Today => Stockholm.Today(clock);

    public async Task<OrganisationOverview> OverviewAsync(CancellationToken ct = default) => new(
        await db.Regions.AsNoTracking().OrderBy(r => r.Name).ToListAsync(ct),
        await db.SubRegions.AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct),
        await db.Kommuner.AsNoTracking().OrderBy(k => k.Name).ToListAsync(ct));

    public Task<Kommun?> KommunAsync(Guid kommunId, CancellationToken ct = default) =>
        db.Kommuner.AsNoTracking().SingleOrDefaultAsync(k => k.Id == kommunId, ct);

    /// <summary>A kommun's units, förskolor and the delregioner of its region that exist today (and its own, even if ended).</summary>
    public async Task<KommunSetup> KommunSetupAsync(Kommun kommun, CancellationToken ct = default)
    {
        var today = Today;
        var subRegions = await db.SubRegions.AsNoTracking().Where(s => s.RegionId == kommun.RegionId).OrderBy(s => s.Name).ToListAsync(ct);
        return new(
            [.. subRegions.Where(s => s.IsActiveOn(today) || s.Id == kommun.SubRegionId)],
            await db.RegionalUnits.AsNoTracking().Where(u => u.KommunId == kommun.Id).OrderBy(u => u.Name).ToListAsync(ct),
            await db.CareUnits.AsNoTracking().Where(u => u.KommunId == kommun.Id).OrderBy(u => u.Name).ToListAsync(ct),
            await db.Preschools.AsNoTracking().Where(p => p.KommunId == kommun.Id).OrderBy(p => p.Name).ToListAsync(ct));
    }

    /// <summary>A kommunal enhet and the kommun it belongs to.</summary>
    public async Task<(CareUnit Unit, Kommun Kommun)?> CareUnitAsync(Guid unitId, CancellationToken ct = default)
    {
        var unit = await db.CareUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct);
        return unit is null ? null : (unit, await db.Kommuner.AsNoTracking().SingleAsync(k => k.Id == unit.KommunId, ct));
    }

    /// <summary>A vårdcentral or other regional unit and its kommun's name.</summary>
    public async Task<(RegionalUnit Unit, string KommunName)?> RegionalUnitAsync(Guid unitId, CancellationToken ct = default)
    {
        var unit = await db.RegionalUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct);
        return unit is null ? null : (unit, await db.Kommuner.AsNoTracking().Where(k => k.Id == unit.KommunId).Select(k => k.Name).SingleAsync(ct));
    }

    /// <summary>The organisations a person of the kommun can work in — the kommun, then its regional units by name — as id → name.</summary>
    public async Task<Dictionary<Guid, string>> KommunOrganisationsAsync(Guid kommunId, CancellationToken ct = default)
    {
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.Id == kommunId).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        foreach (var u in await db.RegionalUnits.AsNoTracking().Where(u => u.KommunId == kommunId).OrderBy(u => u.Name).ToListAsync(ct))
        {
            organisations[u.Id] = u.Name;
        }

        return organisations;
    }

    /// <summary>The people working in the given organisations, by name.</summary>
    public async Task<List<Person>> PeopleInAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken ct = default)
    {
        var ids = organisationIds.ToList();
        return await db.People.AsNoTracking().Where(p => ids.Contains(p.OrganisationId)).OrderBy(p => p.Name).ToListAsync(ct);
    }

    public Task<Person?> PersonAsync(Guid personId, CancellationToken ct = default) =>
        db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, ct);

    /// <summary>An organisation's name, or null when it does not exist.</summary>
    public Task<string?> OrganisationNameAsync(Guid organisationId, CancellationToken ct = default) =>
        db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.Name).SingleOrDefaultAsync(ct);
}
