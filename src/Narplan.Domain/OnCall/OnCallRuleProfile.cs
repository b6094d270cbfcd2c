using Narplan.Domain.Calendars;
using Narplan.Domain.Organisations;
using NodaTime;

namespace Narplan.Domain.OnCall;

/// <summary>
/// A region's on-call rules as data (DOMAIN.md §5): when the vårdcentral covers daytime and when the
/// beredskapsjour covers everything else, whom to call and in which order, what is promised and what the
/// on-call doctor's remit is. One profile is one version; <see cref="ValidFrom"/> says from which local date
/// it applies. Presets with the seed data are <see cref="Vgr"/> and <see cref="Halland"/>.
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
        RuleProfileKey key,
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
        IEnumerable<string> scope)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(onCallServiceName);
        if (daytimeStart >= daytimeEnd)
        {
            throw new ArgumentException(
                $"Dagtid måste börja före den slutar ({daytimeStart:HH:mm}–{daytimeEnd:HH:mm}).", nameof(daytimeEnd));
        }

        Key = key;
        Name = name;
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

    /// <summary>Which region rule this profile is a version of.</summary>
    public RuleProfileKey Key { get; }

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

    /// <summary>
    /// Preset: Västra Götalandsregionen, Beredskapsjouren Skaraborg (seed 002, dated 2022-10-01).
    /// Daytime 08:00–17:00 on working days; helgdagar and the three eves on call all day.
    /// </summary>
    public static OnCallRuleProfile Vgr(LocalDate? validFrom = null) => new(
        RuleProfileKey.Vgr,
        "VGR – Beredskapsjouren Skaraborg",
        validFrom ?? new LocalDate(2022, 10, 1),
        new LocalTime(8, 0),
        new LocalTime(17, 0),
        weekdayHolidaysAreOnCall: true,
        evesAreOnCall: true,
        "Beredskapsläkare (beredskapsjouren)",
        [new OnCallContact("Beredskapsläkare", "077-011 02 88", IsInternal: true)],
        [
            new EscalationStep("Upptaget eller inget svar: ring igen lite senare."),
            new EscalationStep(
                "Fortfarande inget svar och brådskande: ring chauffören i läkarbilen, som kan förmedla kontakt med beredskapsläkare i annat område",
                "076-880 86 80",
                IsInternal: true),
            new EscalationStep(
                "Frågor och synpunkter om jouren: Läkarjourens kontor, vardagar 08.00–16.30",
                "031-190 180",
                "vardagar 08.00–16.30"),
        ],
        new ResponsePromises(OnSiteAfterFirstContact: Duration.FromHours(2), TelephoneContactWithin: Duration.FromMinutes(30)),
        [
            "Akuta besök efter medicinsk bedömning och utifrån medicinska behov för patienter inskrivna i kommunal hälso- och sjukvård.",
            "Konstatera dödsfall utanför sjukhus och utfärda dödsbevis; kontakta vårdcentralen där patienten är listad för dödsorsaksintyg.",
            "Undersöka och bedöma behov av psykiatrisk tvångsvård.",
            "Konsultationer till kommunens hälso- och sjukvårdspersonal, sjukvårdsrådgivningen och socialtjänst i akuta patientärenden.",
        ]);

    /// <summary>
    /// Preset: Region Halland, allmänmedicinsk beredskapsjour (seed 003, dated 2025-09-18): 17:00–08:00
    /// Monday–Friday and round the clock Saturday–Sunday. Weekday helgdagar are on call (a region-changeable
    /// choice, seed 003 is silent); the eves are not (they are not helgdagar and the seed does not name them).
    /// Seed 003 gives no phone number, escalation chain or response promises: the number is a fictional
    /// demo number (PTS range for fiction) marked <see cref="OnCallContact.IsDemo"/>, the chain is empty and
    /// <see cref="Promises"/> is null until the region supplies them.
    /// </summary>
    public static OnCallRuleProfile Halland(LocalDate? validFrom = null) => new(
        RuleProfileKey.Halland,
        "Region Halland – allmänmedicinsk beredskapsjour",
        validFrom ?? new LocalDate(2025, 9, 18),
        new LocalTime(8, 0),
        new LocalTime(17, 0),
        weekdayHolidaysAreOnCall: true,
        evesAreOnCall: false,
        "Allmänmedicinsk beredskapsjour",
        // Fictional number from PTS's range reserved for fiction (031-390 06 xx); replace with the real one.
        [new OnCallContact("Allmänmedicinsk beredskapsjour", "031-390 06 90", IsDemo: true, IsInternal: true)],
        [],
        promises: null,
        [
            "Råd och hembesök.",
            "Konsultation via telefon (kommun, polis, palliativa enheterna, specialpsykiatri, sjukhusen).",
            "Bedömning och utfärdande av vårdintyg.",
            "Konstaterande av dödsfall.",
        ]);
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
