using Narplan.Domain.Calendars;
using Narplan.Domain.OnCall;
using NodaTime;

namespace Narplan.Domain.Tests.OnCall;

public class OnCallPeriodsTests
{
    private static readonly OnCallRuleProfile Vgr = SeedOnCallProfiles.Skaraborg();
    private static readonly OnCallRuleProfile Halland = SeedOnCallProfiles.Halland();

    [Fact]
    public void ShouldBeOnCallUntilMondayMorningAt23OnMidsummerEve()
    {
        var period = OnCallPeriods.PeriodAt(Vgr, 19.June(2026).At(23));

        Assert.Equal(OnCallPeriodKind.OnCall, period.Kind);
        Assert.Equal(18.June(2026).Local(17), period.From.Local());
        Assert.Equal(22.June(2026).Local(8), period.Until.Local());
    }

    [Fact]
    public void ShouldBeOnCallAt10OnMidsummerEveInVgrBecauseTheEveCountsAsAHoliday()
    {
        var period = OnCallPeriods.PeriodAt(Vgr, 19.June(2026).At(10));

        Assert.Equal(OnCallPeriodKind.OnCall, period.Kind);
        Assert.Equal(18.June(2026).Local(17), period.From.Local());
        Assert.Equal(22.June(2026).Local(8), period.Until.Local());
    }

    [Fact]
    public void ShouldBeDaytimeAt10OnMidsummerEveInHallandBecauseTheEveIsNoHolidayThere()
    {
        var period = OnCallPeriods.PeriodAt(Halland, 19.June(2026).At(10));

        Assert.Equal(OnCallPeriodKind.Daytime, period.Kind);
        Assert.Equal(19.June(2026).Local(8), period.From.Local());
        Assert.Equal(19.June(2026).Local(17), period.Until.Local());
    }

    [Fact]
    public void ShouldBeDaytimeUntil17OnAnOrdinaryTuesday()
    {
        var period = OnCallPeriods.PeriodAt(Vgr, 16.June(2026).At(10));

        Assert.Equal(OnCallPeriodKind.Daytime, period.Kind);
        Assert.Equal(16.June(2026).Local(8), period.From.Local());
        Assert.Equal(16.June(2026).Local(17), period.Until.Local());
        Assert.Equal(Duration.FromHours(9), period.Length);
    }

    [Fact]
    public void ShouldBeDaytimeAt1659BeforeChristmasThenOnCallUntilMonday28December()
    {
        var before = OnCallPeriods.PeriodAt(Vgr, 23.December(2026).At(16, 59));
        var after = OnCallPeriods.PeriodAt(Vgr, 23.December(2026).At(17));

        Assert.Equal(OnCallPeriodKind.Daytime, before.Kind);
        Assert.Equal(before.Until, after.From);
        Assert.Equal(OnCallPeriodKind.OnCall, after.Kind);
        Assert.Equal(23.December(2026).Local(17), after.From.Local());
        Assert.Equal(28.December(2026).Local(8), after.Until.Local());
    }

    [Fact]
    public void ShouldBeOnCallFromMaundyThursdayEveningUntilTuesdayAfterEaster()
    {
        var period = OnCallPeriods.PeriodAt(Vgr, 2.April(2026).At(17));

        Assert.Equal(OnCallPeriodKind.OnCall, period.Kind);
        Assert.Equal(2.April(2026).Local(17), period.From.Local());
        Assert.Equal(7.April(2026).Local(8), period.Until.Local());
    }

    [Fact]
    public void ShouldLast62HoursOverTheWeekendTheClocksGoForward()
    {
        var period = OnCallPeriods.PeriodAt(Vgr, 29.March(2026).At(12));

        Assert.Equal(27.March(2026).Local(17), period.From.Local());
        Assert.Equal(30.March(2026).Local(8), period.Until.Local());
        Assert.Equal(Duration.FromHours(62), period.Length);
    }

    [Fact]
    public void ShouldLast64HoursOverTheWeekendTheClocksGoBack()
    {
        var period = OnCallPeriods.PeriodAt(Vgr, 25.October(2026).At(12));

        Assert.Equal(23.October(2026).Local(17), period.From.Local());
        Assert.Equal(26.October(2026).Local(8), period.Until.Local());
        Assert.Equal(Duration.FromHours(64), period.Length);
    }

    [Fact]
    public void ShouldFindTheSamePeriodDuringTheRepeatedHourOfTheAutumnNight()
    {
        // 02:30 occurs twice on 25 October 2026; both instants lie in the same weekend period.
        var both = Stockholm.Zone.MapLocal(25.October(2026).Local(2, 30));

        Assert.Equal(2, both.Count);
        Assert.Equal(
            OnCallPeriods.PeriodAt(Vgr, both.First().ToInstant()),
            OnCallPeriods.PeriodAt(Vgr, both.Last().ToInstant()));
    }

    [Fact]
    public void ShouldPlaceASkippedBoundaryAtTheMomentTheClocksJump()
    {
        // 02:30 does not exist on 29 March 2026: a boundary there happens when the clocks jump to 03:00,
        // not at 03:30 as InZoneLeniently would give.
        Assert.Equal(29.March(2026).At(3), OnCallPeriods.ToInstant(29.March(2026).Local(2, 30)));
    }

    [Fact]
    public void ShouldPlaceARepeatedBoundaryAtItsFirstOccurrence()
    {
        var first = Stockholm.Zone.MapLocal(25.October(2026).Local(2, 30)).First().ToInstant();

        Assert.Equal(first, OnCallPeriods.ToInstant(25.October(2026).Local(2, 30)));
    }

    [Fact]
    public void ShouldCountEightExactlyAsDaytime()
    {
        var period = OnCallPeriods.PeriodAt(Vgr, 16.June(2026).At(8));

        Assert.Equal(OnCallPeriodKind.Daytime, period.Kind);
        Assert.Equal(16.June(2026).Local(8), period.From.Local());
    }

    [Fact]
    public void ShouldCountOneMinuteBeforeEightAsOnCallEndingAtEight()
    {
        var period = OnCallPeriods.PeriodAt(Vgr, 16.June(2026).At(7, 59));

        Assert.Equal(OnCallPeriodKind.OnCall, period.Kind);
        Assert.Equal(15.June(2026).Local(17), period.From.Local());
        Assert.Equal(16.June(2026).Local(8), period.Until.Local());
    }

    [Fact]
    public void ShouldCountSeventeenExactlyAsOnCall()
    {
        var period = OnCallPeriods.PeriodAt(Vgr, 16.June(2026).At(17));

        Assert.Equal(OnCallPeriodKind.OnCall, period.Kind);
        Assert.Equal(16.June(2026).Local(17), period.From.Local());
        Assert.Equal(17.June(2026).Local(8), period.Until.Local());
    }

    [Fact]
    public void ShouldBeOnCallAllDayOnASaturdayInHalland()
    {
        var period = OnCallPeriods.PeriodAt(Halland, 13.June(2026).At(12));

        Assert.Equal(OnCallPeriodKind.OnCall, period.Kind);
        Assert.Equal(12.June(2026).Local(17), period.From.Local());
        Assert.Equal(15.June(2026).Local(8), period.Until.Local());
    }

    [Fact]
    public void ShouldBeOnCallAllDayOnAscensionDayInHalland()
    {
        var period = OnCallPeriods.PeriodAt(Halland, 14.May(2026).At(10));

        Assert.Equal(OnCallPeriodKind.OnCall, period.Kind);
        Assert.Equal(13.May(2026).Local(17), period.From.Local());
        Assert.Equal(15.May(2026).Local(8), period.Until.Local());
    }

    [Fact]
    public void ShouldBeDaytimeOnLeapDay2028()
    {
        var period = OnCallPeriods.PeriodAt(Vgr, 29.February(2028).At(10));

        Assert.Equal(OnCallPeriodKind.Daytime, period.Kind);
        Assert.Equal(29.February(2028).Local(17), period.Until.Local());
    }
}
