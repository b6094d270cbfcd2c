namespace Narplan.Web.Features.Organisations;

/// <summary>
/// One kommun (one närområde) as the public API shows it: the id the kommun routes (<c>/api/v1/kommuner/{id}/…</c>)
/// take, the official kommun code, region and delregion, and the size of its plan (units, places, vårdcentraler).
/// </summary>
public sealed record KommunDto(
    Guid Id, string Name, string? Code, string Region, string? SubRegion, int Units, int Places, int CareCentres, string? EndedOn);

/// <summary>
/// <c>/api/v1/kommuner</c>: the kommuner of the installation, public because plans are public documents. It is where a
/// client finds the id that the place report, the figures and the crisis contact routes ask for.
/// </summary>
public static class KommunerApi
{
    public static RouteGroupBuilder MapKommunerApi(this RouteGroupBuilder api)
    {
        api.MapGet("/kommuner", ListKommunerAsync)
            .Operation("ListKommuner", "Kommuner (närområden) med id, kommunkod, region och delregion, filtrerbart på region och kommunkod, en sida i taget (limit/offset, Link-huvud)")
            .WithDescription("Sorterat på namn och id. Id:t är det som /api/v1/kommuner/{id}/… tar. X-Total-Count anger antalet kommuner som matchar.")
            .Produces<List<KommunDto>>(StatusCodes.Status200OK, "application/json")
            .AllowAnonymous();
        api.MapGet("/kommuner/{id:guid}", GetKommunAsync)
            .Operation("GetKommun", "En kommun (närområde)")
            .AllowAnonymous();
        return api;
    }

    public static async Task<Results<Ok<List<KommunDto>>, ProblemHttpResult>> ListKommunerAsync(
        HttpContext http, NarplanDbContext db, OrganisationQueries queries, string? region, string? code, string? limit, string? offset, CancellationToken ct)
    {
        var (page, error) = ApiPage.Parse(limit, offset);
        if (page is null)
        {
            return Problems.BadRequest(error!);
        }

        IQueryable<Kommun> kommuner = db.Kommuner.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(code))
        {
            var trimmed = code.Trim();
            if (trimmed.Length != 4 || !trimmed.All(char.IsAsciiDigit))
            {
                return Problems.BadRequest($"'code' är kommunkoden med fyra siffror, t.ex. 1466, inte '{code}'.");
            }

            kommuner = kommuner.Where(k => k.Code == trimmed);
        }

        if (!string.IsNullOrWhiteSpace(region))
        {
            // A few regions: compared as the pages compare names (Swedish, case-insensitive), by name or short name.
            var regions = await db.Regions.AsNoTracking().Select(r => new { r.Id, r.Name, r.ShortName }).ToListAsync(ct);
            var match = regions.FirstOrDefault(r =>
                string.Equals(r.Name, region.Trim(), StringComparison.CurrentCultureIgnoreCase)
                || string.Equals(r.ShortName, region.Trim(), StringComparison.CurrentCultureIgnoreCase));
            if (match is null)
            {
                return Problems.BadRequest($"Okänd region '{region}'.");
            }

            kommuner = kommuner.Where(k => k.RegionId == match.Id);
        }

        var total = await kommuner.CountAsync(ct);
        var rows = await kommuner.OrderBy(k => k.Name).ThenBy(k => k.Id).Skip(page.Offset).Take(page.Limit).ToListAsync(ct);
        page.Describe(http, [new("region", region), new("code", code)], total);
        return TypedResults.Ok(await DtosAsync(queries, rows, ct));
    }

    public static async Task<Results<Ok<KommunDto>, ProblemHttpResult>> GetKommunAsync(NarplanDbContext db, OrganisationQueries queries, Guid id, CancellationToken ct)
    {
        var kommun = await db.Kommuner.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, ct);
        return kommun is null
            ? Problems.NotFound("Det finns ingen kommun med det id:t.")
            : TypedResults.Ok((await DtosAsync(queries, [kommun], ct))[0]);
    }

    /// <summary>The page's kommuner with names and counts (the kommun list's own rows) plus code and end date.</summary>
    private static async Task<List<KommunDto>> DtosAsync(OrganisationQueries queries, IReadOnlyList<Kommun> kommuner, CancellationToken ct) =>
        (await queries.KommunRowsAsync(kommuner, ct)).Zip(kommuner, (row, k) => new KommunDto(
            row.Id, row.Name, k.Code, row.Region, row.SubRegion, row.Units, row.Places, row.CareCentres,
            k.EndedOn is { } ended ? LocalDatePattern.Iso.Format(ended) : null)).ToList();
}
