using Narplan.Domain.Capacity;

namespace Narplan.Web.Features.Capacity;

/// <summary>One unit's places on a date.</summary>
public sealed record UnitPlacesFigure(Guid UnitId, string Unit, CareUnitType Type, int Places);

/// <summary>
/// One unit's places over a month: on its first and last day, and the place days (the sum over every day of the month
/// of the places in force that day) — what the follow-up's monthly place report counts.
/// </summary>
public sealed record UnitMonthPlaces(Guid UnitId, string Unit, CareUnitType Type, int PlacesFirstDay, int PlacesLastDay, int PlaceDays);

/// <summary>A kommun's capacity figures for the follow-up: per-unit month places and the notices not yet acknowledged.</summary>
public sealed record CapacityFigures(Guid KommunId, YearMonth Month, IReadOnlyList<UnitMonthPlaces> Units, int OpenNotices, int NoticesGiven);

/// <summary>
/// The figures the follow-up dashboard calls (issue 19 item 5): places are read from the units' dated history
/// (<see cref="CareUnit.PlacesOn"/>), never from today's figure, so a past month counts what was in force then.
/// Aggregates only; no patient data.
/// </summary>
public sealed class CapacityQueries(NarplanDbContext db)
{
    public async Task<IReadOnlyList<UnitPlacesFigure>> PlacesOnAsync(Guid kommunId, LocalDate date, CancellationToken ct = default)
    {
        var units = await UnitsAsync(kommunId, ct);
        return units.Select(u => new UnitPlacesFigure(u.Id, u.Name, u.Type, u.PlacesOn(date))).ToList();
    }

    public async Task<CapacityFigures> MonthAsync(Guid kommunId, YearMonth month, CancellationToken ct = default)
    {
        var units = await UnitsAsync(kommunId, ct);
        var first = month.OnDayOfMonth(1);
        var last = month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));
        var days = Enumerable.Range(0, Period.Between(first, last, PeriodUnits.Days).Days + 1).Select(first.PlusDays).ToList();
        var rows = units.Select(u => new UnitMonthPlaces(u.Id, u.Name, u.Type, u.PlacesOn(first), u.PlacesOn(last), days.Sum(u.PlacesOn))).ToList();
        var notices = await db.Set<CapacityNotice>().AsNoTracking().Where(n => n.KommunId == kommunId).ToListAsync(ct);
        var start = first.AtStartOfDayInZone(Narplan.Domain.Calendars.Stockholm.Zone).ToInstant();
        var end = last.PlusDays(1).AtStartOfDayInZone(Narplan.Domain.Calendars.Stockholm.Zone).ToInstant();
        return new CapacityFigures(
            kommunId, month, rows,
            notices.Count(n => !n.IsAcknowledged),
            notices.Count(n => n.GivenAt >= start && n.GivenAt < end));
    }

    private async Task<List<CareUnit>> UnitsAsync(Guid kommunId, CancellationToken ct) =>
        (await db.CareUnits.AsNoTracking().Include(u => u.PlacePeriods).Where(u => u.KommunId == kommunId).ToListAsync(ct))
        .OrderBy(u => u.Name, StringComparer.Create(new("sv-SE"), false)).ToList();
}
