using Narplan.Domain.Calendars;
using NodaTime;

namespace Narplan.Domain.Tests.Calendars;

/// <summary>
/// The one rule for which dates Närplan accepts (decision 0035): 1901-01-01–2199-12-31 in Swedish time, one year inside
/// the Swedish calendar's 1900–2200 at each end, and every reader of dates (DateText) applies it.
/// </summary>
public class SupportedDatesTests
{
    [Fact]
    public void ShouldAcceptFrom1January1901Through31December2199()
    {
        Assert.Equal(1.January(1901), SupportedDates.First);
        Assert.Equal(31.December(2199), SupportedDates.Last);
        Assert.True(SupportedDates.Contains(1.January(1901)));
        Assert.True(SupportedDates.Contains(31.December(2199)));
        Assert.False(SupportedDates.Contains(31.December(1900)));
        Assert.False(SupportedDates.Contains(1.January(2200)));
    }

    [Fact]
    public void ShouldKeepAWholeYearOfTheSwedishCalendarOutsideEachEndSoRulesMayLookAroundADate()
    {
        // The rules ask the calendar about the day before and the next working days; both still answer at the edges.
        Assert.Equal(SwedishCalendar.MinYear + 1, SupportedDates.First.Year);
        Assert.Equal(SwedishCalendar.MaxYear - 1, SupportedDates.Last.Year);
        Assert.Equal(2.January(2200), SwedishCalendar.Instance.NextWorkingDay(SupportedDates.Last));
    }

    [Fact]
    public void ShouldCountAnInstantByItsDateInStockholm()
    {
        // 31 December 1900 23:00 UTC is already 1 January 1901 00:00 in Stockholm (CET, UTC+1).
        Assert.True(SupportedDates.Contains(Instant.FromUtc(1900, 12, 31, 23, 0)));
        Assert.False(SupportedDates.Contains(Instant.FromUtc(1900, 12, 31, 22, 59, 59)));
        // 31 December 2199 23:00 UTC is 1 January 2200 00:00 in Stockholm.
        Assert.True(SupportedDates.Contains(Instant.FromUtc(2199, 12, 31, 22, 59, 59)));
        Assert.False(SupportedDates.Contains(Instant.FromUtc(2199, 12, 31, 23, 0)));
    }

    [Fact]
    public void ShouldCompareADateInAnotherCalendarSystemAsIso()
    {
        var julian = new LocalDate(2199, 12, 25, CalendarSystem.Julian); // 2200-01-08 in ISO

        Assert.False(SupportedDates.Contains(julian));
    }

    [Theory]
    [InlineData("2026-06-19", true)]
    [InlineData(" 2026-06-19 ", true)]
    [InlineData("1901-01-01", true)]
    [InlineData("2199-12-31", true)]
    [InlineData("1900-12-31", false)]
    [InlineData("2200-01-01", false)]
    [InlineData("0001-01-01", false)]
    [InlineData("9999-12-31", false)]
    [InlineData("-0001-01-01", false)]
    [InlineData("2026-02-30", false)]
    [InlineData("19 juni 2026", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void ShouldReadAnIsoDateOnlyWithinTheSupportedDates(string? text, bool accepted)
    {
        var result = DateText.ParseDate(text);

        Assert.Equal(accepted, result.Success);
        if (accepted)
        {
            Assert.Equal(text!.Trim(), result.Value.ToString("yyyy-MM-dd", null));
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(result.Error));
        }
    }

    [Fact]
    public void ShouldSayInSwedishWhichDatesAreAccepted()
    {
        Assert.Equal("Datum och tider måste ligga mellan 1901-01-01 och 2199-12-31.", DateText.ParseDate("0001-01-01").Error);
        Assert.Equal("”x” är inget datum (ÅÅÅÅ-MM-DD).", DateText.ParseDate("x").Error);
    }

    [Theory]
    [InlineData("2026-06-19T22:00:00+02:00", true)]
    [InlineData("2026-06-19T20:00:00Z", true)]
    [InlineData("9999-12-31T23:59:59+00:00", false)]
    [InlineData("-0001-01-01T00:00:00Z", false)]
    [InlineData("0001-01-01T00:00:00Z", false)]
    [InlineData("1900-12-31T23:30:00+01:00", false)]
    [InlineData("1901-01-01T00:00:00+01:00", true)]
    [InlineData("2026-06-19T22:00:00", false)] // no offset: not an instant
    public void ShouldReadAnInstantWithItsOffsetOnlyWithinTheSupportedDates(string text, bool accepted)
    {
        Assert.Equal(accepted, DateText.ParseInstant(text).Success);
    }

    [Theory]
    [InlineData("2026-06-19T22:00", true)]
    [InlineData("2026-06-19T22:00:30", true)]
    [InlineData("0001-01-01T00:00", false)] // the palliative form's probe value
    [InlineData("9999-12-31T23:59", false)]
    [InlineData("2026-06-19", false)]
    public void ShouldReadALocalTimeFromAFormOnlyWithinTheSupportedDates(string text, bool accepted)
    {
        Assert.Equal(accepted, DateText.ParseLocalDateTime(text).Success);
    }

    [Theory]
    [InlineData(1901, true)]
    [InlineData(2199, true)]
    [InlineData(1900, false)]
    [InlineData(2200, false)]
    [InlineData(int.MaxValue, false)]
    [InlineData(int.MinValue, false)]
    public void ShouldAcceptAYearWhenAllOfItIsSupported(int year, bool accepted)
    {
        Assert.Equal(accepted, DateText.CheckYear(year).Success);
    }
}
