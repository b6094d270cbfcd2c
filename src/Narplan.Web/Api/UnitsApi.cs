using Microsoft.AspNetCore.Http.HttpResults;
using Narplan.Domain.Places;
using Narplan.Web.Features.Organisations;

namespace Narplan.Web.Api;

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
            .WithName("ListUnits")
            .WithSummary("Alla kommunala enheter, filtrerbart på kommun och typ")
            .AllowAnonymous();
        api.MapGet("/units/{id:guid}", GetUnitAsync)
            .WithName("GetUnit")
            .WithSummary("En kommunal enhet")
            .AllowAnonymous();
        return api;
    }

    public static async Task<Results<Ok<List<UnitDto>>, ProblemHttpResult>> ListUnitsAsync(
        OrganisationQueries queries, string? kommun, string? type, CancellationToken ct)
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

        if (!string.IsNullOrWhiteSpace(kommun) && !(await queries.KommunNamesAsync(ct)).Contains(kommun.Trim(), StringComparer.CurrentCultureIgnoreCase))
        {
            return Problems.BadRequest($"Okänd kommun '{kommun}'.");
        }

        var units = await queries.UnitsAsync(new UnitFilter(null, kommun, parsedType), ct);
        return TypedResults.Ok(units.Select(u => new UnitDto(u.Id, u.Name, u.Type.ToString(), u.Kommun, u.Region, u.Places, u.CareCentre, u.RegularDoctors)).ToList());
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
