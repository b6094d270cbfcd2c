namespace Narplan.Domain.YearPlans;

/// <summary>
/// ISO 8601 weeks without the general week-year machinery: the week of a date is the week of its Thursday, so the
/// week-year is the Thursday's year and the week number is (the Thursday's day of year − 1) / 7 + 1. Same answers as
/// <c>WeekYearRules.Iso</c> (checked in the tests), a few times faster, which matters for the national plan.
/// </summary>
public static class IsoWeek
{
    /// <summary>The Monday that starts the date's ISO week: two dates are in the same week exactly when this is equal.</summary>
    public static LocalDate MondayOf(LocalDate date) => date.PlusDays(1 - (int)date.DayOfWeek);

    /// <summary>The ISO week-year and week number (1–53) of the date.</summary>
    public static (int WeekYear, int Week) Of(LocalDate date)
    {
        var thursday = date.PlusDays(4 - (int)date.DayOfWeek);
        return (thursday.Year, (thursday.DayOfYear - 1) / 7 + 1);
    }
}
