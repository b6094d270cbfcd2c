namespace Narplan.Domain.OnCall;

/// <summary>
/// The on-call rule profiles as the seed documents write them, one per beredskapsjourområde (decision 0037). They are
/// loaded once as data (demo data, tests); the app reads profiles only from the database, where an administrator
/// changes them and adds new areas. Where a seed gives no number, the profile has none: the answer then says
/// <see cref="OnCallAnswer.NumberMissing"/> instead of borrowing another area's number.
/// </summary>
public static class SeedOnCallProfiles
{
    /// <summary>VGR beredskapsjour hours (seed 000 and 002): "Måndag – torsdag kl.17.00 till 08.00 … Som helgdag räknas även midsommarafton, julafton och nyårsafton."</summary>
    private static readonly LocalTime VgrDaytimeStart = new(8, 0);
    private static readonly LocalTime VgrDaytimeEnd = new(17, 0);

    /// <summary>
    /// The VGR beredskapsjour's remit as seed 002 quotes it ("I ansvaret ingår"). It is the assignment in VGR's Krav- och
    /// kvalitetsbok (seed 002 and seed 000 both point to its page "Beredskapsjour – Vårdgivarwebben"), so it is the
    /// same in every VGR area.
    /// </summary>
    public static IReadOnlyList<string> VgrScope { get; } =
    [
        "Akuta besök efter medicinsk bedömning och utifrån medicinska behov för patienter inskrivna i kommunal hälso- och sjukvård.",
        "Konstatera dödsfall utanför sjukhus och utfärda dödsbevis samt kontakta anhöriga och närstående såvida inte annan myndighet gör detta; " +
        "kontakta vårdcentralen där patienten varit listad för dödsorsaksintyg. Vid okänd identitet eller misstänkt onaturlig död överlämnas ärendet till polismyndighet.",
        "Undersöka och bedöma behov av psykiatrisk tvångsvård.",
        "Konsultationer till kommunens hälso- och sjukvårdspersonal, sjukvårdsrådgivningen och socialtjänst i akuta patientärenden.",
    ];

    /// <summary>
    /// VGR's promises (seed 002, "Inställelse och svarstider", from the Krav- och kvalitetsbok): a doctor on site within
    /// 2 hours after first contact when a visit is decided; telephone contact within 30 minutes.
    /// </summary>
    public static ResponsePromises VgrPromises { get; } = new(Duration.FromHours(2), Duration.FromMinutes(30));

    /// <summary>
    /// Beredskapsjouren Skaraborg (seed 002, dated 2022-10-01): "direkt till beredskapsläkaren på telefonnummer
    /// 077-011 02 88", then the driver of the doctor's car and läkarjourens office.
    /// </summary>
    public static OnCallRuleProfile Skaraborg(LocalDate? validFrom = null) => new(
        "Beredskapsjouren Skaraborg",
        validFrom ?? new LocalDate(2022, 10, 1),
        VgrDaytimeStart,
        VgrDaytimeEnd,
        weekdayHolidaysAreOnCall: true,
        evesAreOnCall: true,
        "Beredskapsläkare, Beredskapsjouren Skaraborg",
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
        VgrPromises,
        VgrScope);

    /// <summary>
    /// Beredskapsjouren Älvsborg + Södra Bohuslän (seed 000, Herrljunga: "Kontakt se länk: Beredskapsjouren Älvsborg +
    /// Södra Bohuslän"). The seed gives the VGR hours but no number and no escalation chain: the profile has none.
    /// </summary>
    public static OnCallRuleProfile AlvsborgSodraBohuslan(LocalDate? validFrom = null) => VgrWithoutNumber(
        "Beredskapsjouren Älvsborg + Södra Bohuslän", validFrom ?? new LocalDate(2026, 1, 1));

    /// <summary>
    /// Beredskapsjouren Fyrbodal, Vänersborg's area by decision 0038 (seed 001 names no beredskapsjour). No number is
    /// known: the profile has none.
    /// </summary>
    public static OnCallRuleProfile Fyrbodal(LocalDate? validFrom = null) => VgrWithoutNumber(
        "Beredskapsjouren Fyrbodal", validFrom ?? new LocalDate(2023, 1, 1));

    /// <summary>
    /// Region Halland, allmänmedicinsk beredskapsjour (seed 003, dated 2025-09-18): "ansvarar för råd och hembesök
    /// 17:00-08:00 måndag-fredag samt dygnet runt lördag-söndag". Weekday helgdagar are on call (a region-changeable
    /// choice, seed 003 is silent, shown as <see cref="OnCallRuleProfile.RuleNote"/>); the eves are not. In daytime
    /// "Läkarmedverkan i hemsjukvården ansvarar för läkarinsatserna på korttidsboendena samt akuta hembesök för patienter
    /// inskrivna i hemsjukvården" (decision 0039). Seed 003 gives no number, chain or promises: none are stored.
    /// </summary>
    public static OnCallRuleProfile Halland(LocalDate? validFrom = null) => new(
        "Region Halland – allmänmedicinsk beredskapsjour",
        validFrom ?? new LocalDate(2025, 9, 18),
        new LocalTime(8, 0),
        new LocalTime(17, 0),
        weekdayHolidaysAreOnCall: true,
        evesAreOnCall: false,
        "Allmänmedicinsk beredskapsjour",
        [],
        [],
        promises: null,
        [
            "Råd och hembesök.",
            "Konsultation via telefon (kommun, polis, palliativa enheterna, specialpsykiatri, sjukhusen).",
            "Bedömning och utfärdande av vårdintyg.",
            "Konstaterande av dödsfall.",
        ],
        ruleNote: "Region Hallands regel: helgdagar på vardagar räknas som helg (hela dygnet beredskapsjour). Källdokumentet säger inget om detta; regionen kan ändra regeln.",
        daytimeAcuteVisit: new AcuteVisitService(
            "Läkarmedverkan i hemsjukvården",
            null,
            "Akuta hembesök dagtid för patienter inskrivna i hemsjukvården (seed 003). Råd ger patientens listade vårdcentral."));

    private static OnCallRuleProfile VgrWithoutNumber(string area, LocalDate validFrom) => new(
        area,
        validFrom,
        VgrDaytimeStart,
        VgrDaytimeEnd,
        weekdayHolidaysAreOnCall: true,
        evesAreOnCall: true,
        area,
        [],
        [],
        VgrPromises,
        VgrScope);
}
