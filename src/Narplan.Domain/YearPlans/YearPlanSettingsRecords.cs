namespace Narplan.Domain.YearPlans;

/// <summary>
/// A närområde's (kommun's) ordinary vacation periods for the year plan: a summer range of ISO weeks and a winter range of
/// dates, each optional. Without a record the defaults apply (weeks 26–32 and 23 December–6 January).
/// </summary>
public sealed class KommunVacationSetting : IVersioned
{
    private KommunVacationSetting()
    {
    }

    public KommunVacationSetting(Guid kommunId) => KommunId = kommunId;

    public Guid KommunId { get; private set; }

    public int? SummerFirstWeek { get; private set; } = 26;

    public int? SummerLastWeek { get; private set; } = 32;

    /// <summary>"MM-dd", e.g. "12-23".</summary>
    public string? WinterFrom { get; private set; } = "12-23";

    public string? WinterTo { get; private set; } = "01-06";

    public int Version { get; private set; }

    /// <summary>Sets the periods; both ends of a range or neither.</summary>
    public void Set(int? summerFirstWeek, int? summerLastWeek, AnnualDate? winterFrom, AnnualDate? winterTo)
    {
        if ((summerFirstWeek is null) != (summerLastWeek is null))
        {
            throw new DomainException("Ange både första och sista semesterveckan, eller ingen av dem.");
        }

        if (summerFirstWeek is < 1 or > 53 || summerLastWeek is < 1 or > 53)
        {
            throw new DomainException("Veckonummer ska vara mellan 1 och 53.");
        }

        if ((winterFrom is null) != (winterTo is null))
        {
            throw new DomainException("Ange både första och sista dagen i vinterledigheten, eller ingen av dem.");
        }

        SummerFirstWeek = summerFirstWeek;
        SummerLastWeek = summerLastWeek;
        WinterFrom = winterFrom is { } f ? $"{f.Month:00}-{f.Day:00}" : null;
        WinterTo = winterTo is { } t ? $"{t.Month:00}-{t.Day:00}" : null;
    }

    public IReadOnlyList<VacationPeriod> Vacations()
    {
        var list = new List<VacationPeriod>();
        if (SummerFirstWeek is { } first && SummerLastWeek is { } last)
        {
            list.Add(VacationPeriod.IsoWeeks(first, last));
        }

        if (ParseAnnual(WinterFrom) is { } from && ParseAnnual(WinterTo) is { } to)
        {
            list.Add(VacationPeriod.Dates(from, to));
        }

        return list;
    }

    public static AnnualDate? ParseAnnual(string? text) =>
        text is { Length: 5 } && int.TryParse(text[..2], out var m) && int.TryParse(text[3..], out var d) ? new AnnualDate(m, d) : null;

    public void Touch() => Version++;
}

/// <summary>Which medication review an annual review includes (DOMAIN.md §6: a region setting, default fördjupad). Stored by name.</summary>
public enum MedicationReviewKind
{
    /// <summary>Fördjupad läkemedelsgenomgång (with symptom rating, PHASE-20).</summary>
    Extended,

    /// <summary>Enkel läkemedelsgenomgång.</summary>
    Simple,
}

public static class MedicationReviewKindNames
{
    public static string Swedish(this MedicationReviewKind kind) => kind == MedicationReviewKind.Simple ? "enkel" : "fördjupad";
}

/// <summary>
/// One version of the region's review settings (DOMAIN.md §6): the longest interval between annual reviews (default 12
/// months) and which medication review the review includes (default fördjupad), valid from <see cref="ValidFrom"/> until
/// the next version's date. A year plan follows the version in force on its first planning day (decision 0041).
/// </summary>
public sealed class RegionReviewSetting : Entity, IVersioned
{
    public const int DefaultIntervalMonths = 12;

    private RegionReviewSetting()
    {
    }

    public RegionReviewSetting(Guid regionId, LocalDate validFrom)
    {
        RegionId = regionId;
        ValidFrom = validFrom;
    }

    public Guid RegionId { get; private set; }

    /// <summary>First day this version applies.</summary>
    public LocalDate ValidFrom { get; private set; }

    public int IntervalMonths { get; private set; } = DefaultIntervalMonths;

    public MedicationReviewKind MedicationReview { get; private set; } = MedicationReviewKind.Extended;

    public int Version { get; private set; }

    public void Set(int months) =>
        IntervalMonths = months is >= 3 and <= 24 ? months : throw new DomainException("Intervallet ska vara 3–24 månader.");

    public void Set(int months, MedicationReviewKind medicationReview)
    {
        Set(months);
        MedicationReview = Enum.IsDefined(medicationReview) ? medicationReview : throw new DomainException("Välj enkel eller fördjupad läkemedelsgenomgång.");
    }

    /// <summary>The version in force on <paramref name="on"/>: the latest one that starts on or before it; null before the first.</summary>
    public static RegionReviewSetting? InForce(IEnumerable<RegionReviewSetting> versions, LocalDate on) =>
        versions.Where(v => v.ValidFrom <= on).OrderByDescending(v => v.ValidFrom).FirstOrDefault();

    public void Touch() => Version++;
}

/// <summary>How many annual reviews one of the unit's round occurrences takes (decision 0024, default 3).</summary>
public sealed class UnitReviewCapacity : IVersioned
{
    public const int DefaultReviewsPerRound = 3;

    private UnitReviewCapacity()
    {
    }

    public UnitReviewCapacity(Guid careUnitId) => CareUnitId = careUnitId;

    public Guid CareUnitId { get; private set; }

    public int ReviewsPerRound { get; private set; } = DefaultReviewsPerRound;

    /// <summary>
    /// The unit's annual reviews are booked in the doctor's contact time at the responsible vårdcentral ("planeras in på
    /// separata tider", seed 002 for LSS), not in its rounds.
    /// </summary>
    public bool UsesContactTime { get; private set; }

    public int Version { get; private set; }

    public void SetUsesContactTime(bool value) => UsesContactTime = value;

    public void Set(int reviews) =>
        ReviewsPerRound = reviews is >= 0 and <= 20 ? reviews : throw new DomainException("Antal vårdplaneringar per rond ska vara 0–20.");

    public void Touch() => Version++;
}

/// <summary>
/// The last stored planning of a unit's year: from which date it planned, the slots and settings it used (as text, no
/// patient data), and when. Re-planning compares today's slots with these to find cancelled and new rounds.
/// </summary>
public sealed class YearPlanRun : Entity, IVersioned
{
    private YearPlanRun()
    {
        Slots = "";
        Settings = "";
    }

    public YearPlanRun(Guid careUnitId, int year)
    {
        CareUnitId = careUnitId;
        Year = year;
        Slots = "";
        Settings = "";
    }

    public Guid CareUnitId { get; private set; }

    public int Year { get; private set; }

    public LocalDate From { get; private set; }

    /// <summary>"2027-01-07*3 2027-01-21*3 …": date and capacity of every slot the plan used.</summary>
    public string Slots { get; private set; }

    /// <summary>
    /// The settings the plan used as <see cref="YearPlanRunSettings.Format"/> writes them, e.g. "12 mån; 3/rond; vecka 26–32;
    /// 23/12–6/1"; compared through <see cref="ParseSettings"/>, never as text.
    /// </summary>
    public string Settings { get; private set; }

    public Instant MadeAt { get; private set; }

    public int Version { get; private set; }

    public void Record(LocalDate from, IEnumerable<ReviewSlot> slots, YearPlanRunSettings settings, Instant at)
    {
        From = from;
        Slots = string.Join(' ', slots.OrderBy(s => s.Date).Select(s => $"{NodaTime.Text.LocalDatePattern.Iso.Format(s.Date)}*{s.Capacity}"));
        Settings = settings.Format();
        MadeAt = at;
    }

    public IReadOnlyList<ReviewSlot> ParseSlots() =>
        Slots.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Split('*'))
            .Select(p => new ReviewSlot(NodaTime.Text.LocalDatePattern.Iso.Parse(p[0]).Value, int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

    /// <summary>The settings the plan used; null when the stored text cannot be read (then the next planning starts afresh).</summary>
    public YearPlanRunSettings? ParseSettings() => YearPlanRunSettings.Parse(Settings);

    public void Touch() => Version++;
}
