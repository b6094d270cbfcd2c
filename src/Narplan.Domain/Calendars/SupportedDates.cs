namespace Narplan.Domain.Calendars;

/// <summary>
/// The one rule for which dates and instants Närplan accepts from a person, a file or another system:
/// <see cref="First"/> 1901-01-01 through <see cref="Last"/> 2199-12-31, both included, in Swedish time
/// (an instant counts by its date in Europe/Stockholm). Every parser of dates (<see cref="DateText"/>, the API's
/// query parameters, the forms, the import) refuses anything outside with <see cref="OutOfRangeMessage"/>.
/// </summary>
/// <remarks>
/// The <see cref="SwedishCalendar"/> knows the years <see cref="SwedishCalendar.MinYear"/>–<see cref="SwedishCalendar.MaxYear"/>
/// (1900–2200) and throws outside them. The rules built on it look a little back or ahead of the date they are asked
/// about — the on-call period that began the working day before, the next working day after a holiday, the rounds
/// of a two-year range, a year plan that reaches into January — so the accepted range keeps one whole year inside the
/// calendar at each end. Decision 0035.
/// </remarks>
public static class SupportedDates
{
    /// <summary>The earliest date accepted, 1901-01-01.</summary>
    public static LocalDate First { get; } = new(SwedishCalendar.MinYear + 1, 1, 1);

    /// <summary>The latest date accepted, 2199-12-31.</summary>
    public static LocalDate Last { get; } = new(SwedishCalendar.MaxYear - 1, 12, 31);

    /// <summary>Midnight at the start of <see cref="First"/> in Stockholm: the earliest instant accepted.</summary>
    public static Instant FirstInstant { get; } = First.AtStartOfDayInZone(Stockholm.Zone).ToInstant();

    /// <summary>Midnight after <see cref="Last"/> in Stockholm: the first instant no longer accepted.</summary>
    public static Instant EndInstant { get; } = Last.PlusDays(1).AtStartOfDayInZone(Stockholm.Zone).ToInstant();

    /// <summary>"Datum och tider måste ligga mellan 1901-01-01 och 2199-12-31."</summary>
    public static string OutOfRangeMessage { get; } =
        $"Datum och tider måste ligga mellan {LocalDatePattern.Iso.Format(First)} och {LocalDatePattern.Iso.Format(Last)}.";

    /// <summary>True when the date (in any calendar system; compared as ISO) is within <see cref="First"/>–<see cref="Last"/>.</summary>
    public static bool Contains(LocalDate date)
    {
        var iso = date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
        return iso >= First && iso <= Last;
    }

    /// <summary>True when the local date and time falls on a date within the range.</summary>
    public static bool Contains(LocalDateTime time) => Contains(time.Date);

    /// <summary>True when the instant falls on a Swedish date within the range.</summary>
    public static bool Contains(Instant instant) => instant >= FirstInstant && instant < EndInstant;

    /// <summary>True when every day of the year is within the range (1901–2199).</summary>
    public static bool ContainsYear(int year) => year >= First.Year && year <= Last.Year;

    /// <summary>"Året måste vara mellan 1901 och 2199."</summary>
    public static string YearOutOfRangeMessage { get; } = $"Året måste vara mellan {First.Year} och {Last.Year}.";
}
