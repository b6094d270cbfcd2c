namespace Narplan.Web.Features.Organisations;

public sealed record KommunRow(Guid Id, string Name, string Region, string? SubRegion, int Units, int Places, int CareCentres);

public sealed record CareCentreRow(Guid Id, string Name, string Kommun, string Region, Ownership Ownership, string? Phone, int ResponsibleUnits, bool IsDemo);

/// <summary>A unit in a list; <see cref="RegularDoctor"/> is the one or two fasta läkarkontakter as one text, in order.</summary>
public sealed record UnitRow(
    Guid Id, string Name, CareUnitType Type, int Places, Guid KommunId, string Kommun, string Region,
    string? CareCentre, string? RegularDoctor, bool IsDemo)
{
    /// <summary>The fasta läkarkontakter in call order.</summary>
    public IReadOnlyList<string> RegularDoctors { get; init; } = [];
}

public sealed record UnitFilter(string? Search, string? Kommun, CareUnitType? Type, Guid? CareCentreId = null);

/// <summary>
/// A responsibility period with names. <see cref="RegularDoctorIds"/> and <see cref="RegularDoctors"/> hold the one or two
/// fasta läkarkontakter in call order; <see cref="RegularDoctorId"/> and <see cref="RegularDoctor"/> are the first.
/// </summary>
public sealed record ResponsibilityView(
    LocalDate ValidFrom, LocalDate? ValidUntil, Guid CareCentreId, string CareCentre, Guid? RegularDoctorId, string? RegularDoctor,
    string? DirectPhone, MeetingForm MeetingForm, bool IsCurrent)
{
    public IReadOnlyList<Guid> RegularDoctorIds { get; init; } = RegularDoctorId is { } id ? [id] : [];

    public IReadOnlyList<string> RegularDoctors { get; init; } = RegularDoctor is { } name ? [name] : [];

    /// <summary>"Sofia Eriksson; Oskar Wallin" (first, then second), or null when none is named.</summary>
    public string? RegularDoctorsText => RegularDoctorNames.Join(RegularDoctors);
}

public sealed record UnitDetail(
    CareUnit Unit, string Kommun, string Region, DecisionSupportProfileKey DecisionSupport, IReadOnlyList<ResponsibilityView> Responsibilities)
{
    public ResponsibilityView? Current => Responsibilities.FirstOrDefault(r => r.IsCurrent);
}

public sealed record Choice(Guid Id, string Name);

/// <summary>Read side of organisations and units: lists with filters and the unit page.</summary>
public sealed class OrganisationQueries(NarplanDbContext db, IClock clock)
{
    public LocalDate Today => Stockholm.Today(clock);

    public async Task<IReadOnlyList<KommunRow>> KommunerAsync(CancellationToken ct = default) =>
        await KommunRowsAsync(await db.Kommuner.AsNoTracking().OrderBy(k => k.Name).ToListAsync(ct), ct);

    /// <summary>The given kommuner with their region, delregion and plan size, read for those kommuner only, in their order.</summary>
    public async Task<IReadOnlyList<KommunRow>> KommunRowsAsync(IReadOnlyList<Kommun> kommuner, CancellationToken ct = default)
    {
        var ids = kommuner.Select(k => k.Id).ToList();
        var regionIds = kommuner.Select(k => k.RegionId).Distinct().ToList();
        var subRegionIds = kommuner.Select(k => k.SubRegionId).OfType<Guid>().Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => regionIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var subRegions = await db.SubRegions.AsNoTracking().Where(r => subRegionIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var units = await db.CareUnits.AsNoTracking().Where(u => ids.Contains(u.KommunId)).GroupBy(u => u.KommunId)
            .Select(g => new { g.Key, Count = g.Count(), Places = g.Sum(u => u.Places) }).ToDictionaryAsync(g => g.Key, ct);
        var centres = await db.RegionalUnits.AsNoTracking().Where(u => u.UnitKind == RegionalUnitKind.Vardcentral && ids.Contains(u.KommunId))
            .GroupBy(u => u.KommunId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return kommuner.Select(k => new KommunRow(
            k.Id, k.Name, regions[k.RegionId], k.SubRegionId is { } s ? subRegions[s] : null,
            units.GetValueOrDefault(k.Id)?.Count ?? 0, units.GetValueOrDefault(k.Id)?.Places ?? 0, centres.GetValueOrDefault(k.Id))).ToList();
    }

    public async Task<IReadOnlyList<CareCentreRow>> CareCentresAsync(string? search, string? kommun, CancellationToken ct = default)
    {
        var today = Today;
        var centres = await db.RegionalUnits.AsNoTracking().Where(u => u.UnitKind == RegionalUnitKind.Vardcentral).ToListAsync(ct);
        var kommuner = await db.Kommuner.AsNoTracking().ToDictionaryAsync(k => k.Id, ct);
        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var responsibilities = await db.UnitResponsibilities.AsNoTracking().ToListAsync(ct);
        return centres
            .Where(c => Matches(c.Name, search) && Matches(kommuner[c.KommunId].Name, kommun, exact: true))
            .Select(c => new CareCentreRow(
                c.Id, c.Name, kommuner[c.KommunId].Name, regions[c.RegionId], c.Ownership, c.Phone,
                responsibilities.Count(r => r.CareCentreId == c.Id && r.Covers(today)), c.IsDemo))
            .OrderBy(c => c.Kommun).ThenBy(c => c.Name)
            .ToList();
    }

    public async Task<IReadOnlyList<UnitRow>> UnitsAsync(UnitFilter filter, CancellationToken ct = default) =>
        (await UnitPageAsync(filter, 0, int.MaxValue, ct)).Rows;

    /// <summary>
    /// Every unit for a unit picker, in the list's order: id, name, type and kommun only, in one light query (the pickers
    /// of Vem ringer jag, its card and week read 4,000 units on a national database; no responsibilities or names needed).
    /// </summary>
    public async Task<IReadOnlyList<UnitRow>> UnitChoicesAsync(CancellationToken ct = default)
    {
        var kommuner = await db.Kommuner.AsNoTracking().ToDictionaryAsync(k => k.Id, k => k.Name, ct);
        var units = await db.CareUnits.AsNoTracking().Select(u => new { u.Id, u.Name, u.Type, u.Places, u.KommunId, u.IsDemo }).ToListAsync(ct);
        return units
            .Select(u => new UnitRow(u.Id, u.Name, u.Type, u.Places, u.KommunId, kommuner[u.KommunId], "", null, null, u.IsDemo))
            .OrderBy(u => u.Kommun).ThenBy(u => u.Type).ThenBy(u => u.Name)
            .ToList();
    }

    /// <summary>
    /// One page of the filtered units in the list's order (kommun, type, name) and how many match (issue 23 item 2): the
    /// kommun, type and vårdcentral filters run in the database, the name search on a light projection (the same
    /// case-insensitive match on both providers), and responsibilities and names are read for the page's units only.
    /// </summary>
    public async Task<(IReadOnlyList<UnitRow> Rows, int Total)> UnitPageAsync(UnitFilter filter, int skip, int take, CancellationToken ct = default)
    {
        var today = Today;
        var kommuner = await db.Kommuner.AsNoTracking().Select(k => new { k.Id, k.Name, k.RegionId }).ToDictionaryAsync(k => k.Id, ct);
        var query = db.CareUnits.AsNoTracking();
        if (filter.Type is { } type)
        {
            query = query.Where(u => u.Type == type);
        }

        if (!string.IsNullOrWhiteSpace(filter.Kommun))
        {
            var wanted = kommuner.Values.Where(k => Matches(k.Name, filter.Kommun, exact: true)).Select(k => k.Id).ToList();
            query = query.Where(u => wanted.Contains(u.KommunId));
        }

        if (filter.CareCentreId is { } centreId)
        {
            query = query.Where(u => u.Responsibilities.Any(r => r.CareCentreId == centreId));
        }

        var light = (await query.Select(u => new { u.Id, u.Name, u.Type, u.KommunId }).ToListAsync(ct))
            .Where(u => Matches(u.Name, filter.Search))
            .OrderBy(u => kommuner[u.KommunId].Name).ThenBy(u => u.Type).ThenBy(u => u.Name)
            .ToList();
        var pageIds = light.Select(u => u.Id).ToList();
        if (filter.CareCentreId is null)
        {
            pageIds = pageIds.Skip(skip).Take(take).ToList();
        }

        var units = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).Where(u => pageIds.Contains(u.Id)).ToListAsync(ct);
        var current = units.Select(u => (Unit: u, Current: u.ResponsibilityOn(today)))
            .Where(x => filter.CareCentreId is null || x.Current?.CareCentreId == filter.CareCentreId)
            .ToList();
        var total = filter.CareCentreId is null ? light.Count : current.Count;
        var order = pageIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        current = [.. current.OrderBy(x => order[x.Unit.Id])];
        if (filter.CareCentreId is not null)
        {
            current = [.. current.Skip(skip).Take(take)];
        }

        var centreIds = current.Where(x => x.Current is not null).Select(x => x.Current!.CareCentreId).Distinct().ToList();
        var doctorIds = current.SelectMany(x => x.Current?.RegularDoctorIds ?? []).Distinct().ToList();
        var regionIds = current.Select(x => kommuner[x.Unit.KommunId].RegionId).Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => regionIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var centres = await db.RegionalUnits.AsNoTracking().Where(c => centreIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var people = await db.People.AsNoTracking().Where(p => doctorIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var rows = current
            .Select(x => new UnitRow(
                x.Unit.Id, x.Unit.Name, x.Unit.Type, x.Unit.Places, x.Unit.KommunId, kommuner[x.Unit.KommunId].Name,
                regions[kommuner[x.Unit.KommunId].RegionId],
                x.Current is null ? null : centres[x.Current.CareCentreId],
                RegularDoctorNames.Join(x.Current?.RegularDoctorIds.Select(d => people[d]) ?? []),
                x.Unit.IsDemo)
            {
                RegularDoctors = x.Current?.RegularDoctorIds.Select(d => people[d]).ToList() ?? [],
            })
            .ToList();
        return (rows, total);
    }

    public async Task<UnitDetail?> UnitAsync(Guid id, CancellationToken ct = default)
    {
        var unit = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).SingleOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return null;
        }

        var kommun = await db.Kommuner.AsNoTracking().SingleAsync(k => k.Id == unit.KommunId, ct);
        var region = await db.Regions.AsNoTracking().SingleAsync(r => r.Id == kommun.RegionId, ct);
        var centreIds = unit.Responsibilities.Select(r => r.CareCentreId).ToList();
        var doctorIds = unit.Responsibilities.SelectMany(r => r.RegularDoctorIds).ToList();
        var centres = await db.RegionalUnits.AsNoTracking().Where(c => centreIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var doctors = await db.People.AsNoTracking().Where(p => doctorIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var today = Today;
        var history = unit.Responsibilities
            .OrderByDescending(r => r.ValidFrom)
            .Select(r => new ResponsibilityView(
                r.ValidFrom, r.ValidUntil, r.CareCentreId, centres[r.CareCentreId], r.RegularDoctorId,
                r.RegularDoctorId is { } d ? doctors[d] : null, r.DirectPhone, r.MeetingForm, r.Covers(today))
            {
                RegularDoctorIds = r.RegularDoctorIds,
                RegularDoctors = r.RegularDoctorIds.Select(id => doctors[id]).ToList(),
            })
            .ToList();
        return new UnitDetail(unit, kommun.Name, region.Name, region.DecisionSupport, history);
    }

    /// <summary>Vårdcentraler of the unit's region that can take läkaransvar for it.</summary>
    public async Task<IReadOnlyList<Choice>> CareCentreChoicesAsync(Guid kommunId, CancellationToken ct = default)
    {
        var regionId = await db.Kommuner.Where(k => k.Id == kommunId).Select(k => k.RegionId).SingleAsync(ct);
        var today = Today;
        return (await db.RegionalUnits.AsNoTracking()
            .Where(u => u.RegionId == regionId && u.UnitKind == RegionalUnitKind.Vardcentral)
            .OrderBy(u => u.Name).ToListAsync(ct))
            .Where(u => u.IsActiveOn(today)) // an ended vårdcentral takes no new läkaransvar (issue 17)
            .Select(u => new Choice(u.Id, u.Name)).ToList();
    }

    public async Task<IReadOnlyList<Choice>> DoctorChoicesAsync(Guid kommunId, CancellationToken ct = default)
    {
        var centreIds = (await CareCentreChoicesAsync(kommunId, ct)).Select(c => c.Id).ToList();
        var today = Today;
        // The people register's doctors still employed today (issue 17): one who has left is not offered again.
        return (await db.People.AsNoTracking()
            .Where(p => p.Role == PersonRole.Lakare && centreIds.Contains(p.OrganisationId))
            .OrderBy(p => p.Name).ToListAsync(ct))
            .Where(p => p.EmployedUntil is not { } until || until > today)
            .Select(p => new Choice(p.Id, p.Name)).ToList();
    }

    public Task<string?> KommunNameAsync(Guid kommunId, CancellationToken ct = default) =>
        db.Kommuner.AsNoTracking().Where(k => k.Id == kommunId).Select(k => k.Name).FirstOrDefaultAsync(ct);

    public Task<List<string>> KommunNamesAsync(CancellationToken ct = default) =>
        db.Kommuner.AsNoTracking().OrderBy(k => k.Name).Select(k => k.Name).ToListAsync(ct);

    private static bool Matches(string value, string? filter, bool exact = false) =>
        string.IsNullOrWhiteSpace(filter)
        || (exact
            ? string.Equals(value, filter.Trim(), StringComparison.CurrentCultureIgnoreCase)
            : value.Contains(filter.Trim(), StringComparison.CurrentCultureIgnoreCase));
}
