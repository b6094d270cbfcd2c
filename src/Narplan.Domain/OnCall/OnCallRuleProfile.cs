namespace Narplan.Domain.OnCall;

/// <summary>
/// A beredskapsjourområde's on-call rules as data (DOMAIN.md §5, decision 0037): when the vårdcentral covers daytime
/// and when the beredskapsjour covers everything else, whom to call and in which order, what is promised and what the
/// on-call doctor's remit is. One profile is one version of one area's rules (<see cref="RuleProfileVersion"/>);
/// <see cref="ValidFrom"/> says from which local date it applies. The seed texts are in <see cref="SeedOnCallProfiles"/>,
/// loaded once as data; an administrator adds and versions areas and profiles without a code change.
/// </summary>
/// <remarks>
/// <para>
/// Daytime is <c>[DaytimeStart, DaytimeEnd)</c> in local time Europe/Stockholm on a day that
/// <see cref="HasDaytime"/>: the start is included (08:00 exactly is the vårdcentral's), the end is not
/// (17:00 exactly is the beredskapsjour's). Every other instant is on call. Saturdays and Sundays never have
/// daytime; weekday holidays and the three eves have none when the profile says so.
/// </para>
/// <para>
/// The lists are read-only views; two profiles are equal only when they share the same list instances
/// (record equality does not compare list contents).
/// </para>
/// </remarks>
public sealed record OnCallRuleProfile
{
    public OnCallRuleProfile(
        string name,
        LocalDate validFrom,
        LocalTime daytimeStart,
        LocalTime daytimeEnd,
        bool weekdayHolidaysAreOnCall,
        bool evesAreOnCall,
        string onCallServiceName,
        IEnumerable<OnCallContact> onCallNumbers,
        IEnumerable<EscalationStep> escalationSteps,
        ResponsePromises? promises,
        IEnumerable<string> scope,
        string? ruleNote = null,
        AcuteVisitService? daytimeAcuteVisit = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(onCallServiceName);
        if (daytimeStart >= daytimeEnd)
        {
            throw new ArgumentException(
                $"Dagtid måste börja före den slutar ({daytimeStart:HH:mm}–{daytimeEnd:HH:mm}).", nameof(daytimeEnd));
        }

        Name = name;
        RuleNote = string.IsNullOrWhiteSpace(ruleNote) ? null : ruleNote.Trim();
        DaytimeAcuteVisit = daytimeAcuteVisit;
        ValidFrom = validFrom;
        DaytimeStart = daytimeStart;
        DaytimeEnd = daytimeEnd;
        WeekdayHolidaysAreOnCall = weekdayHolidaysAreOnCall;
        EvesAreOnCall = evesAreOnCall;
        OnCallServiceName = onCallServiceName;
        OnCallNumbers = Array.AsReadOnly(onCallNumbers.ToArray());
        EscalationSteps = Array.AsReadOnly(escalationSteps.ToArray());
        Promises = promises;
        Scope = Array.AsReadOnly(scope.ToArray());
        OnCallCallOrder = Array.AsReadOnly(
        [
            .. OnCallNumbers.Select(n => new EscalationStep($"Ring {n.Name}.", n.Phone, IsInternal: n.IsInternal)),
            .. EscalationSteps,
        ]);
        HasDemoNumbers = OnCallNumbers.Any(n => n.IsDemo);
    }

    /// <summary>What to try, in order, when the beredskapsjour answers: its numbers, then the escalation chain.</summary>
    public IReadOnlyList<EscalationStep> OnCallCallOrder { get; }

    /// <summary>Whether any of the beredskapsjour's numbers is fictional (demo data).</summary>
    public bool HasDemoNumbers { get; }

    /// <summary>
    /// A rule the area has chosen where its source document is silent, shown beside every answer (Swedish), e.g.
    /// Halland's "helgdagar på vardagar räknas som helg"; null when there is none.
    /// </summary>
    public string? RuleNote { get; }

    /// <summary>
    /// Who makes daytime acute home visits for patients inskrivna i hemsjukvården when that is not the vårdcentral,
    /// e.g. Halland's Läkarmedverkan i hemsjukvården (seed 003); null when the vårdcentral does (VGR). Advice stays
    /// with the vårdcentral; out of hours the beredskapsjour answers both.
    /// </summary>
    public AcuteVisitService? DaytimeAcuteVisit { get; }

    /// <summary>
    /// Set only on <see cref="Unassigned"/>: why the unit has no area's rules (Swedish), shown on every answer.
    /// </summary>
    public string? Problem { get; private init; }

    /// <summary>
    /// What the resolver gets for a unit whose kommun has no beredskapsjourområde on the date, or two at once: no
    /// numbers, no chain, no promises, no remit, and <paramref name="problem"/> on every answer. Daytime is taken as
    /// 08:00–17:00 on working days so the unit's own vårdcentral still answers in daytime (that is the unit's
    /// responsibility, not an area's); nothing is borrowed from another area (decision 0037).
    /// </summary>
    public static OnCallRuleProfile Unassigned(string problem) => new(
        "Beredskapsjourområde saknas", LocalDate.MinIsoValue, new LocalTime(8, 0), new LocalTime(17, 0),
        weekdayHolidaysAreOnCall: true, evesAreOnCall: false, "Beredskapsjour (område saknas)", [], [], null, [])
    {
        Problem = problem,
    };

    /// <summary>Name shown to administrators, e.g. "VGR – Beredskapsjouren Skaraborg".</summary>
    public string Name { get; }

    /// <summary>The first local date (Europe/Stockholm) this version applies to, inclusive.</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>Local time the vårdcentral's daytime starts; included in daytime (VGR 08:00).</summary>
    public LocalTime DaytimeStart { get; }

    /// <summary>Local time the vårdcentral's daytime ends; excluded from daytime, i.e. on-call starts here (VGR 17:00).</summary>
    public LocalTime DaytimeEnd { get; }

    /// <summary>
    /// Whether an allmän helgdag on Monday–Friday (långfredagen, Kristi himmelsfärdsdag, …) is on call all day.
    /// VGR: yes (seed 002). Halland: yes by choice — seed 003 is silent, DOMAIN.md §5 says treat them like
    /// weekends and show it as a rule the region can change.
    /// </summary>
    public bool WeekdayHolidaysAreOnCall { get; }

    /// <summary>
    /// Whether midsommarafton, julafton and nyårsafton are on call all day when they fall on a weekday.
    /// VGR: yes ("Som helgdag räknas även midsommarafton, julafton och nyårsafton", seed 002).
    /// Halland: no — the eves are not allmänna helgdagar and seed 003 names only Saturday–Sunday.
    /// </summary>
    public bool EvesAreOnCall { get; }

    /// <summary>What the beredskapsjour is called in this region, shown as the responder's name.</summary>
    public string OnCallServiceName { get; }

    /// <summary>The beredskapsjour's numbers, first one to call first.</summary>
    public IReadOnlyList<OnCallContact> OnCallNumbers { get; }

    /// <summary>What to do, in order, when the beredskapsjour does not answer or for questions about it.</summary>
    public IReadOnlyList<EscalationStep> EscalationSteps { get; }

    /// <summary>The beredskapsjour's response promises, or null when the region has published none.</summary>
    public ResponsePromises? Promises { get; }

    /// <summary>What the on-call doctor's remit covers (Swedish text for the UI).</summary>
    public IReadOnlyList<string> Scope { get; }

    /// <summary>
    /// Whether the local date has a vårdcentral daytime at all: Monday–Friday, not a weekday helgdag when
    /// <see cref="WeekdayHolidaysAreOnCall"/>, not one of the three eves when <see cref="EvesAreOnCall"/>.
    /// </summary>
    public bool HasDaytime(LocalDate date, SwedishCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
        {
            return false;
        }

        if (WeekdayHolidaysAreOnCall && calendar.IsPublicHoliday(date))
        {
            return false;
        }

        return !(EvesAreOnCall && calendar.IsEveCountedAsHoliday(date));
    }
}

/// <summary>
/// A number to call: who answers and the phone number as written for people. <see cref="IsDemo"/> marks a fictional
/// number; <see cref="IsInternal"/> a number meant for health-care staff only, left out of answers to anonymous
/// callers (decision 0007).
/// </summary>
public sealed record OnCallContact(string Name, string Phone, bool IsDemo = false, bool IsInternal = false);

/// <summary>
/// One step of the escalation chain: what to do, an optional number and optional opening hours as text.
/// <see cref="IsInternal"/>: the number is for health-care staff only (decision 0007).
/// </summary>
public sealed record EscalationStep(string Text, string? Phone = null, string? Hours = null, bool IsInternal = false);

/// <summary>
/// The beredskapsjour's promises, each counted from the first contact: a doctor on site within
/// <see cref="OnSiteAfterFirstContact"/> when a visit has been decided after medical assessment, and telephone
/// contact with a doctor established within <see cref="TelephoneContactWithin"/>. Elapsed time, so a DST night
/// does not change them.
/// </summary>
public sealed record ResponsePromises(Duration OnSiteAfterFirstContact, Duration TelephoneContactWithin);

/// <summary>
/// A service that makes acute home visits in daytime instead of the vårdcentral (Halland's Läkarmedverkan i
/// hemsjukvården, seed 003): its name, its number (null when the source gives none: the answer then says the number is
/// missing) and a line saying whom it is for. <see cref="IsInternal"/>: the number is for health-care staff only.
/// </summary>
public sealed record AcuteVisitService(string Name, string? Phone, string Remit, bool IsInternal = true);
