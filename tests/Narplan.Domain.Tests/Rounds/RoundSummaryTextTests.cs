using Narplan.Domain.Responsibility;
using Narplan.Domain.Rounds;
using NodaTime;

namespace Narplan.Domain.Tests.Rounds;

public class RoundSummaryTextTests
{
    private static readonly Guid Other = Guid.Parse("0195a000-0000-7000-8000-000000000002");

    [Fact]
    public void EveryOtherWeekShouldReadAsTheBilagaWritesIt()
    {
        var series = new RoundSeries(RoundTestSeries.Unit, RoundTestSeries.Schedule(
            RoundRecurrence.EveryOtherWeek, IsoDayOfWeek.Tuesday, HolidayPolicy.Cancel, anchor: 13.January(2026), hour: 13));
        Assert.Equal("tisdagar 13.00, varannan vecka, på plats", RoundSummaryText.Describe(series));
    }

    [Fact]
    public void TwiceAWeekShouldNameBothDaysAndTheMeetingForm()
    {
        var schedule = RoundTestSeries.Schedule(RoundRecurrence.TwiceAWeek, IsoDayOfWeek.Monday, HolidayPolicy.MoveToNextWorkingDay,
            second: IsoDayOfWeek.Thursday, hour: 10, minute: 30) with { MeetingForm = MeetingForm.Teams };
        Assert.Equal("måndagar och torsdagar 10.30, varje vecka, via Teams/video", RoundSummaryText.Describe(new RoundSeries(RoundTestSeries.Unit, schedule)));
    }

    [Fact]
    public void OnlySeriesInForceOnTheDateShouldCountAndSeveralShouldBeJoinedByWeekday()
    {
        var ended = new RoundSeries(RoundTestSeries.Unit, RoundTestSeries.Schedule(
            RoundRecurrence.Weekly, IsoDayOfWeek.Monday, HolidayPolicy.Cancel, to: 31.March(2026)));
        var thursday = new RoundSeries(RoundTestSeries.Unit, RoundTestSeries.Schedule(
            RoundRecurrence.Weekly, IsoDayOfWeek.Thursday, HolidayPolicy.Cancel, hour: 15));
        var wednesday = new RoundSeries(RoundTestSeries.Unit, RoundTestSeries.Schedule(
            RoundRecurrence.EveryOtherWeek, IsoDayOfWeek.Wednesday, HolidayPolicy.Cancel, anchor: 7.January(2026), hour: 15));
        var later = new RoundSeries(Other, RoundTestSeries.Schedule(
            RoundRecurrence.Weekly, IsoDayOfWeek.Friday, HolidayPolicy.Cancel, from: 8.January(2027)));

        var texts = RoundSummaryText.ByUnit([ended, thursday, wednesday, later], 24.November(2026));

        Assert.Equal("onsdagar 15.00, varannan vecka, på plats; torsdagar 15.00, varje vecka, på plats", texts[RoundTestSeries.Unit]);
        Assert.Equal("fredagar 09.00, varje vecka, på plats (från 2027-01-08)", texts[Other]);
        Assert.Equal("måndagar 09.00, varje vecka, på plats", RoundSummaryText.ByUnit([ended, later], 1.February(2026))[RoundTestSeries.Unit]);
    }
}
