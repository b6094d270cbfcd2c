namespace Narplan.Domain.Rounds;

/// <summary>
/// One round of a <see cref="RoundSeries"/>. Its identity is the series and the <see cref="OriginalDate"/> the
/// pattern gave it, so it keeps its <see cref="Uid"/> when it is moved (by a holiday or by hand) or cancelled.
/// <see cref="OriginalStart"/> is the time the pattern gave; <see cref="Start"/>/<see cref="End"/> the time it
/// actually has. A cancelled occurrence keeps the time it had (for a holiday: the pattern's).
/// </summary>
public sealed record RoundOccurrence(
    Guid SeriesId,
    LocalDate OriginalDate,
    ZonedDateTime OriginalStart,
    ZonedDateTime Start,
    ZonedDateTime End,
    RoundStatus Status,
    RoundCancelReason? CancelReason,
    string? Note)
{
    /// <summary>The local date it takes place (after any move).</summary>
    public LocalDate Date => Start.Date;

    /// <summary>Stable across moves, cancellations and re-publication: an iCalendar UID.</summary>
    public string Uid => UidFor(SeriesId, OriginalDate);

    /// <summary>iCalendar SEQUENCE: 0 as planned, increased with each recorded change of time or status.</summary>
    public int Sequence { get; init; }

    /// <summary>The agenda the nurse keeps (not published in feeds: it may name patients).</summary>
    public string? Agenda { get; init; }

    /// <summary>Free text given with a cancellation.</summary>
    public string? CancelNote { get; init; }

    /// <summary>Whether someone has recorded anything on it (status, move or agenda).</summary>
    public bool IsRecorded { get; init; }

    /// <summary>
    /// The status people see at <paramref name="now"/>: a round whose start is at or before <paramref name="now"/> and
    /// that was neither held nor cancelled is <see cref="RoundReportStatus.NotReported"/> ("Ej rapporterad"), also when
    /// it was moved. The one rule for every page, the API, the feeds and <see cref="RoundTally"/>.
    /// </summary>
    public RoundReportStatus StatusAt(Instant now) => Status switch
    {
        RoundStatus.Held => RoundReportStatus.Held,
        RoundStatus.Cancelled => RoundReportStatus.Cancelled,
        _ when Start.ToInstant() <= now => RoundReportStatus.NotReported,
        RoundStatus.Moved => RoundReportStatus.Moved,
        _ => RoundReportStatus.Planned,
    };

    public static string UidFor(Guid seriesId, LocalDate originalDate) =>
        $"rond-{seriesId:N}-{originalDate.Year:0000}{originalDate.Month:00}{originalDate.Day:00}@narplan";

    /// <summary>The occurrence with what was recorded on it applied; <paramref name="record"/> must be for this occurrence.</summary>
    public RoundOccurrence With(RoundOccurrenceRecord? record, Duration length)
    {
        if (record is null)
        {
            return this;
        }

        if (record.SeriesId != SeriesId || record.OriginalDate != OriginalDate)
        {
            throw new ArgumentException("The record belongs to another occurrence.", nameof(record));
        }

        var occurrence = this with { Sequence = record.Sequence, Agenda = record.Agenda, IsRecorded = true };
        if (record.MovedStart is { } moved)
        {
            var start = Calendars.Stockholm.Zone.AtLeniently(moved);
            var end = Calendars.Stockholm.Zone.AtLeniently(moved.Plus(Period.FromMinutes((long)length.TotalMinutes)));
            occurrence = occurrence with
            {
                Start = start,
                End = end,
                Status = RoundStatus.Moved,
                CancelReason = null,
                Note = $"Flyttad från {OriginalStart:yyyy-MM-dd HH:mm} till {moved:yyyy-MM-dd HH:mm}",
            };
        }

        return record.Status switch
        {
            RoundStatus.Held => occurrence with { Status = RoundStatus.Held, CancelReason = null },
            RoundStatus.Cancelled => occurrence with
            {
                Status = RoundStatus.Cancelled,
                CancelReason = record.CancelReason,
                CancelNote = record.CancelNote,
                Note = record.CancelReason?.Swedish(),
            },
            _ => occurrence,
        };
    }
}
