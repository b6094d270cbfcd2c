namespace Narplan.Domain.Rounds;

/// <summary>
/// A series of fasta planerade läkartider (ronder) at one kommunal enhet (DOMAIN.md §4): on which weekday(s), at which
/// local time in Europe/Stockholm, how long, how often, in which meeting form and where, from
/// <see cref="ValidFrom"/> to <see cref="ValidTo"/> (both included; a null end means "tills vidare").
/// </summary>
/// <remarks>
/// <para>
/// A series is not rewritten once it has run: <see cref="ReviseFrom"/> ends it the day before the change and returns a
/// successor, so occurrences before the change keep their identity (<see cref="RoundOccurrence.Uid"/>) and whatever was
/// recorded on them. A round never lands on a helgdag or on midsommarafton, julafton or nyårsafton: it is moved to the
/// next working day or cancelled, per <see cref="HolidayPolicy"/>, and the occurrence says so.
/// </para>
/// <para>
/// Times are local: a 09:00 round is at 09:00 Swedish time in winter (UTC+1) and in summer (UTC+2). A start time that
/// the clocks skip on the spring DST night is refused for every series, so that no occurrence or later move ever meets
/// a time that does not exist; a time that occurs twice on the autumn night means its first occurrence.
/// </para>
/// </remarks>
public sealed class RoundSeries : Entity, IVersioned
{
    /// <summary>The longest a holiday can push a round forward (julafton on a Thursday → the Monday after: 4 days).</summary>
    internal const int MaxMoveDays = 10;

    private RoundSeries()
    {
    }

    public RoundSeries(Guid careUnitId, RoundSchedule schedule)
    {
        CareUnitId = careUnitId;
        Apply(schedule);
    }

    public Guid CareUnitId { get; private set; }

    /// <summary>The named doctor, or null for "the unit's fast läkarkontakt on the day" (from the responsibility data).</summary>
    public Guid? DoctorId { get; private set; }

    public RoundRecurrence Recurrence { get; private set; }

    /// <summary>The round day; for <see cref="RoundRecurrence.TwiceAWeek"/> the first of the two.</summary>
    public IsoDayOfWeek Weekday { get; private set; }

    /// <summary>The second round day of <see cref="RoundRecurrence.TwiceAWeek"/>; null otherwise.</summary>
    public IsoDayOfWeek? SecondWeekday { get; private set; }

    /// <summary>For <see cref="RoundRecurrence.EveryOtherWeek"/>: a date in a round week. Equal to <see cref="ValidFrom"/> otherwise.</summary>
    public LocalDate AnchorDate { get; private set; }

    /// <summary>Local start time in Europe/Stockholm.</summary>
    public LocalTime StartTime { get; private set; }

    public int LengthMinutes { get; private set; }

    public Duration Length => Duration.FromMinutes(LengthMinutes);

    public MeetingForm MeetingForm { get; private set; }

    /// <summary>Where the round takes place ("Bäcklidens personalrum", "Teams", "Vårdcentralen"); null when not stated.</summary>
    public string? Location { get; private set; }

    /// <summary>First day a round may take place.</summary>
    public LocalDate ValidFrom { get; private set; }

    /// <summary>Last day a round may take place (included); null while open-ended.</summary>
    public LocalDate? ValidTo { get; private set; }

    public HolidayPolicy HolidayPolicy { get; private set; }

    /// <summary>The series this one replaced through <see cref="ReviseFrom"/>, if any.</summary>
    public Guid? PreviousSeriesId { get; private set; }

    /// <summary>
    /// The series is for avstämning with the nurse only (seed 002 for LSS: "En timma varannan vecka på respektive
    /// vårdcentral. Tiden avser: avstämningstid med sjuksköterska …"): the year plan never books annual reviews in it.
    /// </summary>
    public bool ReconciliationOnly { get; private set; }

    /// <summary>Optimistic concurrency: increases with every saved change.</summary>
    public int Version { get; private set; }

    /// <summary>Marks the series as avstämning only (or not).</summary>
    public void SetReconciliationOnly(bool value) => ReconciliationOnly = value;

    /// <summary>The settings of this series, as a schedule that can be edited and passed to <see cref="ReviseFrom"/>.</summary>
    public RoundSchedule Schedule => new(
        DoctorId, Recurrence, Weekday, SecondWeekday, AnchorDate, StartTime, LengthMinutes, MeetingForm, Location, ValidFrom, ValidTo, HolidayPolicy);

    public void Touch() => Version++;

    /// <summary>
    /// Changes the series from <paramref name="effectiveFrom"/> on: this series ends the day before and the returned
    /// successor carries <paramref name="schedule"/> from that date. Only future occurrences change: the date must be
    /// after <paramref name="today"/> and after this series' start.
    /// </summary>
    public RoundSeries ReviseFrom(LocalDate effectiveFrom, RoundSchedule schedule, LocalDate today)
    {
        if (effectiveFrom <= today)
        {
            throw new DomainException("En ändring av ronderna kan bara gälla framtida tillfällen: ange ett datum efter i dag.");
        }

        if (effectiveFrom <= ValidFrom)
        {
            throw new DomainException($"Ändringen måste gälla från ett datum efter seriens start {ValidFrom:yyyy-MM-dd}.");
        }

        if (ValidTo is { } end && effectiveFrom > end)
        {
            throw new DomainException($"Serien slutar {end:yyyy-MM-dd}; en ändring från {effectiveFrom:yyyy-MM-dd} påverkar den inte.");
        }

        var successor = new RoundSeries(CareUnitId, schedule with { ValidFrom = effectiveFrom }) { PreviousSeriesId = Id, ReconciliationOnly = ReconciliationOnly };
        ValidTo = effectiveFrom.PlusDays(-1);
        return successor;
    }

    /// <summary>Ends the series after <paramref name="lastDay"/> (included), which must be today or later.</summary>
    public void EndAfter(LocalDate lastDay, LocalDate today)
    {
        if (lastDay < today)
        {
            throw new DomainException("Serien kan inte avslutas bakåt i tiden: tidigare tillfällen behålls.");
        }

        if (lastDay < ValidFrom)
        {
            throw new DomainException($"Slutdatumet kan inte ligga före seriens start {ValidFrom:yyyy-MM-dd}.");
        }

        ValidTo = lastDay;
    }

    /// <summary>Whether <paramref name="date"/> is a round day of the pattern, ignoring the validity period and holidays.</summary>
    public bool IsPatternDay(LocalDate date)
    {
        var day = date.DayOfWeek;
        return Recurrence switch
        {
            RoundRecurrence.Weekly => day == Weekday,
            RoundRecurrence.TwiceAWeek => day == Weekday || day == SecondWeekday,
            RoundRecurrence.EveryOtherWeek => day == Weekday && IsRoundWeek(date),
            _ => false,
        };
    }

    /// <summary>
    /// Every other week: whole weeks counted from the Monday of the anchor week to the Monday of the date's week.
    /// Counting weeks, not ISO week numbers, keeps the parity through a year that has a week 53 and across new year.
    /// </summary>
    public bool IsRoundWeek(LocalDate date)
    {
        var weeks = Period.DaysBetween(MondayOf(AnchorDate), MondayOf(date)) / 7;
        return weeks % 2 == 0;
    }

    /// <summary>
    /// The occurrences whose (possibly moved) start date lies in <paramref name="from"/>–<paramref name="to"/>, both
    /// included, ordered by start; a cancelled occurrence counts on its original date. Only the plan from the calendar:
    /// what was recorded on an occurrence is applied with <see cref="RoundOccurrence.With"/>.
    /// </summary>
    public IReadOnlyList<RoundOccurrence> OccurrencesBetween(LocalDate from, LocalDate to)
    {
        var result = new List<RoundOccurrence>();
        var first = from.PlusDays(-MaxMoveDays);
        if (first < ValidFrom)
        {
            first = ValidFrom;
        }

        var last = ValidTo is { } end && end < to ? end : to;
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            if (!IsPatternDay(date))
            {
                continue;
            }

            var occurrence = Plan(date);
            var counted = occurrence.Status == RoundStatus.Cancelled ? occurrence.OriginalDate : occurrence.Date;
            if (counted >= from && counted <= to)
            {
                result.Add(occurrence);
            }
        }

        return result.OrderBy(o => o.Start.ToInstant()).ToList();
    }

    /// <summary>
    /// The planned occurrence whose original date is <paramref name="originalDate"/>, also outside the validity period
    /// (for occurrences recorded before a revision); null when the date is not a round day of the pattern.
    /// </summary>
    public RoundOccurrence? OccurrenceOn(LocalDate originalDate) => IsPatternDay(originalDate) ? Plan(originalDate) : null;

    private RoundOccurrence Plan(LocalDate date)
    {
        var calendar = SwedishCalendar.Instance;
        var original = At(date);
        if (calendar.IsWorkingDay(date))
        {
            return new RoundOccurrence(Id, date, original, original, EndOf(date, StartTime), RoundStatus.Planned, null, null);
        }

        var holiday = calendar.HolidayOn(date)?.Name ?? calendar.DayName(date) ?? "Helgdag";
        if (HolidayPolicy == HolidayPolicy.Cancel)
        {
            return Cancelled(date, original, $"{holiday}: ronden ställs in");
        }

        var moved = calendar.NextWorkingDay(date);
        if (IsPatternDay(moved) && (ValidTo is null || moved <= ValidTo))
        {
            // Twice a week on Monday and Tuesday, Monday annandag påsk: Tuesday already has its round.
            return Cancelled(date, original, $"{holiday}: nästa vardag {moved:yyyy-MM-dd} har redan en rond");
        }

        return new RoundOccurrence(Id, date, original, At(moved), EndOf(moved, StartTime), RoundStatus.Moved, null,
            $"{holiday}: flyttad från {date:yyyy-MM-dd} till {moved:yyyy-MM-dd}");
    }

    private RoundOccurrence Cancelled(LocalDate date, ZonedDateTime original, string note) =>
        new(Id, date, original, original, EndOf(date, StartTime), RoundStatus.Cancelled, RoundCancelReason.Holiday, note);

    private ZonedDateTime At(LocalDate date) => At(date, StartTime);

    private static ZonedDateTime At(LocalDate date, LocalTime time) => Stockholm.Zone.AtLeniently(date.At(time));

    /// <summary>The end as a local time (start + length on the clock) turned into an instant, never start + a fixed duration.</summary>
    internal ZonedDateTime EndOf(LocalDate date, LocalTime start) => Stockholm.Zone.AtLeniently(date.At(start).PlusMinutes(LengthMinutes));

    private static LocalDate MondayOf(LocalDate date) => date.PlusDays(-((int)date.DayOfWeek - 1));

    private void Apply(RoundSchedule schedule)
    {
        schedule.Validate();
        DoctorId = schedule.DoctorId;
        Recurrence = schedule.Recurrence;
        Weekday = schedule.Weekday;
        SecondWeekday = schedule.Recurrence == RoundRecurrence.TwiceAWeek ? schedule.SecondWeekday : null;
        AnchorDate = schedule.Recurrence == RoundRecurrence.EveryOtherWeek ? schedule.AnchorDate ?? schedule.ValidFrom : schedule.ValidFrom;
        StartTime = schedule.StartTime;
        LengthMinutes = schedule.LengthMinutes;
        MeetingForm = schedule.MeetingForm;
        Location = string.IsNullOrWhiteSpace(schedule.Location) ? null : schedule.Location.Trim();
        ValidFrom = schedule.ValidFrom;
        ValidTo = schedule.ValidTo;
        HolidayPolicy = schedule.HolidayPolicy;
    }
}
