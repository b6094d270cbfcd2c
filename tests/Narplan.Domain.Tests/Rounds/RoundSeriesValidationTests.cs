using Narplan.Domain.Rounds;
using NodaTime;
using static Narplan.Domain.Tests.Rounds.RoundTestSeries;

namespace Narplan.Domain.Tests.Rounds;

public class RoundSeriesValidationTests
{
    [Fact]
    public void ASeriesStartingAfterItEndsShouldBeRefusedInSwedish()
    {
        var error = Assert.Throws<DomainException>(() => new RoundSeries(Unit,
            Schedule(RoundRecurrence.Weekly, IsoDayOfWeek.Monday, HolidayPolicy.Cancel, from: 1.July(2026), to: 30.June(2026))));

        Assert.Equal("Serien kan inte börja (2026-07-01) efter att den slutar (2026-06-30).", error.Message);
    }

    [Fact]
    public void TwiceAWeekOnTheSameDayShouldBeRefused()
    {
        var error = Assert.Throws<DomainException>(() => new RoundSeries(Unit,
            Schedule(RoundRecurrence.TwiceAWeek, IsoDayOfWeek.Tuesday, HolidayPolicy.Cancel, second: IsoDayOfWeek.Tuesday)));

        Assert.Contains("två olika dagar", error.Message);
        Assert.Contains("tisdag", error.Message);
    }

    [Fact]
    public void TwiceAWeekWithoutASecondDayShouldBeRefused()
    {
        Assert.Throws<DomainException>(() => new RoundSeries(Unit, Schedule(RoundRecurrence.TwiceAWeek, IsoDayOfWeek.Tuesday, HolidayPolicy.Cancel)));
    }

    [Fact]
    public void AStartTimeTheClocksSkipShouldBeRefused()
    {
        var error = Assert.Throws<DomainException>(() => new RoundSeries(Unit,
            Schedule(RoundRecurrence.Weekly, IsoDayOfWeek.Monday, HolidayPolicy.Cancel, hour: 2, minute: 30)));

        Assert.Contains("02:30 finns inte", error.Message);
        Assert.Contains("2026-03-29", error.Message);
    }

    [Fact]
    public void AnAutumnNightTimeThatOccursTwiceShouldBeAccepted()
    {
        var series = new RoundSeries(Unit, Schedule(RoundRecurrence.Weekly, IsoDayOfWeek.Monday, HolidayPolicy.Cancel, hour: 2, minute: 30,
            from: 1.April(2026), to: 1.October(2026)));

        Assert.Equal(new LocalTime(2, 30), series.StartTime);
    }

    [Theory]
    [InlineData(IsoDayOfWeek.Saturday)]
    [InlineData(IsoDayOfWeek.Sunday)]
    public void AWeekendDayShouldBeRefused(IsoDayOfWeek day)
    {
        var error = Assert.Throws<DomainException>(() => new RoundSeries(Unit, Schedule(RoundRecurrence.Weekly, day, HolidayPolicy.Cancel)));

        Assert.Contains("måndag–fredag", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(481)]
    public void ALengthOutsideFiveMinutesToEightHoursShouldBeRefused(int minutes)
    {
        Assert.Throws<DomainException>(() => new RoundSeries(Unit, Schedule(RoundRecurrence.Weekly, IsoDayOfWeek.Monday, HolidayPolicy.Cancel, minutes: minutes)));
    }

    [Fact]
    public void ARoundPastMidnightShouldBeRefused()
    {
        var error = Assert.Throws<DomainException>(() => new RoundSeries(Unit,
            Schedule(RoundRecurrence.Weekly, IsoDayOfWeek.Monday, HolidayPolicy.Cancel, hour: 23, minutes: 90)));

        Assert.Contains("samma dag", error.Message);
    }

    [Fact]
    public void ARevisionShouldChangeOnlyOccurrencesFromItsDate()
    {
        var series = BacklidenLike(HolidayPolicy.MoveToNextWorkingDay);
        var before = series.OccurrencesBetween(1.June(2026), 30.June(2026));

        var successor = series.ReviseFrom(1.July(2026), series.Schedule with { StartTime = new LocalTime(13, 0) }, today: 15.June(2026));

        Assert.Equal(30.June(2026), series.ValidTo);
        Assert.Equal(1.July(2026), successor.ValidFrom);
        Assert.Equal(series.Id, successor.PreviousSeriesId);
        Assert.Equal(before.Select(o => (o.Uid, o.Start)), series.OccurrencesBetween(1.June(2026), 30.June(2026)).Select(o => (o.Uid, o.Start)));
        Assert.Empty(series.OccurrencesBetween(1.July(2026), 31.July(2026)));
        Assert.All(successor.OccurrencesBetween(1.July(2026), 31.July(2026)), o => Assert.Equal(new LocalTime(13, 0), o.Start.TimeOfDay));
        // The revision keeps the anchor week, so the fortnight rhythm goes on.
        Assert.Equal([9.July(2026), 23.July(2026)], successor.OccurrencesBetween(1.July(2026), 31.July(2026)).Dates());
    }

    [Fact]
    public void ARevisionOfThePastShouldBeRefused()
    {
        var series = BacklidenLike(HolidayPolicy.MoveToNextWorkingDay);

        var error = Assert.Throws<DomainException>(() => series.ReviseFrom(1.June(2026), series.Schedule, today: 15.June(2026)));

        Assert.Contains("framtida", error.Message);
        Assert.Null(series.ValidTo);
    }
}
