namespace Narplan.Web.Features.Patients;

/// <summary>How patient values are written on the pages; a protected identity is never written out here.</summary>
public static class PatientText
{
    public const string ProtectedName = "Skyddad identitet";

    private static readonly CultureInfo Sv = new("sv-SE");

    /// <summary>The name, or "Skyddad identitet" for sekretessmarkering and skyddad folkbokföring.</summary>
    public static string Name(Patient patient) => patient.IsProtected ? ProtectedName : patient.Name;

    /// <summary>The whole number for an ordinary patient, the masked form for a protected one.</summary>
    public static string IdentityNumber(Patient patient) =>
        patient.IsProtected ? patient.MaskedIdentityNumber : patient.DisplayIdentityNumber;

    /// <summary>
    /// "Lidköpings kommun", "Herrljunga kommun": the genitive s is left out after a vowel or an s/x/z, as in the
    /// kommuner's own names for themselves.
    /// </summary>
    public static string KommunName(string name) =>
        name.Length > 0 && "aeiouyåäösxzAEIOUYÅÄÖSXZ".Contains(name[^1]) ? $"{name} kommun" : $"{name}s kommun";

    public static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string LongDate(LocalDate date) => date.ToString("d MMMM yyyy", Sv);

    /// <summary>
    /// "Inskriven", "Avliden …", or the stay today with who has treatment responsibility during it, from
    /// <see cref="PatientOnCallRoute.For"/> (the one rule, decision 0022/0045): "Korttidsvistelse på Fregatten till
    /// 2026-10-30 – korttidsboendets vårdcentral har behandlingsansvaret" or "Växelvård på Galeasen till … – ordinarie
    /// fast läkarkontakt har patientansvaret". <paramref name="unitOf"/> finds the stay's unit.
    /// </summary>
    public static string Status(Patient patient, LocalDate today, Func<Guid, CareUnit?> unitOf)
    {
        if (patient.DiedOn is { } died)
        {
            return $"Avliden {Date(died)}";
        }

        var route = PatientOnCallRoute.For(patient, today, unitOf);
        if (route.Stay is not { } stay)
        {
            return patient.ShortTermStayOn(today) is { } other ? $"Korttidsvistelse till {Until(other)}" : "Inskriven";
        }

        var unit = stay.ToUnitId is { } id ? unitOf(id)?.Name : null;
        return route.Reason == PatientRouteReason.RespiteKeepsRegularDoctor
            ? $"Växelvård på {unit} till {Until(stay)} – {ShortTermCareSplit.RespiteShort}"
            : $"Korttidsvistelse på {unit} till {Until(stay)} – {ShortTermCareSplit.ShortTermShort}";
    }

    private static string Until(PatientEvent stay) => stay.LastDay is { } l ? Date(l) : "tills vidare";

    public static string Kind(this IdentityNumberKind kind) => kind switch
    {
        IdentityNumberKind.Personnummer => "Personnummer",
        IdentityNumberKind.Samordningsnummer => "Samordningsnummer",
        IdentityNumberKind.Reservnummer => "Reservnummer",
        _ => kind.ToString(),
    };
}

/// <summary>The task split during a korttids stay (DOMAIN.md §3), shown wherever a stay is shown.</summary>
public static class ShortTermCareSplit
{
    public const string ShortTermDoctor =
        "Korttidsläkaren: förändrat hälsotillstånd, oro och ångest, läkemedel från sjukhuset och förnyelser som inte kan vänta.";

    public const string RegularDoctor =
        "Ordinarie fast läkarkontakt: apodosförnyelser, årlig vårdplanering, remisser till sjukhus med uppföljning och utredningar.";

    public const string Respite =
        "Växelvård: patienten behåller sin ordinarie fasta läkarkontakt och vårdcentral under vistelsen.";

    /// <summary>Seed 000: during a korttids stay the korttidsboende's vårdcentral has treatment responsibility.</summary>
    public const string ShortTermShort = "korttidsboendets vårdcentral har behandlingsansvaret";

    /// <summary>Seed 002: "För de patienter som har ett beslut om växelvård på Galeasen och Glunten har den fasta läkarkontakten på ordinarie vårdcentral patientansvaret."</summary>
    public const string RespiteShort = "den fasta läkarkontakten på ordinarie vårdcentral har patientansvaret";

    /// <summary>
    /// The korttids rule for a korttidsboende with its växelvård exception where the unit has one (seed 000 and 002).
    /// Null for a unit that is not a korttidsboende.
    /// </summary>
    public static string? UnitRule(CareUnit unit, string? careCentre)
    {
        if (unit.Type != CareUnitType.Korttidsboende)
        {
            return null;
        }

        var centre = careCentre ?? "Korttidsboendets vårdcentral";
        var rule = $"Under vistelsen har {centre} behandlingsansvar för patienterna, oavsett var de är listade. Ordinarie fast läkarkontakt behåller apodos, årlig läkemedelsgenomgång, remisser med uppföljning och utredningar.";
        return unit.RespiteKeepsRegularDoctor
            ? $"{rule} Undantag – växelvård: för patienter med beslut om växelvård på {unit.Name} har den fasta läkarkontakten på ordinarie vårdcentral patientansvaret; {centre} har det inte."
            : rule;
    }

    /// <summary>Who has treatment responsibility for the patient now and why, from <see cref="PatientOnCallRoute.For"/>.</summary>
    public static string RouteText(PatientOnCallRoute route, string? stayUnitName, string ownUnitName) => route.Reason switch
    {
        PatientRouteReason.ShortTermCare =>
            $"Patienten är på korttidsvistelse på {stayUnitName}: {ShortTermShort} under vistelsen.",
        PatientRouteReason.RespiteKeepsRegularDoctor =>
            $"Patienten är på växelvård på {stayUnitName}: {RespiteShort}. Svaret gäller patientens egen enhet, {ownUnitName}.",
        _ => $"Svaret gäller patientens enhet, {ownUnitName}.",
    };
}
