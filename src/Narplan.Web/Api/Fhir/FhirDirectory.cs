using System.Linq.Expressions;
using Narplan.Web.Features.Rounds;
using F = Hl7.Fhir.Model;

namespace Narplan.Web.Api.Fhir;

/// <summary>A search value the directory understands but cannot answer (e.g. a Slot range over two years): a 400.</summary>
public sealed class FhirSearchException(string message) : Exception(message);

/// <summary>
/// The read side of the FHIR directory: loads plan data with EF (no tracking) and maps it with <see cref="FhirMapping"/>.
/// Location, the large set, is filtered and paged in the database; the other types are small per region (or, for Slot,
/// expanded from the round series) and are filtered and paged in memory. No patient data is read.
/// </summary>
public sealed class FhirDirectory(NarplanDbContext db, RoundQueries rounds, IClock clock)
{
    /// <summary>How far ahead HealthcareService.notAvailable lists holidays.</summary>
    public const int HolidayHorizonDays = 366;

    /// <summary>The default Slot window when the search gives no upper bound.</summary>
    public static readonly Period DefaultSlotWindow = Period.FromDays(92);

    private LocalDate Today => Stockholm.Today(clock);

    public async Task<F.Resource?> ReadAsync(string type, string id, CancellationToken ct)
    {
        var (_, page) = await SearchAsync(FhirSearch.ForId(type, id), ct);
        return page.FirstOrDefault(r => r.Id == id);
    }

    public Task<(int Total, IReadOnlyList<F.Resource> Page)> SearchAsync(FhirSearch search, CancellationToken ct) => search.Type switch
    {
        "Organization" => InMemory(search, OrganizationsAsync(search, ct)),
        "Location" => LocationsAsync(search, ct),
        "PractitionerRole" => InMemory(search, PractitionerRolesAsync(search, ct)),
        "HealthcareService" => InMemory(search, HealthcareServicesAsync(search, ct)),
        "Schedule" => InMemory(search, SchedulesAsync(search, ct)),
        "Slot" => InMemory(search, SlotsAsync(search, ct)),
        _ => throw new ArgumentOutOfRangeException(nameof(search), search.Type, "Unknown type"),
    };

    private static async Task<(int, IReadOnlyList<F.Resource>)> InMemory<T>(FhirSearch search, Task<List<T>> all) where T : F.Resource
    {
        var list = await all;
        return (list.Count, list.Skip(search.Offset).Take(search.Count).Cast<F.Resource>().ToList());
    }

    // ---- Organization ----

    private async Task<List<F.Organization>> OrganizationsAsync(FhirSearch search, CancellationToken ct)
    {
        var regions = await db.Regions.AsNoTracking().ToListAsync(ct);
        var kommuner = await db.Kommuner.AsNoTracking().ToListAsync(ct);
        var centres = await db.RegionalUnits.AsNoTracking().Where(u => u.UnitKind == RegionalUnitKind.Vardcentral).ToListAsync(ct);
        var regionById = regions.ToDictionary(r => r.Id);
        var kommunById = kommuner.ToDictionary(k => k.Id);

        var all = new List<F.Organization>();
        all.AddRange(regions.OrderBy(r => r.Name, StringComparer.Ordinal).Select(FhirMapping.Region));
        all.AddRange(kommuner.OrderBy(k => k.Name, StringComparer.Ordinal).Select(k => FhirMapping.Kommun(k, regionById.GetValueOrDefault(k.RegionId))));
        all.AddRange(centres.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c =>
            FhirMapping.CareCentre(c, kommunById.GetValueOrDefault(c.KommunId), regionById.GetValueOrDefault(c.RegionId))));
        foreach (var (area, profile) in await ProfilesInForceAsync(ct))
        {
            all.Add(FhirMapping.OnCallService(area.Id, profile, regionById.GetValueOrDefault(area.RegionId)));
        }

        return all.Where(o =>
            Ids(search).All(ids => ids.Contains(o.Id))
            && search.Values("name").All(v => FhirSearch.MatchesString(v.Modifier, v.Value, [o.Name, .. o.Alias]))
            && search.Values("type").All(v => FhirSearch.MatchesToken(v.Value, o.Type.SelectMany(t => t.Coding)))
            && search.Values("address-city").All(v => FhirSearch.MatchesString(v.Modifier, v.Value, o.Address.Select(a => a.City)))
            && search.Values("partof").All(v => o.PartOf is not null && FhirSearch.ReferenceIds(v.Value, "Organization").Contains(IdOf(o.PartOf)))).ToList();
    }

    // ---- Location: filtered and paged in the database ----

    private async Task<(int, IReadOnlyList<F.Resource>)> LocationsAsync(FhirSearch search, CancellationToken ct)
    {
        var kommuner = await db.Kommuner.AsNoTracking().ToDictionaryAsync(k => k.Id, ct);
        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, ct);
        IQueryable<CareUnit> query = db.CareUnits.AsNoTracking();
        query = Narrow(query, Ids(search), guids => u => guids.Contains(u.Id));
        query = Narrow(query, References(search, "organization", "Organization"), guids => u => guids.Contains(u.KommunId));

        foreach (var (modifier, value) in search.Values("address-city"))
        {
            var guids = kommuner.Values.Where(k => FhirSearch.MatchesString(modifier, value, [k.Name])).Select(k => k.Id).ToList();
            query = query.Where(u => guids.Contains(u.KommunId));
        }

        foreach (var (_, value) in search.Values("type"))
        {
            var types = Enum.GetValues<CareUnitType>()
                .Where(t => FhirSearch.MatchesToken(value, [new F.Coding(FhirSystems.UnitType, t.ToString())])).ToList();
            query = query.Where(u => types.Contains(u.Type));
        }

        F.Location Map(CareUnit u)
        {
            var kommun = kommuner.GetValueOrDefault(u.KommunId);
            return FhirMapping.Location(u, kommun, kommun is null ? null : regions.GetValueOrDefault(kommun.RegionId));
        }

        if (search.Has("name"))
        {
            // Accent-insensitive "starts with" is not portable SQL (SQLite and PostgreSQL fold differently): filter the kommun's units here.
            var units = await query.ToListAsync(ct);
            var matching = units.Where(u => search.Values("name").All(v => FhirSearch.MatchesString(v.Modifier, v.Value, [u.Name])))
                .OrderBy(u => u.Name, StringComparer.Ordinal).ThenBy(u => u.Id).ToList();
            return (matching.Count, matching.Skip(search.Offset).Take(search.Count).Select(Map).ToList());
        }

        var total = await query.CountAsync(ct);
        var page = search.Count == 0 ? [] : await query.OrderBy(u => u.Name).ThenBy(u => u.Id).Skip(search.Offset).Take(search.Count).ToListAsync(ct);
        return (total, page.Select(Map).ToList());
    }

    // ---- PractitionerRole ----

    private async Task<List<F.PractitionerRole>> PractitionerRolesAsync(FhirSearch search, CancellationToken ct)
    {
        var today = Today;
        var query = db.UnitResponsibilities.AsNoTracking().Where(r => r.RegularDoctorId != null);
        var advisoryPossible = !search.Has("location");
        advisoryPossible &= Ids(search).All(ids => ids.Any(i => i.StartsWith(AdvisoryPrefix, StringComparison.Ordinal)));
        query = Narrow(query, Ids(search), guids => r => guids.Contains(r.Id));
        query = Narrow(query, References(search, "location", "Location"), guids => r => guids.Contains(r.CareUnitId));
        query = Narrow(query, References(search, "organization", "Organization"), guids => r => guids.Contains(r.CareCentreId));

        var responsibilities = await query.ToListAsync(ct);
        var unitIds = responsibilities.Select(r => r.CareUnitId).Distinct().ToList();
        var doctorIds = responsibilities.Select(r => r.RegularDoctorId!.Value).Distinct().ToList();
        var units = await db.CareUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var doctors = await db.People.AsNoTracking().Where(p => doctorIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var centres = await db.RegionalUnits.AsNoTracking().ToDictionaryAsync(c => c.Id, ct);

        var all = responsibilities
            .Where(r => units.ContainsKey(r.CareUnitId) && doctors.ContainsKey(r.RegularDoctorId!.Value))
            .OrderBy(r => units[r.CareUnitId].Name, StringComparer.Ordinal).ThenBy(r => r.ValidFrom)
            .Select(r =>
            {
                var doctor = doctors[r.RegularDoctorId!.Value];
                return FhirMapping.RegularDoctor(r, doctor.Name, doctor.Title, units[r.CareUnitId], centres.GetValueOrDefault(r.CareCentreId), today);
            })
            .ToList();

        if (advisoryPossible)
        {
            all.AddRange(await AdvisoryDoctorsAsync(centres, today, ct));
        }

        return all.Where(p =>
            Ids(search).All(ids => ids.Contains(p.Id))
            && search.Values("organization").All(v => p.Organization?.Reference is not null
                && FhirSearch.ReferenceIds(v.Value, "Organization").Contains(IdOf(p.Organization)))
            && search.Values("role").All(v => FhirSearch.MatchesToken(v.Value, p.Code.SelectMany(c => c.Coding)))
            && search.Values("active").All(v => v.Value.Split(',').Contains(p.Active == true ? "true" : "false"))).ToList();
    }

    private const string AdvisoryPrefix = "radgivande-";

    /// <summary>The advisory doctors of the newest published version of each plan (published plans are public documents).</summary>
    private async Task<List<F.PractitionerRole>> AdvisoryDoctorsAsync(Dictionary<Guid, RegionalUnit> centres, LocalDate today, CancellationToken ct)
    {
        var published = await db.PlanVersions.AsNoTracking().Where(v => v.Status == PlanStatus.Publicerad)
            .Select(v => new { v.Id, v.PlanId, v.Number, v.Details }).ToListAsync(ct);
        var planIds = published.Select(v => v.PlanId).Distinct().ToList();
        var plans = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.KommunId, ct);
        var kommuner = await db.Kommuner.AsNoTracking().ToDictionaryAsync(k => k.Id, ct);
        var result = new List<F.PractitionerRole>();
        foreach (var version in published.GroupBy(v => v.PlanId).Select(g => g.MaxBy(v => v.Number)!))
        {
            if (!plans.TryGetValue(version.PlanId, out var kommunId) || !kommuner.TryGetValue(kommunId, out var kommun))
            {
                continue;
            }

            for (var i = 0; i < version.Details.AdvisoryDoctors.Count; i++)
            {
                var a = version.Details.AdvisoryDoctors[i];
                var centre = centres.Values.Where(c => c.Name == a.CareCentre).OrderByDescending(c => c.KommunId == kommunId).FirstOrDefault();
                result.Add(FhirMapping.AdvisoryDoctor($"{AdvisoryPrefix}{version.Id:N}-{i + 1}", a, kommun, centre, today));
            }
        }

        return result;
    }

    // ---- HealthcareService ----

    private async Task<List<F.HealthcareService>> HealthcareServicesAsync(FhirSearch search, CancellationToken ct)
    {
        var today = Today;
        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, ct);
        var centres = await db.RegionalUnits.AsNoTracking().Where(u => u.UnitKind == RegionalUnitKind.Vardcentral).ToListAsync(ct);
        var profiles = await ProfilesInForceAsync(ct);
        var profileByArea = profiles.ToDictionary(p => p.Area.Id, p => p.Profile);
        var assignments = await db.OnCallAreaAssignments.AsNoTracking()
            .Where(a => a.CareUnitId == null && a.ValidFrom <= today && (a.ValidTo == null || a.ValidTo >= today)).ToListAsync(ct);
        var units = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).ToListAsync(ct);

        var all = new List<F.HealthcareService>();
        foreach (var centre in centres.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            // The daytime hours of the area the vårdcentral's kommun is assigned to today (decision 0037).
            var areaId = assignments.FirstOrDefault(a => a.KommunId == centre.KommunId)?.AreaId;
            if (areaId is null || !profileByArea.TryGetValue(areaId.Value, out var profile))
            {
                continue;
            }

            var responsibleFor = units.Where(u => u.ResponsibilityOn(today)?.CareCentreId == centre.Id);
            all.Add(FhirMapping.CareCentreDaytime(centre, profile, responsibleFor, today, HolidayHorizonDays));
        }

        all.AddRange(profiles.Select(p => FhirMapping.OnCallHealthcareService(p.Area.Id, p.Profile, today, HolidayHorizonDays)));
        return all.Where(s =>
            Ids(search).All(ids => ids.Contains(s.Id))
            && search.Values("organization").All(v => FhirSearch.ReferenceIds(v.Value, "Organization").Contains(IdOf(s.ProvidedBy)))
            && search.Values("location").All(v => s.Location.Any(l => FhirSearch.ReferenceIds(v.Value, "Location").Contains(IdOf(l))))).ToList();
    }

    // ---- Schedule and Slot: the round series and their occurrences ----

    private async Task<List<F.Schedule>> SchedulesAsync(FhirSearch search, CancellationToken ct)
    {
        var today = Today;
        IQueryable<RoundSeries> query = db.RoundSeries.AsNoTracking();
        query = Narrow(query, Ids(search), guids => s => guids.Contains(s.Id));
        query = Narrow(query, References(search, "actor", "Location"), guids => s => guids.Contains(s.CareUnitId));

        var series = await query.ToListAsync(ct);
        var unitIds = series.Select(s => s.CareUnitId).Distinct().ToList();
        var units = await db.CareUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        return series.Where(s => units.ContainsKey(s.CareUnitId))
            .OrderBy(s => units[s.CareUnitId].Name, StringComparer.Ordinal).ThenBy(s => s.ValidFrom).ThenBy(s => s.Id)
            .Select(s => FhirMapping.Schedule(s, units[s.CareUnitId], today))
            .Where(s => search.Values("active").All(v => v.Value.Split(',').Contains(s.Active == true ? "true" : "false")))
            .ToList();
    }

    private async Task<List<F.Slot>> SlotsAsync(FhirSearch search, CancellationToken ct)
    {
        var criteria = search.Values("start").Select(v => DateCriterion.Parse(v.Value)!).ToList();
        var statusFilter = search.Values("status").ToList();
        bool Keep(F.Slot slot, RoundView v) =>
            criteria.All(c => c.Matches(v.Occurrence.Start.ToInstant()))
            && statusFilter.All(s => s.Value.Split(',').Contains(slot.Status == F.Slot.SlotStatus.BusyUnavailable ? "busy-unavailable" : "busy"))
            && search.Values("schedule").All(s => FhirSearch.ReferenceIds(s.Value, "Schedule").Contains(FhirMapping.Id(v.Occurrence.SeriesId)));

        var idSets = Ids(search).ToList();
        if (idSets.Count > 0)
        {
            // A read, or _id search: each id names one occurrence, whatever its date.
            var found = new List<F.Slot>();
            foreach (var id in idSets[0].Distinct())
            {
                if (ParseSlotId(id) is { } key && await rounds.OccurrenceAsync(key.SeriesId, key.OriginalDate, ct) is { } occurrence)
                {
                    var slot = FhirMapping.Slot(occurrence.View);
                    if (idSets.All(ids => ids.Contains(slot.Id)) && Keep(slot, occurrence.View))
                    {
                        found.Add(slot);
                    }
                }
            }

            return found;
        }

        var low = criteria.Where(c => c.Prefix is "ge" or "gt" or "eq").Select(c => c.Low).DefaultIfEmpty(Today.AtStartOfDayInZone(Stockholm.Zone).ToInstant()).Max();
        var lowDate = low.InZone(Stockholm.Zone).Date;
        var high = criteria.Where(c => c.Prefix is "le" or "lt" or "eq").Select(c => c.High).DefaultIfEmpty(
            lowDate.Plus(DefaultSlotWindow).AtStartOfDayInZone(Stockholm.Zone).ToInstant()).Min();
        var highDate = high.InZone(Stockholm.Zone).Date;
        if (highDate < lowDate)
        {
            return [];
        }

        if (lowDate.Plus(RoundQueries.MaxRange) < highDate)
        {
            throw new FhirSearchException($"Sök rondtillfällen (Slot) för högst två år åt gången, inte {FhirMapping.Date(lowDate)}–{FhirMapping.Date(highDate)}.");
        }

        IQueryable<RoundSeries> seriesQuery = db.RoundSeries.AsNoTracking();
        seriesQuery = Narrow(seriesQuery, References(search, "schedule", "Schedule"), guids => s => guids.Contains(s.Id));

        var unitIds = await seriesQuery.Select(s => s.CareUnitId).Distinct().ToListAsync(ct);
        if (unitIds.Count == 0)
        {
            return [];
        }

        var views = await rounds.ForUnitsAsync(unitIds, lowDate, highDate, ct);
        return views.Select(v => (Slot: FhirMapping.Slot(v), View: v)).Where(x => Keep(x.Slot, x.View)).Select(x => x.Slot).ToList();
    }

    private static (Guid SeriesId, LocalDate OriginalDate)? ParseSlotId(string id)
    {
        if (id.Length != 41 || id[32] != '-' || !Guid.TryParseExact(id[..32], "N", out var seriesId))
        {
            return null;
        }

        var date = NodaTime.Text.LocalDatePattern.CreateWithInvariantCulture("yyyyMMdd").Parse(id[33..]);
        return date.Success ? (seriesId, date.Value) : null;
    }

    // ---- Shared ----

    /// <summary>For each beredskapsjourområde with versions, the version in force today (the oldest one before any is in force).</summary>
    private async Task<List<(OnCallArea Area, OnCallRuleProfile Profile)>> ProfilesInForceAsync(CancellationToken ct)
    {
        var today = Today;
        var areas = await db.OnCallAreas.AsNoTracking().ToDictionaryAsync(a => a.Id, ct);
        var versions = await db.RuleProfileVersions.AsNoTracking().ToListAsync(ct);
        return versions.Where(v => areas.ContainsKey(v.AreaId)).GroupBy(v => v.AreaId)
            .Select(g =>
            {
                var ordered = g.OrderBy(v => v.ValidFrom).ToList();
                return (areas[g.Key], (ordered.LastOrDefault(v => v.ValidFrom <= today) ?? ordered[0]).ToProfile());
            })
            .OrderBy(p => p.Item1.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Each <c>_id</c> occurrence as a set of ids (comma = OR).</summary>
    private static IEnumerable<IReadOnlyList<string>> Ids(FhirSearch search) =>
        search.Values("_id").Select(v => (IReadOnlyList<string>)v.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Each occurrence of the reference parameter <paramref name="name"/> as a set of <paramref name="type"/> ids.</summary>
    private static IEnumerable<IReadOnlyList<string>> References(FhirSearch search, string name, string type) =>
        search.Values(name).Select(v => FhirSearch.ReferenceIds(v.Value, type));

    /// <summary>
    /// Narrows <paramref name="query"/> once per id set: a row stays when its id is in every set (repeated parameters
    /// are AND, commas within one are OR). Ids that are not Guids match nothing.
    /// </summary>
    private static IQueryable<T> Narrow<T>(IQueryable<T> query, IEnumerable<IReadOnlyList<string>> idSets, Func<List<Guid>, Expression<Func<T, bool>>> isIn)
    {
        foreach (var ids in idSets)
        {
            query = query.Where(isIn(Guids(ids)));
        }

        return query;
    }

    private static List<Guid> Guids(IEnumerable<string> ids) =>
        ids.Select(i => Guid.TryParse(i, out var g) ? g : (Guid?)null).OfType<Guid>().ToList();

    private static string IdOf(F.ResourceReference? reference) =>
        reference?.Reference is { } r && r.LastIndexOf('/') is var slash and >= 0 ? r[(slash + 1)..] : "";
}
