using Narplan.Domain.Rounds;
using NodaTime;
using static Narplan.Domain.Tests.Rounds.RoundTestSeries;

namespace Narplan.Domain.Tests.Rounds;

public class RoundFiguresTests
{
    [Fact]
    public void HalfYearsShouldBeSpringAndAutumn()
    {
        Assert.Equal(new HalfYear(2026, false), HalfYear.Of(30.June(2026)));
        Assert.Equal(new HalfYear(2026, true), HalfYear.Of(1.July(2026)));
        Assert.Equal((1.July(2026), 31.December(2026)), (HalfYear.Of(24.December(2026)).From, HalfYear.Of(24.December(2026)).To));
        Assert.Equal("Hösten 2026", HalfYear.Parse("2026-h2")!.Value.Swedish);
        Assert.Null(HalfYear.Parse("2026-h3"));
        Assert.Equal(new HalfYear(2025, true), new HalfYear(2026, false).Previous);
    }

    [Fact]
    public void TheTallyShouldCountHeldCancelledByReasonMovedAndNotReported()
    {
        var series = FridayEveryOtherWeek(HolidayPolicy.MoveToNextWorkingDay);
        var june = series.OccurrencesBetween(1.June(2026), 30.June(2026)).ToList(); // 5 June, 22 June (moved from midsommarafton)
        var july = series.OccurrencesBetween(1.July(2026), 31.July(2026)).ToList(); // 3, 17, 31 July
        var held = new RoundOccurrenceRecord(series.Id, 5.June(2026));
        held.MarkHeld(june[0], Instant.FromUtc(2026, 6, 5, 12, 0));
        var cancelled = new RoundOccurrenceRecord(series.Id, 3.July(2026));
        cancelled.Cancel(RoundCancelReason.DoctorAbsent, null);
        var occurrences = new[] { june[0].With(held, series.Length), june[1], july[0].With(cancelled, series.Length), july[1], july[2] };

        var tally = RoundTally.Of(occurrences, now: Instant.FromUtc(2026, 7, 20, 12, 0));

        Assert.Equal((5, 1, 1, 1, 2), (tally.Planned, tally.Held, tally.Cancelled, tally.Moved, tally.NotReported));
        Assert.Equal(1, tally.CancelledByReason[RoundCancelReason.DoctorAbsent]);
        Assert.Equal(25, tally.HeldPercent);
    }

    [Fact]
    public void ShouldCallAPastUnreportedRoundEjRapporteradAndCountItTheSameWayAsTheTally()
    {
        // Every other Friday 13:00: 19 June 2026 (midsommarafton) is moved to Monday 22 June; 3 and 17 July follow.
        var series = FridayEveryOtherWeek(HolidayPolicy.MoveToNextWorkingDay);
        var rounds = series.OccurrencesBetween(1.June(2026), 31.July(2026)).ToList(); // 5 June, 22 June, 3, 17, 31 July
        var held = new RoundOccurrenceRecord(series.Id, 5.June(2026));
        held.MarkHeld(rounds[0], Instant.FromUtc(2026, 6, 5, 12, 0));
        rounds[0] = rounds[0].With(held, series.Length);
        var now = Instant.FromUtc(2026, 7, 17, 11, 0); // Friday 17 July 2026 13:00 in Stockholm: that round has just started

        Assert.Equal(
            [RoundReportStatus.Held, RoundReportStatus.NotReported, RoundReportStatus.NotReported, RoundReportStatus.NotReported, RoundReportStatus.Planned],
            rounds.Select(r => r.StatusAt(now)));
        Assert.Equal(RoundReportStatus.Moved, rounds[1].StatusAt(Instant.FromUtc(2026, 6, 20, 12, 0)));
        Assert.Equal("Ej rapporterad", rounds[2].StatusAt(now).Swedish());
        Assert.Equal(rounds.Count(r => r.StatusAt(now) == RoundReportStatus.NotReported), RoundTally.Of(rounds, now).NotReported);
    }
}
