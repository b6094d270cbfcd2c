namespace Narplan.Web.Features.OnCall;

/// <summary>One stretch of one local day: who answers from <see cref="From"/> to <see cref="Until"/> ("24:00" at midnight).</summary>
public sealed record DaySlice(string From, string Until, OnCallAnswer Answer);

/// <summary>A local day with its holiday name (if any) and who answers through it.</summary>
public sealed record OnCallDay(LocalDate Date, string DayLabel, string? HolidayName, bool IsWorkingDay, IReadOnlyList<DaySlice> Slices);

/// <summary>Cuts a timeline of answers into local days for the week view and the printed card.</summary>
public static class OnCallDays
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>The instant a local day starts in Stockholm (the zone's start of day, correct on DST dates).</summary>
    public static Instant StartOf(LocalDate date) => date.AtStartOfDayInZone(Stockholm.Zone).ToInstant();

    public static IReadOnlyList<OnCallDay> Split(IReadOnlyList<OnCallAnswer> periods, LocalDate first, int days)
    {
        var calendar = SwedishCalendar.Instance;
        var result = new List<OnCallDay>(days);
        for (var i = 0; i < days; i++)
        {
            var date = first.PlusDays(i);
            var (start, end) = (StartOf(date), StartOf(date.PlusDays(1)));
            var slices = periods
                .Where(p => p.From < end && p.Until > start)
                .Select(p => new DaySlice(Clock(p.From < start ? start : p.From), p.Until >= end ? "24.00" : Clock(p.Until), p))
                .ToList();
            result.Add(new OnCallDay(
                date, date.ToString("dddd d MMMM", Swedish), calendar.HolidayOn(date)?.Name, calendar.IsWorkingDay(date), slices));
        }

        return result;
    }

    /// <summary>The Monday of the ISO week containing the date.</summary>
    public static LocalDate MondayOf(LocalDate date) => date.PlusDays(1 - (int)date.DayOfWeek);

    private static string Clock(Instant instant) => Narplan.Web.Infrastructure.ClockText.Time(instant);
}
