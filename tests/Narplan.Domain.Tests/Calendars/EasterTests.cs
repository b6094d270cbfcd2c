using Narplan.Domain.Calendars;
using NodaTime;

namespace Narplan.Domain.Tests.Calendars;

public class EasterTests
{
    /// <summary>Påskdagen from published tables (checked against an independent implementation, python-dateutil).</summary>
    public static TheoryData<string, LocalDate> KnownEasterSundays => new()
    {
        { "1900, first supported year", 15.April(1900) },
        { "1954, pingstdagen fell on 6 June", 18.April(1954) },
        { "2000, a century leap year", 23.April(2000) },
        { "2008, very early: Kristi himmelsfärd on första maj", 23.March(2008) },
        { "2011, very late", 24.April(2011) },
        { "2019", 21.April(2019) },
        { "2024", 31.March(2024) },
        { "2025", 20.April(2025) },
        { "2026", 5.April(2026) },
        { "2027", 28.March(2027) },
        { "2038, the latest possible date", 25.April(2038) },
        { "2100, a century non-leap year", 28.March(2100) },
        { "2200, last supported year", 6.April(2200) },
    };

    [Theory]
    [MemberData(nameof(KnownEasterSundays))]
    public void EasterSundayShouldMatchPublishedTables(string description, LocalDate easter)
    {
        Assert.True(
            SwedishHolidayAdjusters.EasterSunday(easter.Year) == easter,
            $"{description}: expected {easter}, got {SwedishHolidayAdjusters.EasterSunday(easter.Year)}");
    }

    [Fact]
    public void EasterSundayShouldAgreeWithGaussForEverySupportedYear()
    {
        for (var year = SwedishCalendar.MinYear; year <= SwedishCalendar.MaxYear; year++)
        {
            Assert.Equal(GaussEaster(year), SwedishHolidayAdjusters.EasterSunday(year));
        }
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2201)]
    [InlineData(0)]
    public void EasterSundayOutside1900To2200ShouldThrow(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SwedishHolidayAdjusters.EasterSunday(year));
    }

    /// <summary>An independent oracle: Gauss's Easter formula with Lichtenberg's secular corrections.</summary>
    private static LocalDate GaussEaster(int year)
    {
        var k = year / 100;
        var m = 15 + (((3 * k) + 3) / 4) - (((8 * k) + 13) / 25); // secular moon shift
        var s = 2 - (((3 * k) + 3) / 4);                          // secular sun shift
        var a = year % 19;
        var d = ((19 * a) + m) % 30;                              // seed for the first full moon in spring
        var r = (d + (a / 11)) / 29;                              // calendar correction
        var og = 21 + d - r;                                      // Easter limit, as a day of March
        var sz = 7 - ((year + (year / 4) + s) % 7);               // first Sunday in March
        var oe = 7 - ((og - sz) % 7);                             // distance from the limit to Easter Sunday
        return 1.March(year).PlusDays(og + oe - 1);
    }
}
