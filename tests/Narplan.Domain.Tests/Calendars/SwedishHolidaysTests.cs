using Narplan.Domain.Calendars;
using NodaTime;

namespace Narplan.Domain.Tests.Calendars;

public class SwedishHolidaysTests
{
    private static readonly SwedishCalendar Calendar = SwedishCalendar.Instance;

    [Fact]
    public void HolidaysIn2026ShouldBeTheThirteenHelgdagarAndThreeEvesInDateOrder()
    {
        var expected = new[]
        {
            new Holiday(1.January(2026), "Nyårsdagen", HolidayKind.Helgdag),
            new Holiday(6.January(2026), "Trettondedag jul", HolidayKind.Helgdag),
            new Holiday(3.April(2026), "Långfredagen", HolidayKind.Helgdag),
            new Holiday(5.April(2026), "Påskdagen", HolidayKind.Helgdag),
            new Holiday(6.April(2026), "Annandag påsk", HolidayKind.Helgdag),
            new Holiday(1.May(2026), "Första maj", HolidayKind.Helgdag),
            new Holiday(14.May(2026), "Kristi himmelsfärdsdag", HolidayKind.Helgdag),
            new Holiday(24.May(2026), "Pingstdagen", HolidayKind.Helgdag),
            new Holiday(6.June(2026), "Sveriges nationaldag", HolidayKind.Helgdag),
            new Holiday(19.June(2026), "Midsommarafton", HolidayKind.Aftonhelg),
            new Holiday(20.June(2026), "Midsommardagen", HolidayKind.Helgdag),
            new Holiday(31.October(2026), "Alla helgons dag", HolidayKind.Helgdag),
            new Holiday(24.December(2026), "Julafton", HolidayKind.Aftonhelg),
            new Holiday(25.December(2026), "Juldagen", HolidayKind.Helgdag),
            new Holiday(26.December(2026), "Annandag jul", HolidayKind.Helgdag),
            new Holiday(31.December(2026), "Nyårsafton", HolidayKind.Aftonhelg),
        };

        Assert.Equal(expected, Calendar.HolidaysIn(2026));
    }

    [Fact]
    public void HolidaysIn2027ShouldListPaskAndPingstAlthoughTheyAreSundays()
    {
        var holidays = Calendar.HolidaysIn(2027);

        Assert.Contains(new Holiday(28.March(2027), "Påskdagen", HolidayKind.Helgdag), holidays);
        Assert.Contains(new Holiday(16.May(2027), "Pingstdagen", HolidayKind.Helgdag), holidays);
        Assert.Equal(16, holidays.Count);
    }

    [Fact]
    public void ShouldListAFixedHolidayOnASundayButNotAPlainSunday()
    {
        var holidays = Calendar.HolidaysIn(2022);

        Assert.DoesNotContain(holidays, h => h.Date == 27.March(2022)); // an ordinary Sunday
        Assert.Contains(new Holiday(25.December(2022), "Juldagen", HolidayKind.Helgdag), holidays); // a Sunday
    }

    /// <summary>Each row: what the date is, the date, and the holiday expected on it (null: none).</summary>
    public static TheoryData<string, LocalDate, string?> NamedDates => new()
    {
        { "Kristi himmelsfärdsdag 2026 is Easter + 39", 14.May(2026), "Kristi himmelsfärdsdag" },
        { "Pingstdagen 2026 is Easter + 49", 24.May(2026), "Pingstdagen" },
        { "Midsommarafton 2026 is the Friday 19 June", 19.June(2026), "Midsommarafton" },
        { "Midsommardagen 2026 is the Saturday 20 June", 20.June(2026), "Midsommardagen" },
        { "Alla helgons dag 2026 is the Saturday 31 October", 31.October(2026), "Alla helgons dag" },
        { "Alla helgons dag 2025 is the Saturday 1 November", 1.November(2025), "Alla helgons dag" },
        { "Midsommarafton 2025 is the Friday 20 June", 20.June(2025), "Midsommarafton" },
        { "Påskafton is not a named holiday", 4.April(2026), null },
        { "Annandag pingst 2026 is no longer a holiday", 25.May(2026), null },
        { "Annandag pingst 2004 still was a holiday", 31.May(2004), "Annandag pingst" },
        { "Nationaldagen 2003 was not yet a holiday", 6.June(2003), null },
        { "Nationaldagen 2005 was the first as a holiday", 6.June(2005), "Sveriges nationaldag" },
        { "A plain Sunday is not a named holiday", 29.March(2026), null },
        { "Kristi himmelsfärdsdag 2008 coincides with första maj; the movable feast is named first", 1.May(2008), "Kristi himmelsfärdsdag" },
        { "Pingstdagen 2049 coincides with nationaldagen; nationaldagen is named first", 6.June(2049), "Sveriges nationaldag" },
    };

    [Theory]
    [MemberData(nameof(NamedDates))]
    public void ShouldNameTheHolidayOnANamedDate(string description, LocalDate date, string? expectedName)
    {
        Assert.True(Calendar.HolidayOn(date)?.Name == expectedName, $"{description}: got {Calendar.HolidayOn(date)?.Name ?? "null"}");
    }

    [Fact]
    public void UpTo2004AnnandagPingstShouldBeAHolidayAndNationaldagenNot()
    {
        var names = Calendar.HolidaysIn(2004).Select(h => h.Name).ToList();

        Assert.Contains("Annandag pingst", names);
        Assert.DoesNotContain("Sveriges nationaldag", names);
        Assert.Equal(16, names.Count);
    }

    [Fact]
    public void From2005NationaldagenShouldBeAHolidayAndAnnandagPingstNot()
    {
        var names = Calendar.HolidaysIn(2005).Select(h => h.Name).ToList();

        Assert.Contains("Sveriges nationaldag", names);
        Assert.DoesNotContain("Annandag pingst", names);
        Assert.True(Calendar.IsWorkingDay(16.May(2005)), "the former annandag pingst 2005 is a working day");
        Assert.False(Calendar.IsWorkingDay(6.June(2005)), "nationaldagen 2005, a Monday");
    }

    [Fact]
    public void CoincidingHolidaysShouldBothBeListed()
    {
        var onFirstOfMay = Calendar.HolidaysIn(2008).Where(h => h.Date == 1.May(2008)).Select(h => h.Name);

        Assert.Equal(["Kristi himmelsfärdsdag", "Första maj"], onFirstOfMay);
        Assert.Equal(16, Calendar.HolidaysIn(2008).Count);
    }

    [Fact]
    public void TheThreeEvesShouldBeAftonhelgAndTheRestHelgdag()
    {
        var eves = Calendar.HolidaysIn(2026).Where(h => h.Kind == HolidayKind.Aftonhelg).Select(h => h.Name);

        Assert.Equal(["Midsommarafton", "Julafton", "Nyårsafton"], eves);
    }

    [Fact]
    public void NamedAdjustersShouldGiveThe2026Dates()
    {
        Assert.Equal(3.April(2026), SwedishHolidayAdjusters.Langfredagen(2026));
        Assert.Equal(6.April(2026), SwedishHolidayAdjusters.AnnandagPask(2026));
        Assert.Equal(14.May(2026), SwedishHolidayAdjusters.KristiHimmelsfardsdag(2026));
        Assert.Equal(24.May(2026), SwedishHolidayAdjusters.Pingstdagen(2026));
        Assert.Equal(25.May(2026), SwedishHolidayAdjusters.AnnandagPingst(2026));
        Assert.Equal(19.June(2026), SwedishHolidayAdjusters.Midsommarafton(2026));
        Assert.Equal(20.June(2026), SwedishHolidayAdjusters.Midsommardagen(2026));
        Assert.Equal(31.October(2026), SwedishHolidayAdjusters.AllaHelgonsDag(2026));
    }

    [Fact]
    public void NextOrSameSaturdayShouldKeepASaturdayAndMoveOtherDaysForward()
    {
        var nextOrSameSaturday = SwedishHolidayAdjusters.NextOrSame(IsoDayOfWeek.Saturday);

        Assert.Equal(20.June(2026), 20.June(2026).With(nextOrSameSaturday));
        Assert.Equal(21.June(2025), 20.June(2025).With(nextOrSameSaturday));
        Assert.Equal(19.June(2026), 20.June(2026).With(SwedishHolidayAdjusters.DayBefore));
    }
}
