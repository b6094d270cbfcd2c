using Narplan.Domain.Rounds;
using NodaTime;
using static Narplan.Domain.Tests.Rounds.RoundTestSeries;

namespace Narplan.Domain.Tests.Rounds;

public class RoundSeriesOccurrenceTests
{
    [Fact]
    public void EveryOtherFridayShouldMoveMidsommaraftonToTheMondayAfter()
    {
        var june = FridayEveryOtherWeek(HolidayPolicy.MoveToNextWorkingDay).OccurrencesBetween(1.June(2026), 30.June(2026));

        Assert.Equal([5.June(2026), 22.June(2026)], june.Dates());
        var moved = june[1];
        Assert.Equal(RoundStatus.Moved, moved.Status);
        Assert.Equal(19.June(2026), moved.OriginalDate);
        Assert.Equal(new LocalDateTime(2026, 6, 19, 13, 0), moved.OriginalStart.LocalDateTime);
        Assert.Equal(new LocalDateTime(2026, 6, 22, 13, 0), moved.Start.LocalDateTime);
        Assert.Contains("Midsommarafton", moved.Note);
    }

    [Fact]
    public void EveryOtherFridayShouldBeCancelledOnMidsommaraftonWhenThePolicyIsCancel()
    {
        var june = FridayEveryOtherWeek(HolidayPolicy.Cancel).OccurrencesBetween(1.June(2026), 30.June(2026));

        Assert.Equal([5.June(2026), 19.June(2026)], june.Dates());
        Assert.Equal(RoundStatus.Cancelled, june[1].Status);
        Assert.Equal(RoundCancelReason.Holiday, june[1].CancelReason);
        Assert.Contains("Midsommarafton", june[1].Note);
    }

    [Fact]
    public void BacklidenShouldMoveJulaftonToTheMondayAfterAnnandagJul()
    {
        var december = BacklidenLike(HolidayPolicy.MoveToNextWorkingDay).OccurrencesBetween(1.December(2026), 31.December(2026));

        Assert.Equal([10.December(2026), 28.December(2026)], december.Dates());
        Assert.Equal(RoundStatus.Planned, december[0].Status);
        Assert.Equal(RoundStatus.Moved, december[1].Status);
        Assert.Equal(24.December(2026), december[1].OriginalDate);
        Assert.Contains("Julafton", december[1].Note);
    }

    [Fact]
    public void BacklidenShouldBeCancelledOnJulaftonWhenThePolicyIsCancel()
    {
        var december = BacklidenLike(HolidayPolicy.Cancel).OccurrencesBetween(1.December(2026), 31.December(2026));

        Assert.Equal([RoundStatus.Planned, RoundStatus.Cancelled], december.Select(o => o.Status));
        Assert.Equal(24.December(2026), december[1].Date);
    }

    [Fact]
    public void TheOtherParityShouldMoveNyaraftonPastNyarsdagenIntoJanuary()
    {
        // Every other Thursday in the weeks Bäckliden has none: 17 and 31 December 2026.
        var series = new RoundSeries(Unit, Schedule(RoundRecurrence.EveryOtherWeek, IsoDayOfWeek.Thursday, HolidayPolicy.MoveToNextWorkingDay, anchor: 17.December(2026)));

        Assert.Equal([3.December(2026), 17.December(2026)], series.OccurrencesBetween(1.December(2026), 31.December(2026)).Dates());
        var january = series.OccurrencesBetween(1.January(2027), 31.January(2027));
        Assert.Equal([4.January(2027), 14.January(2027), 28.January(2027)], january.Dates());
        Assert.Equal(31.December(2026), january[0].OriginalDate);
        Assert.Contains("Nyårsafton", january[0].Note);
    }

    [Fact]
    public void NyaraftonShouldBeCancelledWhenThePolicyIsCancel()
    {
        var series = new RoundSeries(Unit, Schedule(RoundRecurrence.Weekly, IsoDayOfWeek.Thursday, HolidayPolicy.Cancel));

        var occurrences = series.OccurrencesBetween(21.December(2026), 3.January(2027));

        Assert.Equal([(24.December(2026), RoundStatus.Cancelled), (31.December(2026), RoundStatus.Cancelled)],
            occurrences.Select(o => (o.Date, o.Status)));
    }

    [Fact]
    public void EveryOtherWeekShouldKeepItsFortnightAcrossWeek53AndNewYear()
    {
        // 2026 has an ISO week 53: counting by "even week numbers" would give 24 December (week 52) and then
        // 14 January (week 2), three weeks apart. Counting weeks from the anchor keeps every second week.
        var series = BacklidenLike(HolidayPolicy.MoveToNextWorkingDay);

        var originals = series.OccurrencesBetween(1.December(2026), 31.January(2027)).Select(o => o.OriginalDate).ToList();

        Assert.Equal([10.December(2026), 24.December(2026), 7.January(2027), 21.January(2027)], originals);
        Assert.Equal(53, NodaTime.Calendars.WeekYearRules.Iso.GetWeekOfWeekYear(31.December(2026)));
    }

    [Fact]
    public void EveryOtherWeekShouldKeepItsParityForYearsAfterTheAnchor()
    {
        var series = BacklidenLike(HolidayPolicy.MoveToNextWorkingDay);

        Assert.True(series.IsRoundWeek(8.January(2026)));
        Assert.False(series.IsRoundWeek(15.January(2026)));
        Assert.True(series.IsRoundWeek(8.January(2026).PlusWeeks(2 * 200)));
        Assert.True(series.IsRoundWeek(24.December(2026)));
        Assert.False(series.IsRoundWeek(31.December(2026)));
    }

    [Fact]
    public void NineOClockShouldStayNineOClockLocalAcrossTheSpringDstChange()
    {
        var series = new RoundSeries(Unit, Schedule(RoundRecurrence.Weekly, IsoDayOfWeek.Monday, HolidayPolicy.MoveToNextWorkingDay));

        var around = series.OccurrencesBetween(23.March(2026), 30.March(2026));

        Assert.All(around, o => Assert.Equal(new LocalTime(9, 0), o.Start.TimeOfDay));
        Assert.Equal(Instant.FromUtc(2026, 3, 23, 8, 0), around[0].Start.ToInstant());
        Assert.Equal(Instant.FromUtc(2026, 3, 30, 7, 0), around[1].Start.ToInstant());
        Assert.Equal(Offset.FromHours(2), around[1].Start.Offset);
    }

    [Fact]
    public void NineOClockShouldStayNineOClockLocalAcrossTheAutumnDstChange()
    {
        var series = new RoundSeries(Unit, Schedule(RoundRecurrence.Weekly, IsoDayOfWeek.Monday, HolidayPolicy.MoveToNextWorkingDay));

        var around = series.OccurrencesBetween(19.October(2026), 26.October(2026));

        Assert.Equal(Instant.FromUtc(2026, 10, 19, 7, 0), around[0].Start.ToInstant());
        Assert.Equal(Instant.FromUtc(2026, 10, 26, 8, 0), around[1].Start.ToInstant());
        Assert.Equal(new LocalTime(10, 30), around[1].End.TimeOfDay);
    }

    [Fact]
    public void TwiceAWeekShouldMoveAnnandagPaskToTheTuesdayAndKristiHimmelsfardToTheFriday()
    {
        var series = new RoundSeries(Unit, Schedule(RoundRecurrence.TwiceAWeek, IsoDayOfWeek.Monday, HolidayPolicy.MoveToNextWorkingDay, second: IsoDayOfWeek.Thursday));

        Assert.Equal([7.April(2026), 9.April(2026)], series.OccurrencesBetween(6.April(2026), 12.April(2026)).Dates());
        Assert.Equal([11.May(2026), 15.May(2026)], series.OccurrencesBetween(11.May(2026), 17.May(2026)).Dates());
    }

    [Fact]
    public void AMoveOntoTheSeriesOwnNextRoundShouldCancelInstead()
    {
        var series = new RoundSeries(Unit, Schedule(RoundRecurrence.TwiceAWeek, IsoDayOfWeek.Monday, HolidayPolicy.MoveToNextWorkingDay, second: IsoDayOfWeek.Tuesday));

        var easterWeek = series.OccurrencesBetween(6.April(2026), 7.April(2026));

        Assert.Equal([(6.April(2026), RoundStatus.Cancelled), (7.April(2026), RoundStatus.Planned)], easterWeek.Select(o => (o.Date, o.Status)));
        Assert.Contains("redan en rond", easterWeek[0].Note);
    }

    [Fact]
    public void NoOccurrenceShouldEverLandOnAHolidayOrEve()
    {
        foreach (var day in new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday })
        {
            var series = new RoundSeries(Unit, Schedule(RoundRecurrence.Weekly, day, HolidayPolicy.MoveToNextWorkingDay));
            var year = series.OccurrencesBetween(1.January(2026), 31.December(2027));

            Assert.All(year, o => Assert.True(Narplan.Domain.Calendars.SwedishCalendar.Instance.IsWorkingDay(o.Date), $"{o.Date} from {o.OriginalDate}"));
            Assert.Equal(year.Count, year.Select(o => o.Uid).Distinct().Count());
        }
    }

    [Fact]
    public void TheUidShouldBeTheSeriesAndTheOriginalDateSoAMoveKeepsIt()
    {
        var series = FridayEveryOtherWeek(HolidayPolicy.MoveToNextWorkingDay);

        var moved = series.OccurrencesBetween(22.June(2026), 22.June(2026)).Single();

        Assert.Equal(RoundOccurrence.UidFor(series.Id, 19.June(2026)), moved.Uid);
        Assert.Equal(moved.Uid, series.OccurrenceOn(19.June(2026))!.Uid);
        Assert.Null(series.OccurrenceOn(12.June(2026)));
    }

    [Fact]
    public void ARangeShouldRespectTheValidityPeriod()
    {
        var series = new RoundSeries(Unit, Schedule(RoundRecurrence.Weekly, IsoDayOfWeek.Tuesday, HolidayPolicy.MoveToNextWorkingDay, from: 9.June(2026), to: 23.June(2026)));

        Assert.Equal([9.June(2026), 16.June(2026), 23.June(2026)], series.OccurrencesBetween(1.June(2026), 30.June(2026)).Dates());
    }
}
