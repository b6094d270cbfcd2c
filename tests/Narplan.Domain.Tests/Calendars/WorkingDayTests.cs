using Narplan.Domain.Calendars;
using NodaTime;

namespace Narplan.Domain.Tests.Calendars;

public class WorkingDayTests
{
    private static readonly SwedishCalendar Calendar = SwedishCalendar.Instance;

    /// <summary>Each row: what the date is, the date, and whether it is a working day (vardag).</summary>
    public static TheoryData<string, LocalDate, bool> WorkingDays => new()
    {
        { "Nyårsdagen 2026, a Thursday", 1.January(2026), false },
        { "Friday 2 January 2026, an ordinary day", 2.January(2026), true },
        { "Trettondedag jul 2026, a Tuesday", 6.January(2026), false },
        { "Leap day 2028, a Tuesday", 29.February(2028), true },
        { "Sunday 29 March 2026, the switch to summer time", 29.March(2026), false },
        { "Monday 30 March 2026", 30.March(2026), true },
        { "Långfredagen 2026", 3.April(2026), false },
        { "Påskafton 2026, a Saturday", 4.April(2026), false },
        { "Annandag påsk 2026", 6.April(2026), false },
        { "Tuesday after Easter 2026", 7.April(2026), true },
        { "Första maj 2026, a Friday", 1.May(2026), false },
        { "Kristi himmelsfärdsdag 2026, a Thursday", 14.May(2026), false },
        { "Friday after Kristi himmelsfärd 2026 (a klämdag, still working)", 15.May(2026), true },
        { "Monday after pingst 2026 (annandag pingst abolished 2005)", 25.May(2026), true },
        { "Annandag pingst 2004", 31.May(2004), false },
        { "Sveriges nationaldag 2025, a Friday", 6.June(2025), false },
        { "6 June 2003, before nationaldagen became a holiday", 6.June(2003), true },
        { "Midsommarafton 2026, a Friday", 19.June(2026), false },
        { "Midsommardagen 2026, a Saturday", 20.June(2026), false },
        { "Thursday before midsommar 2026", 18.June(2026), true },
        { "Sunday 25 October 2026, the switch to winter time", 25.October(2026), false },
        { "Friday 30 October 2026, the day before alla helgons dag", 30.October(2026), true },
        { "Alla helgons dag 2026", 31.October(2026), false },
        { "Wednesday 23 December 2026", 23.December(2026), true },
        { "Julafton 2026, a Thursday", 24.December(2026), false },
        { "Juldagen 2025, a Thursday", 25.December(2025), false },
        { "Annandag jul 2025, a Friday", 26.December(2025), false },
        { "Tuesday 29 December 2026, between the holidays", 29.December(2026), true },
        { "Nyårsafton 2026, a Thursday", 31.December(2026), false },
    };

    [Theory]
    [MemberData(nameof(WorkingDays))]
    public void ShouldTellWhetherADayIsAWorkingDay(string description, LocalDate date, bool expected)
    {
        Assert.True(Calendar.IsWorkingDay(date) == expected, $"{description} ({date}): expected IsWorkingDay = {expected}");
    }

    /// <summary>Each row: the situation, the date, and the first working day strictly after it.</summary>
    public static TheoryData<string, LocalDate, LocalDate> NextWorkingDays => new()
    {
        { "After julafton 2026 (Thursday): juldagen, annandag jul, the weekend", 24.December(2026), 28.December(2026) },
        { "After midsommarafton 2026: midsommardagen and Sunday", 19.June(2026), 22.June(2026) },
        { "After långfredagen 2026: påskafton, påskdagen, annandag påsk", 3.April(2026), 7.April(2026) },
        { "After Tuesday 23 December 2025: the longest gap, six days", 23.December(2025), 29.December(2025) },
        { "After nyårsafton 2026: into the next year, past nyårsdagen and the weekend", 31.December(2026), 4.January(2027) },
        { "After Monday 5 January 2026: past trettondedag jul", 5.January(2026), 7.January(2026) },
        { "After Wednesday 13 May 2026: past Kristi himmelsfärd to the klämdag", 13.May(2026), 15.May(2026) },
        { "After Friday 2 January 2026: past the weekend", 2.January(2026), 5.January(2026) },
        { "After an ordinary Tuesday: the Wednesday", 7.April(2026), 8.April(2026) },
    };

    [Theory]
    [MemberData(nameof(NextWorkingDays))]
    public void ShouldGiveTheNextWorkingDay(string description, LocalDate date, LocalDate expected)
    {
        Assert.True(Calendar.NextWorkingDay(date) == expected, $"{description}: expected {expected}, got {Calendar.NextWorkingDay(date)}");
    }

    [Fact]
    public void NextWorkingDayOnOrAfterShouldKeepAWorkingDay()
    {
        Assert.Equal(2.January(2026), Calendar.NextWorkingDayOnOrAfter(2.January(2026)));
        Assert.Equal(22.June(2026), Calendar.NextWorkingDayOnOrAfter(19.June(2026)));
        Assert.Equal(28.December(2026), Calendar.NextWorkingDayOnOrAfter(24.December(2026)));
    }

    [Fact]
    public void APublicHolidayShouldBeAHelgdagOrAnySundayButNotAnEveOrASaturday()
    {
        Assert.True(Calendar.IsPublicHoliday(29.March(2026)), "a plain Sunday");
        Assert.True(Calendar.IsPublicHoliday(6.June(2026)), "nationaldagen on a Saturday");
        Assert.True(Calendar.IsPublicHoliday(25.December(2026)), "juldagen");
        Assert.False(Calendar.IsPublicHoliday(24.December(2026)), "julafton is an eve, not a helgdag");
        Assert.False(Calendar.IsPublicHoliday(4.April(2026)), "påskafton, a plain Saturday");
        Assert.False(Calendar.IsPublicHoliday(7.April(2026)), "an ordinary Tuesday");
    }

    [Fact]
    public void OnlyMidsommaraftonJulaftonAndNyarsaftonShouldBeEvesCountedAsHolidays()
    {
        Assert.True(Calendar.IsEveCountedAsHoliday(19.June(2026)));
        Assert.True(Calendar.IsEveCountedAsHoliday(24.December(2026)));
        Assert.True(Calendar.IsEveCountedAsHoliday(31.December(2026)));
        Assert.False(Calendar.IsEveCountedAsHoliday(4.April(2026)), "påskafton");
        Assert.False(Calendar.IsEveCountedAsHoliday(30.October(2026)), "alla helgons afton");
        Assert.False(Calendar.IsEveCountedAsHoliday(25.December(2026)), "juldagen is a helgdag, not an eve");
    }

    /// <summary>Each row: the date and the name the UI shows for it (null for an ordinary weekday).</summary>
    public static TheoryData<string, LocalDate, string?> DayNames => new()
    {
        { "Midsommarafton", 19.June(2026), "Midsommarafton" },
        { "Påskdagen, a Sunday, shows its own name", 5.April(2026), "Påskdagen" },
        { "Påskafton is a plain Saturday", 4.April(2026), "Lördag" },
        { "A plain Sunday", 29.March(2026), "Söndag" },
        { "An ordinary Tuesday", 7.April(2026), null },
        { "Nationaldagen on a Saturday shows its name", 6.June(2026), "Sveriges nationaldag" },
    };

    [Theory]
    [MemberData(nameof(DayNames))]
    public void ShouldNameTheDay(string description, LocalDate date, string? expected)
    {
        Assert.True(Calendar.DayName(date) == expected, $"{description}: got {Calendar.DayName(date) ?? "null"}");
    }

    [Fact]
    public void ShouldCountTheWorkingDaysInAYear()
    {
        static int Count(int year) =>
            Enumerable.Range(0, CalendarSystem.Iso.GetDaysInYear(year))
                .Count(i => SwedishCalendar.Instance.IsWorkingDay(1.January(year).PlusDays(i)));

        Assert.Equal(249, Count(2025));
        Assert.Equal(251, Count(2026));
        Assert.Equal(253, Count(2027));
    }

    [Fact]
    public void ADateInAnotherCalendarSystemShouldBeReadAsTheSameDay()
    {
        var midsommaraftonInJulian = 19.June(2026).WithCalendar(CalendarSystem.Julian); // 6 June 2026 (Julian)

        Assert.False(Calendar.IsWorkingDay(midsommaraftonInJulian));
        Assert.Equal("Midsommarafton", Calendar.HolidayOn(midsommaraftonInJulian)?.Name);
    }

    [Fact]
    public void DatesOutside1900To2200ShouldThrow()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.HolidaysIn(1899));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.HolidaysIn(2201));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.IsWorkingDay(31.December(1899)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.HolidayOn(1.January(2201)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.NextWorkingDay(31.December(2200)));
        Assert.False(Calendar.IsWorkingDay(1.January(1900)), "nyårsdagen 1900, the first supported day");
        Assert.False(Calendar.IsWorkingDay(31.December(2200)), "nyårsafton 2200, the last supported day");
    }
}
