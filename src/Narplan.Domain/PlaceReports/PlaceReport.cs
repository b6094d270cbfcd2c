namespace Narplan.Domain.PlaceReports;

/// <summary>One unit's places on the month's last day.</summary>
public sealed record PlaceReportUnit(Guid UnitId, string Unit, CareUnitType Type, int Places);

/// <summary>The units a vårdcentral answered for on the month's last day, with their sum.</summary>
public sealed record PlaceReportCentre(Guid? CareCentreId, string CareCentre, IReadOnlyList<PlaceReportUnit> Units)
{
    public int Places => Units.Sum(u => u.Places);
}

/// <summary>
/// A kommun's places on the last day of a month, per responsible vårdcentral and unit (DOMAIN.md §10; decision 0083).
/// Only the units that count places — särskilt boende, LSS bostad and korttidsboende — that existed on that day.
/// </summary>
public sealed record PlaceReport(Guid KommunId, string Kommun, YearMonth Month, IReadOnlyList<PlaceReportCentre> Centres)
{
    public LocalDate CountedOn => PlaceReportMonth.CountedOn(Month);

    public int Places => Centres.Sum(c => c.Places);

    /// <summary>The name used for units without a responsible vårdcentral on the day counted.</summary>
    public const string NoCareCentre = "Ingen ansvarig vårdcentral";

    /// <summary>
    /// Counts the report from the units' dated history (<see cref="CareUnit.PlacesOn"/>) and läkaransvar
    /// (<see cref="CareUnit.ResponsibilityOn"/>) on the month's last day; the same data gives the same report whenever
    /// it is run. Vårdcentraler and units in Swedish alphabetical order; units without a vårdcentral last.
    /// </summary>
    public static PlaceReport Count(Guid kommunId, string kommun, YearMonth month, IEnumerable<CareUnit> units, IReadOnlyDictionary<Guid, string> careCentreNames)
    {
        var day = PlaceReportMonth.CountedOn(month);
        var sv = StringComparer.Create(new("sv-SE"), false);
        var counted = units
            .Where(u => u.KommunId == kommunId && u.Type.CountsPlaces() && (u.EndedOn is null || u.EndedOn > day))
            .Select(u => (Centre: u.ResponsibilityOn(day)?.CareCentreId, Row: new PlaceReportUnit(u.Id, u.Name, u.Type, u.PlacesOn(day))))
            .ToList();
        var centres = counted
            .GroupBy(c => c.Centre)
            .Select(g => new PlaceReportCentre(
                g.Key,
                g.Key is { } id ? careCentreNames.GetValueOrDefault(id, "Okänd vårdcentral") : NoCareCentre,
                g.Select(x => x.Row).OrderBy(r => r.Unit, sv).ToList()))
            .OrderBy(c => c.CareCentreId is null)
            .ThenBy(c => c.CareCentre, sv)
            .ToList();
        return new PlaceReport(kommunId, kommun, month, centres);
    }
}
