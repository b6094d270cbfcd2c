namespace Narplan.Domain.YearPlans;

/// <summary>A contact-time date that does not take place, and why (Swedish, shown beside the contact time).</summary>
public sealed record SkippedContactTime(LocalDate Date, string Reason);

/// <summary>
/// A doctor's contact time (separata tider) at a vårdcentral for planned visits such as the annual review (seed 002:
/// "Medicinska årlig vårdplanering … och planerade hembesök dagtid vardagar, planeras in på separata tider"): weekly or
/// every other week on a weekday, at a local time, for a length, with room for <see cref="Capacity"/> reviews, at a place.
/// A date that falls on a helgdag or an eve counted as one is skipped and listed with the reason; it is never moved.
/// </summary>
public sealed class ContactTime : Entity, IVersioned
{
    public const int MaxPlaceLength = 200;

    private ContactTime()
    {
        Place = "";
    }

    public ContactTime(
        Guid careCentreId, Guid? doctorId, IsoDayOfWeek weekday, LocalTime start, int lengthMinutes, int capacity, string place,
        bool everyOtherWeek, LocalDate validFrom, LocalDate? validTo = null, Guid? careUnitId = null)
    {
        if (weekday is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday or IsoDayOfWeek.None)
        {
            throw new DomainException("Kontakttiden ska ligga på en vardag (måndag–fredag).");
        }

        if (lengthMinutes is < 10 or > 480)
        {
            throw new DomainException("Kontakttidens längd ska vara 10–480 minuter.");
        }

        if (capacity is < 1 or > 20)
        {
            throw new DomainException("Antal vårdplaneringar per kontakttid ska vara 1–20.");
        }

        if (string.IsNullOrWhiteSpace(place))
        {
            throw new DomainException("Ange var kontakttiden är, t.ex. vårdcentralens mottagningsrum.");
        }

        if (place.Trim().Length > MaxPlaceLength)
        {
            throw new DomainException($"Platsen får vara högst {MaxPlaceLength} tecken.");
        }

        if (validTo is { } to && to < validFrom)
        {
            throw new DomainException("Slutdatumet kan inte ligga före startdatumet.");
        }

        CareCentreId = careCentreId;
        DoctorId = doctorId;
        CareUnitId = careUnitId;
        Weekday = weekday;
        StartTime = start;
        LengthMinutes = lengthMinutes;
        Capacity = capacity;
        Place = place.Trim();
        EveryOtherWeek = everyOtherWeek;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    /// <summary>The vårdcentral whose doctor holds the contact time.</summary>
    public Guid CareCentreId { get; private set; }

    /// <summary>The doctor, or null for "the vårdcentral's doctor on the day".</summary>
    public Guid? DoctorId { get; private set; }

    /// <summary>Only for this unit; null for every unit of the vårdcentral whose rule books reviews in contact time.</summary>
    public Guid? CareUnitId { get; private set; }

    public IsoDayOfWeek Weekday { get; private set; }

    public LocalTime StartTime { get; private set; }

    public int LengthMinutes { get; private set; }

    /// <summary>Annual reviews one occasion takes.</summary>
    public int Capacity { get; private set; }

    public string Place { get; private set; }

    /// <summary>Every other week, counted from the week of <see cref="ValidFrom"/>; otherwise weekly.</summary>
    public bool EveryOtherWeek { get; private set; }

    public LocalDate ValidFrom { get; private set; }

    public LocalDate? ValidTo { get; private set; }

    public int Version { get; private set; }

    public void Touch() => Version++;

    /// <summary>Ends the contact time after <paramref name="lastDay"/> (included).</summary>
    public void EndAfter(LocalDate lastDay)
    {
        if (lastDay < ValidFrom.PlusDays(-1))
        {
            throw new DomainException("Slutdatumet kan inte ligga före startdatumet.");
        }

        ValidTo = lastDay;
    }

    /// <summary>The pattern dates in <paramref name="from"/>–<paramref name="to"/> (both included), holidays included.</summary>
    private IEnumerable<LocalDate> PatternDates(LocalDate from, LocalDate to)
    {
        var first = from < ValidFrom ? ValidFrom : from;
        var last = ValidTo is { } end && end < to ? end : to;
        var date = first.PlusDays(((int)Weekday - (int)first.DayOfWeek + 7) % 7);
        for (; date <= last; date = date.PlusWeeks(1))
        {
            if (!EveryOtherWeek || Period.DaysBetween(IsoWeek.MondayOf(ValidFrom), IsoWeek.MondayOf(date)) / 7 % 2 == 0)
            {
                yield return date;
            }
        }
    }

    /// <summary>The review slots in the period: one per working pattern date, with <see cref="Capacity"/> places.</summary>
    public IReadOnlyList<ReviewSlot> SlotsBetween(LocalDate from, LocalDate to) =>
        PatternDates(from, to).Where(SwedishCalendar.Instance.IsWorkingDay).Select(d => new ReviewSlot(d, Capacity)).ToList();

    /// <summary>Pattern dates that fall on a helgdag or an eve: skipped, with a Swedish reason.</summary>
    public IReadOnlyList<SkippedContactTime> SkippedBetween(LocalDate from, LocalDate to) =>
        PatternDates(from, to).Where(d => !SwedishCalendar.Instance.IsWorkingDay(d))
            .Select(d => new SkippedContactTime(d,
                $"Kontakttiden {d:yyyy-MM-dd} utgår: {SwedishCalendar.Instance.HolidayOn(d)?.Name ?? SwedishCalendar.Instance.DayName(d) ?? "helgdag"}."))
            .ToList();
}
