namespace Narplan.Domain.YearPlans;

/// <summary>
/// An ordinary vacation period of a närområde (a setting, DOMAIN.md §6) that recurs every year: no annual review is
/// planned in it. Both ends are included.
/// </summary>
public abstract record VacationPeriod
{
    /// <summary>ISO weeks <paramref name="first"/>–<paramref name="last"/> of every week-year, e.g. weeks 26–32.</summary>
    public static VacationPeriod IsoWeeks(int first, int last) => new IsoWeekRange(first, last);

    /// <summary>
    /// The same dates every year, e.g. 23 December–6 January (a range that passes New Year wraps). 29 February is
    /// inside a range that contains both 28 February and 1 March.
    /// </summary>
    public static VacationPeriod Dates(AnnualDate from, AnnualDate to) => new AnnualDateRange(from, to);

    public abstract bool Contains(LocalDate date);

    /// <summary>Swedish text for the UI, e.g. "vecka 26–32" or "23/12–6/1".</summary>
    public abstract string Describe();
}

public sealed record IsoWeekRange(int First, int Last) : VacationPeriod
{
    public override bool Contains(LocalDate date)
    {
        var week = IsoWeek.Of(date).Week;
        return First <= Last ? week >= First && week <= Last : week >= First || week <= Last;
    }

    public override string Describe() => $"vecka {First}–{Last}";
}

public sealed record AnnualDateRange(AnnualDate From, AnnualDate To) : VacationPeriod
{
    public override bool Contains(LocalDate date)
    {
        var key = Key(date.Month, date.Day);
        var (from, to) = (Key(From.Month, From.Day), Key(To.Month, To.Day));
        return from <= to ? key >= from && key <= to : key >= from || key <= to;
    }

    public override string Describe() => $"{From.Day}/{From.Month}–{To.Day}/{To.Month}";

    private static int Key(int month, int day) => month * 100 + day;
}
