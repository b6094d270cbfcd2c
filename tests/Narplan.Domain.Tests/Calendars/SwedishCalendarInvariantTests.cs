using Narplan.Domain.Calendars;
using NodaTime;

namespace Narplan.Domain.Tests.Calendars;

/// <summary>Properties that hold for every supported year, 1900–2200.</summary>
public class SwedishCalendarInvariantTests
{
    private static readonly SwedishCalendar Calendar = SwedishCalendar.Instance;

    private static IEnumerable<int> AllYears => Enumerable.Range(SwedishCalendar.MinYear, SwedishCalendar.MaxYear - SwedishCalendar.MinYear + 1);

    [Fact]
    public void MovableHolidaysShouldFallOnTheirWeekdayAndWithinTheirWindow()
    {
        foreach (var year in AllYears)
        {
            var easter = SwedishHolidayAdjusters.EasterSunday(year);
            AssertWithin(easter, IsoDayOfWeek.Sunday, 22.March(year), 25.April(year));
            Assert.Equal(IsoDayOfWeek.Friday, SwedishHolidayAdjusters.Langfredagen(year).DayOfWeek);
            Assert.Equal(IsoDayOfWeek.Monday, SwedishHolidayAdjusters.AnnandagPask(year).DayOfWeek);
            Assert.Equal(IsoDayOfWeek.Thursday, SwedishHolidayAdjusters.KristiHimmelsfardsdag(year).DayOfWeek);
            Assert.Equal(IsoDayOfWeek.Sunday, SwedishHolidayAdjusters.Pingstdagen(year).DayOfWeek);
            AssertWithin(SwedishHolidayAdjusters.Midsommarafton(year), IsoDayOfWeek.Friday, 19.June(year), 25.June(year));
            AssertWithin(SwedishHolidayAdjusters.Midsommardagen(year), IsoDayOfWeek.Saturday, 20.June(year), 26.June(year));
            AssertWithin(SwedishHolidayAdjusters.AllaHelgonsDag(year), IsoDayOfWeek.Saturday, 31.October(year), 6.November(year));
        }
    }

    [Fact]
    public void EveryYearShouldListSixteenHolidaysInDateOrderWithThreeEves()
    {
        foreach (var year in AllYears)
        {
            var holidays = Calendar.HolidaysIn(year);

            Assert.Equal(16, holidays.Count);
            Assert.All(holidays, h => Assert.Equal(year, h.Date.Year));
            Assert.Equal(holidays.OrderBy(h => h.Date), holidays);
            Assert.Equal(16, holidays.Select(h => h.Name).Distinct().Count());
            Assert.Equal(3, holidays.Count(h => h.Kind == HolidayKind.Aftonhelg));
            Assert.Equal(year >= 2005, holidays.Any(h => h.Name == "Sveriges nationaldag"));
            Assert.Equal(year <= 2004, holidays.Any(h => h.Name == "Annandag pingst"));
        }
    }

    [Fact]
    public void NoHolidayShouldBeAWorkingDay()
    {
        foreach (var year in AllYears)
        {
            foreach (var holiday in Calendar.HolidaysIn(year))
            {
                Assert.False(Calendar.IsWorkingDay(holiday.Date), $"{holiday.Name} {holiday.Date}");
                Assert.NotNull(Calendar.HolidayOn(holiday.Date));
                Assert.NotNull(Calendar.DayName(holiday.Date));
                if (holiday.Kind == HolidayKind.Helgdag)
                {
                    Assert.True(Calendar.IsPublicHoliday(holiday.Date), $"{holiday.Name} {holiday.Date}");
                }
                else
                {
                    Assert.True(Calendar.IsEveCountedAsHoliday(holiday.Date), $"{holiday.Name} {holiday.Date}");
                }
            }
        }
    }

    [Fact]
    public void EveryDayShouldBeAWorkingDayExactlyWhenAWeekdayThatIsNeitherHelgdagNorEve()
    {
        for (var date = 1.January(1900); date <= 31.December(2200); date = date.PlusDays(1))
        {
            var weekday = date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
            var expected = weekday && !Calendar.IsPublicHoliday(date) && !Calendar.IsEveCountedAsHoliday(date);
            if (Calendar.IsWorkingDay(date) != expected)
            {
                Assert.Fail($"{date}: IsWorkingDay = {!expected}");
            }

            if (date.DayOfWeek == IsoDayOfWeek.Sunday && !Calendar.IsPublicHoliday(date))
            {
                Assert.Fail($"{date}: a Sunday that is not a helgdag");
            }
        }
    }

    [Fact]
    public void TheNextWorkingDayShouldBeTheFirstWorkingDayAfterAndWithinSixDays()
    {
        for (var date = 1.January(1900); date <= 20.December(2200); date = date.PlusDays(1))
        {
            var next = Calendar.NextWorkingDay(date);
            if (!Calendar.IsWorkingDay(next) || next <= date || next > date.PlusDays(6))
            {
                Assert.Fail($"{date}: NextWorkingDay = {next}");
            }

            for (var between = date.PlusDays(1); between < next; between = between.PlusDays(1))
            {
                if (Calendar.IsWorkingDay(between))
                {
                    Assert.Fail($"{date}: skipped the working day {between}");
                }
            }

            var onOrAfter = Calendar.NextWorkingDayOnOrAfter(date);
            if (onOrAfter != (Calendar.IsWorkingDay(date) ? date : next))
            {
                Assert.Fail($"{date}: NextWorkingDayOnOrAfter = {onOrAfter}");
            }
        }
    }

    [Fact]
    public void ConcurrentFirstUseShouldGiveTheSameAnswers()
    {
        var results = new int[SwedishCalendar.MaxYear - SwedishCalendar.MinYear + 1];
        Parallel.ForEach(AllYears, year =>
        {
            var calendar = new SwedishCalendar();
            results[year - SwedishCalendar.MinYear] = Enumerable.Range(0, CalendarSystem.Iso.GetDaysInYear(year))
                .Count(i => calendar.IsWorkingDay(1.January(year).PlusDays(i)));
        });

        Assert.All(results, count => Assert.InRange(count, 245, 256));
    }

    private static void AssertWithin(LocalDate date, IsoDayOfWeek dayOfWeek, LocalDate first, LocalDate last)
    {
        Assert.Equal(dayOfWeek, date.DayOfWeek);
        Assert.InRange(date, first, last);
    }
}
