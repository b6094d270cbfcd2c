namespace Narplan.Web.Features.Organisations;

/// <summary>
/// One unit as the public API shows it (plan data, as in Bilaga 1; no patient data): the responsible vårdcentral today and
/// its one or two fasta läkarkontakter in call order (first, then second).
/// </summary>
public sealed record UnitDto(Guid Id, string Name, string Type, string Kommun, string Region, int Places, string? CareCentre, IReadOnlyList<string> RegularDoctors);

/// <summary><c>/api/v1/units</c>: the kommunal units of all närområden, public because plans are public documents.</summary>
public static class UnitsApi
{
    public static RouteGroupBuilder MapUnitsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/units", ListUnitsAsync)
            .Operation("ListUnits", "Kommunala enheter, filtrerbart på kommun och typ, en sida i taget (limit/offset, Link-huvud)")
            .WithPagingDescription("kommun, namn och id", "enheter som matchar")
            .Produces<List<UnitDto>>(StatusCodes.Status200OK, "application/json")
            .AllowAnonymous();
        api.MapGet("/units/{id:guid}", GetUnitAsync)
            .Operation("GetUnit", "En kommunal enhet")
            .AllowAnonymous();
        return api;
    }

    /// <summary>One answered page: the JSON body and the number of units that match (null body: the kommun is unknown).</summary>
    private sealed record UnitsPage(byte[]? Json, int Total);

    /// <summary>
    /// The units of one page, filtered, counted and paged in the database (issue 23 item 2). The serialised page and its
    /// count are kept in <see cref="ApiResponseCache"/> keyed by the change counter and today's date (decision 0098): the
    /// list changes only when something is saved (on PostgreSQL also on another instance), so a poller asking again costs
    /// a lookup instead of counting and sorting 4,000 units. The <c>Link</c> header is made per request (it names the host
    /// the client asked).
    /// </summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ListUnitsAsync(
        HttpContext http, NarplanDbContext db, IClock clock, ApiResponseCache responses, IOptions<JsonOptions> json,
        string? kommun, string? type, string? limit, string? offset, CancellationToken ct)
    {
        CareUnitType? parsedType = null;
        if (!string.IsNullOrWhiteSpace(type))
        {
            parsedType = CareUnitTypeNames.Parse(type);
            if (parsedType is null)
            {
                return Problems.BadRequest($"Okänd enhetstyp '{type}'. Giltiga typer: {string.Join(", ", Enum.GetNames<CareUnitType>())}.");
            }
        }

        var (page, error) = ApiPage.Parse(limit, offset);
        if (page is null)
        {
            return Problems.BadRequest(error!);
        }

        var today = Stockholm.Today(clock);
        var kommunName = string.IsNullOrWhiteSpace(kommun) ? null : kommun.Trim();
        object? key = responses.Generation is { } generation ? (nameof(ListUnitsAsync), generation, today, kommunName, parsedType, page.Limit, page.Offset) : null;
        var answer = await responses.GetOrAddAsync(key, () => ReadPageAsync(db, today, kommunName, parsedType, page, json.Value.SerializerOptions, ct),
            a => (a.Json?.Length ?? 0) + 64);
        if (answer.Json is null)
        {
            return Problems.BadRequest($"Okänd kommun '{kommun}'.");
        }

        page.Describe(http, [new("kommun", kommun), new("type", type)], answer.Total);
        return TypedResults.Bytes(answer.Json, "application/json; charset=utf-8");
    }

    /// <summary>Counts the matching units and reads the page's units, their responsibilities and the names those need.</summary>
    private static async Task<UnitsPage> ReadPageAsync(
        NarplanDbContext db, LocalDate today, string? kommun, CareUnitType? type, ApiPage page, JsonSerializerOptions json, CancellationToken ct)
    {
        IQueryable<CareUnit> units = db.CareUnits.AsNoTracking();
        if (kommun is not null)
        {
            // Kommun names compare as the pages compare them (Swedish, case-insensitive); there are a few hundred.
            var kommuner = await db.Kommuner.AsNoTracking().Select(k => new { k.Id, k.Name }).ToListAsync(ct);
            var match = kommuner.FirstOrDefault(k => string.Equals(k.Name, kommun, StringComparison.CurrentCultureIgnoreCase));
            if (match is null)
            {
                return new UnitsPage(null, 0);
            }

            units = units.Where(u => u.KommunId == match.Id);
        }

        if (type is { } t)
        {
            units = units.Where(u => u.Type == t);
        }

        var total = await units.CountAsync(ct);
        var rows = await (
            from u in units
            join k in db.Kommuner on u.KommunId equals k.Id
            join r in db.Regions on k.RegionId equals r.Id
            orderby k.Name, u.Name, u.Id
            select new { u.Id, Kommun = k.Name, Region = r.Name })
            .Skip(page.Offset).Take(page.Limit).ToListAsync(ct);

        var ids = rows.Select(r => r.Id).ToList();
        var loaded = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var current = loaded.Values.Select(u => u.ResponsibilityOn(today)).OfType<Domain.Responsibility.UnitResponsibility>().ToList();
        var centreIds = current.Select(r => r.CareCentreId).Distinct().ToList();
        var doctorIds = current.SelectMany(r => r.RegularDoctorIds).Distinct().ToList();
        var centres = await db.RegionalUnits.AsNoTracking().Where(c => centreIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var doctors = await db.People.AsNoTracking().Where(p => doctorIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);

        var dtos = rows.Where(r => loaded.ContainsKey(r.Id)).Select(r =>
        {
            var unit = loaded[r.Id];
            var responsibility = unit.ResponsibilityOn(today);
            return new UnitDto(unit.Id, unit.Name, unit.Type.ToString(), r.Kommun, r.Region, unit.Places,
                responsibility is null ? null : centres.GetValueOrDefault(responsibility.CareCentreId),
                responsibility?.RegularDoctorIds.Select(d => doctors.GetValueOrDefault(d)).OfType<string>().ToList() ?? []);
        }).ToList();
        return new UnitsPage(JsonSerializer.SerializeToUtf8Bytes(dtos, json), total);
    }

    public static async Task<Results<Ok<UnitDto>, ProblemHttpResult>> GetUnitAsync(OrganisationQueries queries, Guid id, CancellationToken ct)
    {
        var detail = await queries.UnitAsync(id, ct);
        return detail is null
            ? Problems.UnknownUnit
            : TypedResults.Ok(new UnitDto(detail.Unit.Id, detail.Unit.Name, detail.Unit.Type.ToString(), detail.Kommun, detail.Region, detail.Unit.Places,
                detail.Current?.CareCentre, detail.Current?.RegularDoctors ?? []));
    }
}
