namespace Narplan.Web.Features.Capacity;

/// <summary>A place period: the number from a date (included) until the next period starts.</summary>
public sealed record PlacesPeriodDto(string ValidFrom, int Places);

/// <summary>A unit's places on a date, its planned changes after that date and its whole dated history.</summary>
public sealed record UnitPlacesDto(Guid UnitId, string Unit, string At, int Places, IReadOnlyList<PlacesPeriodDto> Planned, IReadOnlyList<PlacesPeriodDto> History);

/// <summary>One unit's places on the asked date.</summary>
public sealed record KommunUnitPlacesDto(Guid UnitId, string Unit, string Type, int Places);

/// <summary>
/// GET /api/v1/units/{id}/places and /api/v1/kommuner/{id}/places: places from the dated history (issue 19 item 5).
/// Public like the units themselves; the notices (who told whom) stay on the signed-in pages.
/// </summary>
public static class CapacityApi
{
    public static RouteGroupBuilder MapCapacityApi(this RouteGroupBuilder api)
    {
        api.MapGet("/units/{id:guid}/places", UnitPlacesAsync)
            .Operation("GetUnitPlaces", "En enhets antal platser ett visst datum (at=ÅÅÅÅ-MM-DD, standard i dag), planerade förändringar och platshistoriken")
            .AllowAnonymous();
        api.MapGet("/kommuner/{id:guid}/places", KommunPlacesAsync)
            .Operation("GetKommunPlaces", "Antal platser per enhet i en kommun ett visst datum (at=ÅÅÅÅ-MM-DD, standard i dag), ur den daterade platshistoriken")
            .AllowAnonymous();
        return api;
    }

    public static async Task<Results<Ok<UnitPlacesDto>, ProblemHttpResult>> UnitPlacesAsync(
        NarplanDbContext db, IClock clock, Guid id, string? at, CancellationToken ct)
    {
        var (date, problem) = ApiDate.Parse(at, "at", Stockholm.Today(clock));
        if (problem is not null)
        {
            return Problems.BadRequest(problem);
        }

        var unit = await db.CareUnits.AsNoTracking().Include(u => u.PlacePeriods).SingleOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return Problems.UnknownUnit;
        }

        static PlacesPeriodDto Dto(Narplan.Domain.Places.UnitPlacesPeriod p) => new(LocalDatePattern.Iso.Format(p.ValidFrom), p.Places);
        return TypedResults.Ok(new UnitPlacesDto(
            unit.Id, unit.Name, LocalDatePattern.Iso.Format(date), unit.PlacesOn(date),
            unit.PlannedPlaces(date).Select(Dto).ToList(), unit.PlacePeriods.Select(Dto).ToList()));
    }

    public static async Task<Results<Ok<List<KommunUnitPlacesDto>>, ProblemHttpResult>> KommunPlacesAsync(
        NarplanDbContext db, CapacityQueries queries, IClock clock, Guid id, string? at, CancellationToken ct)
    {
        var (date, problem) = ApiDate.Parse(at, "at", Stockholm.Today(clock));
        if (problem is not null)
        {
            return Problems.BadRequest(problem);
        }

        if (!await db.Kommuner.AnyAsync(k => k.Id == id, ct))
        {
            return Problems.NotFound("Det finns ingen kommun med det id:t.");
        }

        var rows = await queries.PlacesOnAsync(id, date, ct);
        return TypedResults.Ok(rows.Select(r => new KommunUnitPlacesDto(r.UnitId, r.Unit, r.Type.ToString(), r.Places)).ToList());
    }
}
