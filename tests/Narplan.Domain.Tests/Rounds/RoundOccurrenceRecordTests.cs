using Narplan.Domain.Rounds;
using NodaTime;
using static Narplan.Domain.Tests.Rounds.RoundTestSeries;

namespace Narplan.Domain.Tests.Rounds;

public class RoundOccurrenceRecordTests
{
    private static readonly RoundSeries Series = BacklidenLike(HolidayPolicy.MoveToNextWorkingDay);
    private static readonly RoundOccurrence TenthOfDecember = Series.OccurrenceOn(10.December(2026))!;
    private static readonly Instant Morning10December = Instant.FromUtc(2026, 12, 10, 7, 0);

    [Fact]
    public void ARoundShouldNotBeMarkedHeldBeforeItStarts()
    {
        var record = new RoundOccurrenceRecord(Series.Id, 10.December(2026));

        var error = Assert.Throws<DomainException>(() => record.MarkHeld(TenthOfDecember, Morning10December));

        Assert.Equal("En rond kan inte markeras som genomförd innan den har börjat.", error.Message);
        Assert.Equal(RoundStatus.Planned, record.Status);
    }

    [Fact]
    public void MarkingHeldShouldBumpTheSequenceOnce()
    {
        var record = new RoundOccurrenceRecord(Series.Id, 10.December(2026));

        record.MarkHeld(TenthOfDecember, Morning10December.Plus(Duration.FromHours(2)));
        record.MarkHeld(TenthOfDecember, Morning10December.Plus(Duration.FromHours(3)));

        Assert.Equal(1, record.Sequence);
        Assert.Equal(RoundStatus.Held, TenthOfDecember.With(record, Series.Length).Status);
    }

    [Fact]
    public void CancellingForAnotherReasonShouldNeedANote()
    {
        var record = new RoundOccurrenceRecord(Series.Id, 10.December(2026));

        Assert.Throws<DomainException>(() => record.Cancel(RoundCancelReason.Other, "  "));
        Assert.Throws<DomainException>(() => record.Cancel(RoundCancelReason.Holiday, null));
        record.Cancel(RoundCancelReason.DoctorAbsent, "Vikarie saknas");

        var cancelled = TenthOfDecember.With(record, Series.Length);
        Assert.Equal(RoundStatus.Cancelled, cancelled.Status);
        Assert.Equal(RoundCancelReason.DoctorAbsent, cancelled.CancelReason);
        Assert.Equal("Vikarie saknas", cancelled.CancelNote);
        Assert.Equal(1, cancelled.Sequence);
    }

    [Fact]
    public void AMoveShouldKeepTheUidAndTheOriginalStartAndBumpTheSequence()
    {
        var record = new RoundOccurrenceRecord(Series.Id, 10.December(2026));

        record.MoveTo(TenthOfDecember, new LocalDateTime(2026, 12, 11, 14, 0), now: Instant.FromUtc(2026, 12, 1, 12, 0));

        var moved = TenthOfDecember.With(record, Series.Length);
        Assert.Equal(RoundStatus.Moved, moved.Status);
        Assert.Equal(TenthOfDecember.Uid, moved.Uid);
        Assert.Equal(new LocalDateTime(2026, 12, 10, 9, 0), moved.OriginalStart.LocalDateTime);
        Assert.Equal(new LocalDateTime(2026, 12, 11, 14, 0), moved.Start.LocalDateTime);
        Assert.Equal(new LocalDateTime(2026, 12, 11, 15, 30), moved.End.LocalDateTime);
        Assert.Equal(1, moved.Sequence);
    }

    [Fact]
    public void AMoveToATimeTheClocksSkipShouldBeRefusedInSwedish()
    {
        var series = new RoundSeries(Unit, Schedule(RoundRecurrence.Weekly, IsoDayOfWeek.Friday, HolidayPolicy.Cancel));
        var occurrence = series.OccurrenceOn(27.March(2026))!;
        var record = new RoundOccurrenceRecord(series.Id, 27.March(2026));

        var error = Assert.Throws<DomainException>(() =>
            record.MoveTo(occurrence, new LocalDateTime(2026, 3, 29, 2, 30), now: Instant.FromUtc(2026, 3, 1, 0, 0)));

        Assert.Contains("02:30 den 2026-03-29 finns inte", error.Message);
        Assert.Null(record.MovedStart);
        Assert.Equal(0, record.Sequence);
    }

    [Fact]
    public void AMoveToMidsommaraftonShouldBeRefused()
    {
        var series = FridayEveryOtherWeek(HolidayPolicy.Cancel);
        var record = new RoundOccurrenceRecord(series.Id, 5.June(2026));

        var error = Assert.Throws<DomainException>(() =>
            record.MoveTo(series.OccurrenceOn(5.June(2026))!, new LocalDateTime(2026, 6, 19, 9, 0), now: Instant.FromUtc(2026, 6, 1, 0, 0)));

        Assert.Contains("midsommarafton", error.Message);
    }

    [Fact]
    public void AnAgendaShouldNotBumpTheSequence()
    {
        var record = new RoundOccurrenceRecord(Series.Id, 10.December(2026));

        record.SetAgenda("Årlig vårdplanering rum 12\nRecept att förnya");

        Assert.Equal(0, record.Sequence);
        var occurrence = TenthOfDecember.With(record, Series.Length);
        Assert.Equal(RoundStatus.Planned, occurrence.Status);
        Assert.Equal("Årlig vårdplanering rum 12\nRecept att förnya", occurrence.Agenda);
    }
}
