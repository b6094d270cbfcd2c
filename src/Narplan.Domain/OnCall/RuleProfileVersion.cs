namespace Narplan.Domain.OnCall;

/// <summary>
/// One stored version of a beredskapsjourområde's on-call rule profile (DOMAIN.md §5: "a rule profile is data, editable
/// by an administrator, versioned with valid-from"; it belongs to an <see cref="OnCallArea"/>, decision 0037). A version that has come into force is history and is
/// not changed; a change is a new version from a date. A version not yet in force may be edited or withdrawn.
/// </summary>
public sealed class RuleProfileVersion : Entity
{
    private RuleProfileVersion() { }

    public RuleProfileVersion(Guid areaId, OnCallRuleProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Problem is not null)
        {
            throw new DomainException("Ett område utan regler kan inte sparas som regelversion.");
        }

        AreaId = areaId;
        Apply(profile);
    }

    /// <summary>The beredskapsjourområde whose rules this is a version of.</summary>
    public Guid AreaId { get; private set; }

    public LocalDate ValidFrom { get; private set; }

    public string Name { get; private set; } = "";

    public LocalTime DaytimeStart { get; private set; }

    public LocalTime DaytimeEnd { get; private set; }

    public bool WeekdayHolidaysAreOnCall { get; private set; }

    public bool EvesAreOnCall { get; private set; }

    public string OnCallServiceName { get; private set; } = "";

    public List<OnCallContact> OnCallNumbers { get; private set; } = [];

    public List<EscalationStep> EscalationSteps { get; private set; } = [];

    /// <summary>Minutes until a doctor is on site once a visit is decided; null when the region has published none.</summary>
    public int? OnSiteWithinMinutes { get; private set; }

    /// <summary>Minutes until telephone contact is established; null when the region has published none.</summary>
    public int? TelephoneContactWithinMinutes { get; private set; }

    public List<string> Scope { get; private set; } = [];

    /// <summary>See <see cref="OnCallRuleProfile.RuleNote"/>.</summary>
    public string? RuleNote { get; private set; }

    /// <summary>Name of the daytime acute home-visit service (<see cref="OnCallRuleProfile.DaytimeAcuteVisit"/>), or null.</summary>
    public string? AcuteVisitName { get; private set; }

    /// <summary>Its number; null when none is known (the answer says so).</summary>
    public string? AcuteVisitPhone { get; private set; }

    /// <summary>Whom it is for, as shown to the nurse.</summary>
    public string? AcuteVisitRemit { get; private set; }

    /// <summary>Optimistic concurrency: bumped on every change.</summary>
    public int Version { get; private set; }

    /// <summary>Whether the version has come into force on the local date (and so is history, never edited).</summary>
    public bool IsInForceOrPast(LocalDate today) => ValidFrom <= today;

    /// <summary>The profile as the resolver takes it.</summary>
    public OnCallRuleProfile ToProfile() => new(
        Name, ValidFrom, DaytimeStart, DaytimeEnd, WeekdayHolidaysAreOnCall, EvesAreOnCall, OnCallServiceName,
        OnCallNumbers, EscalationSteps,
        OnSiteWithinMinutes is { } onSite && TelephoneContactWithinMinutes is { } phone
            ? new ResponsePromises(Duration.FromMinutes(onSite), Duration.FromMinutes(phone))
            : null,
        Scope,
        RuleNote,
        AcuteVisitName is { } visit ? new AcuteVisitService(visit, AcuteVisitPhone, AcuteVisitRemit ?? "") : null);

    /// <summary>Changes a version that is not yet in force.</summary>
    public void Revise(OnCallRuleProfile profile, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (IsInForceOrPast(today))
        {
            throw new DomainException(
                $"Versionen från {ValidFrom:yyyy-MM-dd} gäller redan och ändras inte. Skapa en ny version med ett senare giltighetsdatum.");
        }

        if (profile.ValidFrom <= today)
        {
            throw new DomainException("En ändrad version måste börja gälla efter i dag.");
        }

        Apply(profile);
        Version++;
    }

    /// <summary>
    /// The version in force on the local date: the latest one whose <see cref="ValidFrom"/> is on or before it; before
    /// the first version, the first one (so an old date still gets an answer).
    /// </summary>
    public static RuleProfileVersion? InForce(IEnumerable<RuleProfileVersion> versions, Guid areaId, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var ofKey = versions.Where(v => v.AreaId == areaId).OrderBy(v => v.ValidFrom).ToList();
        return ofKey.LastOrDefault(v => v.ValidFrom <= date) ?? ofKey.FirstOrDefault();
    }

    private void Apply(OnCallRuleProfile profile)
    {
        foreach (var number in profile.OnCallNumbers)
        {
            RequirePhone(number.Phone);
        }

        foreach (var step in profile.EscalationSteps.Where(s => s.Phone is not null))
        {
            RequirePhone(step.Phone!);
        }

        if (profile.DaytimeAcuteVisit?.Phone is { } visitPhone)
        {
            RequirePhone(visitPhone);
        }

        ValidFrom = profile.ValidFrom;
        Name = profile.Name;
        DaytimeStart = profile.DaytimeStart;
        DaytimeEnd = profile.DaytimeEnd;
        WeekdayHolidaysAreOnCall = profile.WeekdayHolidaysAreOnCall;
        EvesAreOnCall = profile.EvesAreOnCall;
        OnCallServiceName = profile.OnCallServiceName;
        OnCallNumbers = [.. profile.OnCallNumbers];
        EscalationSteps = [.. profile.EscalationSteps];
        OnSiteWithinMinutes = profile.Promises is null ? null : (int)profile.Promises.OnSiteAfterFirstContact.TotalMinutes;
        TelephoneContactWithinMinutes = profile.Promises is null ? null : (int)profile.Promises.TelephoneContactWithin.TotalMinutes;
        Scope = [.. profile.Scope];
        RuleNote = profile.RuleNote;
        AcuteVisitName = profile.DaytimeAcuteVisit?.Name;
        AcuteVisitPhone = profile.DaytimeAcuteVisit?.Phone;
        AcuteVisitRemit = profile.DaytimeAcuteVisit?.Remit;
    }

    private static void RequirePhone(string phone)
    {
        if (!PhoneNumbers.IsValid(phone))
        {
            throw new DomainException($"Telefonnumret '{phone}' är inte ett giltigt svenskt nummer.");
        }
    }
}
