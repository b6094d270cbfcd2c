namespace Narplan.Domain.Calendars;

/// <summary>
/// The small named pieces the Swedish holidays are built from (DOMAIN.md §5), in the style of
/// NodaTime's <see cref="DateAdjusters"/>: the Easter computus, a few date adjusters and, from them,
/// one method per movable holiday. Every method that takes a year accepts
/// <see cref="MinYear"/>–<see cref="MaxYear"/> and throws <see cref="ArgumentOutOfRangeException"/> otherwise.
/// All dates are in the ISO calendar.
/// </summary>
public static class SwedishHolidayAdjusters
{
    /// <summary>The first year the Swedish calendar supports.</summary>
    public const int MinYear = 1900;

    /// <summary>The last year the Swedish calendar supports.</summary>
    public const int MaxYear = 2200;

    /// <summary>Days from påskdagen to Kristi himmelsfärdsdag (the sixth Thursday after Easter).</summary>
    public const int KristiHimmelsfardsdagDaysAfterEaster = 39;

    /// <summary>Days from påskdagen to pingstdagen (the seventh Sunday after Easter).</summary>
    public const int PingstdagenDaysAfterEaster = 49;

    private static readonly Func<LocalDate, LocalDate> NextOrSameSaturday = DateAdjusters.NextOrSame(IsoDayOfWeek.Saturday);

    /// <summary>
    /// Påskdagen, Easter Sunday in the Gregorian calendar, by the Anonymous Gregorian algorithm
    /// (Meeus–Jones–Butcher). Always a Sunday between 22 March and 25 April.
    /// </summary>
    public static LocalDate EasterSunday(int year)
    {
        CheckYear(year);
        var a = year % 19;          // position in the 19-year Metonic cycle
        var b = year / 100;         // century
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;    // lunar (Metonic) correction
        var h = ((19 * a) + b - d - g + 15) % 30; // epact: days from 21 March to the paschal full moon, roughly
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7; // days from the full moon to the following Sunday
        var m = (a + (11 * h) + (22 * l)) / 451;
        var n = h + l - (7 * m) + 114;
        return new LocalDate(year, n / 31, (n % 31) + 1);
    }

    /// <summary>The given weekday on or after the date (the date itself when it already is that weekday).</summary>
    public static Func<LocalDate, LocalDate> NextOrSame(IsoDayOfWeek dayOfWeek) => DateAdjusters.NextOrSame(dayOfWeek);

    /// <summary>The date the given number of days later (earlier when negative).</summary>
    public static Func<LocalDate, LocalDate> DaysAfter(int days) => date => date.PlusDays(days);

    /// <summary>The day before: how an afton relates to its dag.</summary>
    public static Func<LocalDate, LocalDate> DayBefore { get; } = date => date.PlusDays(-1);

    /// <summary>The day after: how an annandag relates to its dag.</summary>
    public static Func<LocalDate, LocalDate> DayAfter { get; } = date => date.PlusDays(1);

    /// <summary>Långfredagen: the Friday before påskdagen.</summary>
    public static LocalDate Langfredagen(int year) => EasterSunday(year).With(DaysAfter(-2));

    /// <summary>Annandag påsk: the Monday after påskdagen.</summary>
    public static LocalDate AnnandagPask(int year) => EasterSunday(year).With(DayAfter);

    /// <summary>Kristi himmelsfärdsdag: the Thursday 39 days after påskdagen.</summary>
    public static LocalDate KristiHimmelsfardsdag(int year) =>
        EasterSunday(year).With(DaysAfter(KristiHimmelsfardsdagDaysAfterEaster));

    /// <summary>Pingstdagen: the Sunday 49 days after påskdagen.</summary>
    public static LocalDate Pingstdagen(int year) => EasterSunday(year).With(DaysAfter(PingstdagenDaysAfterEaster));

    /// <summary>Annandag pingst: the Monday after pingstdagen (a helgdag only up to and including 2004).</summary>
    public static LocalDate AnnandagPingst(int year) => Pingstdagen(year).With(DayAfter);

    /// <summary>Midsommardagen: the Saturday on or after 20 June, so 20–26 June.</summary>
    public static LocalDate Midsommardagen(int year)
    {
        CheckYear(year);
        return new LocalDate(year, 6, 20).With(NextOrSameSaturday);
    }

    /// <summary>Midsommarafton: the day before midsommardagen, so the Friday 19–25 June.</summary>
    public static LocalDate Midsommarafton(int year) => Midsommardagen(year).With(DayBefore);

    /// <summary>Alla helgons dag: the Saturday on or after 31 October, so 31 October–6 November.</summary>
    public static LocalDate AllaHelgonsDag(int year)
    {
        CheckYear(year);
        return new LocalDate(year, 10, 31).With(NextOrSameSaturday);
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="year"/> is within <see cref="MinYear"/>–<see cref="MaxYear"/>.</summary>
    internal static void CheckYear(int year, string paramName = "year")
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(
                paramName, year, $"The Swedish calendar supports the years {MinYear}–{MaxYear}.");
        }
    }
}
