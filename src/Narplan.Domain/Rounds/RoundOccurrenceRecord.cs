namespace Narplan.Domain.Rounds;

/// <summary>
/// What the unit's staff recorded on one occurrence (uppföljning): held, cancelled with a reason, or moved to a new
/// time, and the agenda the nurse keeps for it. Keyed by the occurrence's identity (series + original date), so it
/// survives later revisions of the series. <see cref="Sequence"/> increases with every change of time or status
/// (what calendar clients compare); an agenda change alone does not touch it, since agendas are never published.
/// </summary>
public sealed class RoundOccurrenceRecord : Entity, IVersioned
{
    public const int MaxAgendaLength = 4000;
    public const int MaxNoteLength = 500;

    private RoundOccurrenceRecord()
    {
    }

    public RoundOccurrenceRecord(Guid seriesId, LocalDate originalDate)
    {
        SeriesId = seriesId;
        OriginalDate = originalDate;
        Status = RoundStatus.Planned;
    }

    public Guid SeriesId { get; private set; }

    public LocalDate OriginalDate { get; private set; }

    /// <summary><see cref="RoundStatus.Planned"/> while only an agenda (or a move) is recorded.</summary>
    public RoundStatus Status { get; private set; }

    public RoundCancelReason? CancelReason { get; private set; }

    public string? CancelNote { get; private set; }

    /// <summary>The new local start when moved by hand; null otherwise.</summary>
    public LocalDateTime? MovedStart { get; private set; }

    public string? Agenda { get; private set; }

    public int Sequence { get; private set; }

    public int Version { get; private set; }

    public void Touch() => Version++;

    /// <summary>Marks the round held; refused before it has started.</summary>
    public void MarkHeld(RoundOccurrence occurrence, Instant now)
    {
        RequireSame(occurrence);
        if (occurrence.Start.ToInstant() > now)
        {
            throw new DomainException("En rond kan inte markeras som genomförd innan den har börjat.");
        }

        ChangeStatus(RoundStatus.Held);
        CancelReason = null;
        CancelNote = null;
    }

    /// <summary>Cancels the round with a reason from the list; <see cref="RoundCancelReason.Other"/> needs a note.</summary>
    public void Cancel(RoundCancelReason reason, string? note)
    {
        if (reason == RoundCancelReason.Holiday)
        {
            throw new DomainException("Helgdag sätts av kalendern; välj en annan orsak.");
        }

        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (reason == RoundCancelReason.Other && note is null)
        {
            throw new DomainException("Skriv vad orsaken är när du väljer ”Annan orsak”.");
        }

        if (note is { Length: > MaxNoteLength })
        {
            throw new DomainException($"Kommentaren får vara högst {MaxNoteLength} tecken.");
        }

        if (Status != RoundStatus.Cancelled || CancelReason != reason)
        {
            Sequence++;
        }

        Status = RoundStatus.Cancelled;
        CancelReason = reason;
        CancelNote = note;
    }

    /// <summary>
    /// Moves the round to <paramref name="newStart"/> (local time in Europe/Stockholm), which must exist (not skipped by
    /// the clocks), fall on a working day and not lie in the past.
    /// </summary>
    public void MoveTo(RoundOccurrence occurrence, LocalDateTime newStart, Instant now)
    {
        RequireSame(occurrence);
        if (Stockholm.Zone.MapLocal(newStart).Count == 0)
        {
            throw new DomainException($"Klockan {newStart:HH':'mm} den {newStart:yyyy-MM-dd} finns inte: klockan ställs fram till sommartid den natten.");
        }

        if (!SwedishCalendar.Instance.IsWorkingDay(newStart.Date))
        {
            var name = SwedishCalendar.Instance.DayName(newStart.Date) ?? "ingen vardag";
            throw new DomainException($"{newStart:yyyy-MM-dd} är {name.ToLowerInvariant()}: en rond kan bara flyttas till en vardag.");
        }

        if (Stockholm.Zone.AtLeniently(newStart).ToInstant() < now)
        {
            throw new DomainException("En rond kan inte flyttas till en tid som redan har varit.");
        }

        if (MovedStart != newStart)
        {
            Sequence++;
        }

        MovedStart = newStart;
        Status = RoundStatus.Planned;
        CancelReason = null;
        CancelNote = null;
    }

    /// <summary>Back to the plan: no status, no move (the agenda is kept).</summary>
    public void Reset()
    {
        if (Status != RoundStatus.Planned || MovedStart is not null)
        {
            Sequence++;
        }

        Status = RoundStatus.Planned;
        CancelReason = null;
        CancelNote = null;
        MovedStart = null;
    }

    public void SetAgenda(string? agenda)
    {
        agenda = string.IsNullOrWhiteSpace(agenda) ? null : agenda.Trim();
        if (agenda is { Length: > MaxAgendaLength })
        {
            throw new DomainException($"Agendan får vara högst {MaxAgendaLength} tecken.");
        }

        Agenda = agenda;
    }

    private void ChangeStatus(RoundStatus status)
    {
        if (Status != status)
        {
            Sequence++;
        }

        Status = status;
    }

    private void RequireSame(RoundOccurrence occurrence)
    {
        if (occurrence.SeriesId != SeriesId || occurrence.OriginalDate != OriginalDate)
        {
            throw new ArgumentException("The occurrence is another one than this record's.", nameof(occurrence));
        }
    }
}
