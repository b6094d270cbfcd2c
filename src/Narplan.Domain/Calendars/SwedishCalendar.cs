using System.Collections.ObjectModel;
using static Narplan.Domain.Calendars.SwedishHolidayNames;

namespace Narplan.Domain.Calendars;

/// <summary>
/// The Swedish calendar of DOMAIN.md §5: allmänna helgdagar, the eves the VGR rule counts as holidays
/// (midsommarafton, julafton, nyårsafton) and working days (vardagar).
/// </summary>
/// <remarks>
/// <para>
/// Rules: the helgdagar of lag (1989:253) om allmänna helgdagar plus every Sunday. The law's history is followed
/// where it matters for recent years: <see cref="SwedishHolidayNames.SverigesNationaldag"/> (6 June) is a helgdag
/// from <see cref="NationaldagenFirstYear"/>, and <see cref="SwedishHolidayNames.AnnandagPingst"/> is one up to and
/// including <see cref="AnnandagPingstLastYear"/>. Older changes are not modelled: the rules in force since 1953
/// (midsommardagen and alla helgons dag on Saturdays; no Marie bebådelsedag) are used for 1900–1952 too.
/// </para>
/// <para>
/// Supports the years <see cref="MinYear"/>–<see cref="MaxYear"/>; any date outside them throws
/// <see cref="ArgumentOutOfRangeException"/> (also when a next working day would fall after <see cref="MaxYear"/>).
/// Dates in another calendar system are converted to ISO first.
/// </para>
/// <para>
/// Stateless and thread-safe: each year is computed once, on first use, into a shared per-year table,
/// so the day questions (<see cref="IsWorkingDay"/> and friends) are an array lookup and allocate nothing.
/// </para>
/// </remarks>
public sealed class SwedishCalendar
{
    /// <summary>The first supported year.</summary>
    public const int MinYear = SwedishHolidayAdjusters.MinYear;

    /// <summary>The last supported year.</summary>
    public const int MaxYear = SwedishHolidayAdjusters.MaxYear;

    /// <summary>The first year Sveriges nationaldag (6 June) is an allmän helgdag.</summary>
    public const int NationaldagenFirstYear = 2005;

    /// <summary>The last year annandag pingst is an allmän helgdag (it gave way to nationaldagen).</summary>
    public const int AnnandagPingstLastYear = 2004;

    // Per day-of-year flags. A day with no flag is a working day.
    private const byte Sunday = 1;
    private const byte Saturday = 2;
    private const byte NamedHelgdag = 4;
    private const byte NamedAftonhelg = 8;
    private const byte PublicHoliday = Sunday | NamedHelgdag;

    private static readonly YearTable?[] Years = new YearTable?[MaxYear - MinYear + 1];

    /// <summary>The shared instance; every instance behaves the same.</summary>
    public static SwedishCalendar Instance { get; } = new();

    /// <summary>
    /// The named holidays of the year, ordered by date: the allmänna helgdagar and the three eves, but not plain Sundays
    /// (a named holiday is listed even when it falls on a Sunday). Always 16 entries. When two holidays fall on the same
    /// date (Kristi himmelsfärdsdag on första maj, as in 2008; pingstdagen on nationaldagen, as in 2049) both are listed.
    /// </summary>
    public IReadOnlyList<Holiday> HolidaysIn(int year) => TableFor(year).Holidays;

    /// <summary>
    /// The named holiday (helgdag or aftonhelg) on the date, or null; a plain Sunday gives null. When two holidays
    /// coincide, the one listed first by <see cref="HolidaysIn"/> (see there).
    /// </summary>
    public Holiday? HolidayOn(LocalDate date)
    {
        date = Iso(date);
        var table = TableFor(date.Year);
        if ((table.Flags[date.DayOfYear] & (NamedHelgdag | NamedAftonhelg)) == 0)
        {
            return null;
        }

        foreach (var holiday in table.Holidays)
        {
            if (holiday.Date == date)
            {
                return holiday;
            }
        }

        return null;
    }

    /// <summary>Whether the date is an allmän helgdag: a named <see cref="HolidayKind.Helgdag"/> or any Sunday.</summary>
    public bool IsPublicHoliday(LocalDate date) => (FlagsOf(date) & PublicHoliday) != 0;

    /// <summary>
    /// Whether the date is an eve the VGR rule counts as a holiday (midsommarafton, julafton, nyårsafton).
    /// Påskafton and pingstafton are Saturdays and so never working days anyway; they are not listed.
    /// </summary>
    public bool IsEveCountedAsHoliday(LocalDate date) => (FlagsOf(date) & NamedAftonhelg) != 0;

    /// <summary>Whether the date is a vardag: Monday–Friday, neither an allmän helgdag nor an eve counted as one.</summary>
    public bool IsWorkingDay(LocalDate date) => FlagsOf(date) == 0;

    /// <summary>The first working day strictly after the date.</summary>
    public LocalDate NextWorkingDay(LocalDate date) => NextWorkingDayOnOrAfter(Iso(date).PlusDays(1));

    /// <summary>The date itself when it is a working day, otherwise the first working day after it.</summary>
    public LocalDate NextWorkingDayOnOrAfter(LocalDate date)
    {
        date = Iso(date);
        while (!IsWorkingDay(date))
        {
            date = date.PlusDays(1);
        }

        return date;
    }

    /// <summary>
    /// A name for the day for the UI: the holiday's name (see <see cref="HolidayOn"/>), otherwise
    /// "Söndag" or "Lördag" on a weekend, otherwise null for an ordinary weekday.
    /// </summary>
    public string? DayName(LocalDate date)
    {
        date = Iso(date);
        var flags = TableFor(date.Year).Flags[date.DayOfYear];
        if ((flags & (NamedHelgdag | NamedAftonhelg)) != 0)
        {
            return HolidayOn(date)!.Name;
        }

        return (flags & Sunday) != 0 ? Sondag
            : (flags & Saturday) != 0 ? Lordag
            : null;
    }

    private static LocalDate Iso(LocalDate date) =>
        ReferenceEquals(date.Calendar, CalendarSystem.Iso) ? date : date.WithCalendar(CalendarSystem.Iso);

    private static byte FlagsOf(LocalDate date)
    {
        date = Iso(date);
        return TableFor(date.Year).Flags[date.DayOfYear];
    }

    private static YearTable TableFor(int year)
    {
        SwedishHolidayAdjusters.CheckYear(year);
        ref var slot = ref Years[year - MinYear];
        var table = Volatile.Read(ref slot);
        if (table is not null)
        {
            return table;
        }

        // Two threads may both build a year; the tables are equal, and the first one stored wins.
        table = YearTable.Build(year);
        return Interlocked.CompareExchange(ref slot, table, null) ?? table;
    }

    /// <summary>The named holidays of the year, in the order of the law, before sorting by date.</summary>
    private static IEnumerable<Holiday> NamedHolidays(int year)
    {
        const HolidayKind helgdag = HolidayKind.Helgdag;
        const HolidayKind afton = HolidayKind.Aftonhelg;

        yield return new(new LocalDate(year, 1, 1), Nyarsdagen, helgdag);
        yield return new(new LocalDate(year, 1, 6), TrettondedagJul, helgdag);
        yield return new(SwedishHolidayAdjusters.Langfredagen(year), Langfredagen, helgdag);
        yield return new(SwedishHolidayAdjusters.EasterSunday(year), Paskdagen, helgdag);
        yield return new(SwedishHolidayAdjusters.AnnandagPask(year), AnnandagPask, helgdag);
        yield return new(SwedishHolidayAdjusters.KristiHimmelsfardsdag(year), KristiHimmelsfardsdag, helgdag);
        yield return new(new LocalDate(year, 5, 1), ForstaMaj, helgdag);
        if (year >= NationaldagenFirstYear)
        {
            yield return new(new LocalDate(year, 6, 6), SverigesNationaldag, helgdag);
        }

        yield return new(SwedishHolidayAdjusters.Pingstdagen(year), Pingstdagen, helgdag);
        if (year <= AnnandagPingstLastYear)
        {
            yield return new(SwedishHolidayAdjusters.AnnandagPingst(year), AnnandagPingst, helgdag);
        }

        yield return new(SwedishHolidayAdjusters.Midsommarafton(year), Midsommarafton, afton);
        yield return new(SwedishHolidayAdjusters.Midsommardagen(year), Midsommardagen, helgdag);
        yield return new(SwedishHolidayAdjusters.AllaHelgonsDag(year), AllaHelgonsDag, helgdag);
        yield return new(new LocalDate(year, 12, 24), Julafton, afton);
        yield return new(new LocalDate(year, 12, 25), Juldagen, helgdag);
        yield return new(new LocalDate(year, 12, 26), AnnandagJul, helgdag);
        yield return new(new LocalDate(year, 12, 31), Nyarsafton, afton);
    }

    /// <summary>One year, computed once: its holidays and a flag byte per day of year (index 1–366).</summary>
    private sealed class YearTable
    {
        private YearTable(ReadOnlyCollection<Holiday> holidays, byte[] flags)
        {
            Holidays = holidays;
            Flags = flags;
        }

        public ReadOnlyCollection<Holiday> Holidays { get; }

        public byte[] Flags { get; }

        public static YearTable Build(int year)
        {
            // OrderBy is stable: coinciding holidays keep the law's order.
            var holidays = NamedHolidays(year).OrderBy(h => h.Date).ToArray();
            var flags = new byte[CalendarSystem.Iso.GetDaysInYear(year) + 1];
            for (var date = new LocalDate(year, 1, 1); date.Year == year; date = date.PlusDays(1))
            {
                flags[date.DayOfYear] = date.DayOfWeek switch
                {
                    IsoDayOfWeek.Sunday => Sunday,
                    IsoDayOfWeek.Saturday => Saturday,
                    _ => 0,
                };
            }

            foreach (var holiday in holidays)
            {
                flags[holiday.Date.DayOfYear] |= holiday.Kind == HolidayKind.Helgdag ? NamedHelgdag : NamedAftonhelg;
            }

            return new YearTable(Array.AsReadOnly(holidays), flags);
        }
    }
}
