namespace Narplan.Domain.Places;

/// <summary>
/// A kommunal enhet (SÄBO, korttidsboende, LSS bostad, hemvårdsområde …) and its läkaransvar over
/// time. The unit guards its own responsibility history: at most one responsibility is in force
/// on any date, periods never overlap, and earlier periods are kept, never rewritten.
/// </summary>
public sealed class CareUnit : Entity, IVersioned
{
    private readonly List<UnitResponsibility> _responsibilities = [];
    private readonly List<UnitPlacesPeriod> _placePeriods = [];

    private CareUnit()
    {
        Name = "";
    }

    public CareUnit(Kommun kommun, string name, CareUnitType type, int places, bool isDemo = false)
    {
        kommun.RequireNotEnded();
        KommunId = kommun.Id;
        Type = type;
        Name = RequireName(name);
        Places = RequirePlaces(places);
        IsDemo = isDemo;
    }

    public Guid KommunId { get; private set; }

    public string Name { get; private set; }

    public CareUnitType Type { get; private set; }

    /// <summary>
    /// Places (SÄBO, korttids, LSS) or enrolled patients (ordinärt boende) today, as last saved; zero when unknown.
    /// For another date (or a planned change) ask <see cref="PlacesOn"/>: the dated history in
    /// <see cref="PlacePeriods"/> wins from its first period on (decision 0069).
    /// </summary>
    public int Places { get; private set; }

    /// <summary>
    /// The undated figure as it stood when the first dated period was added: what <see cref="PlacesOn"/> answers for the
    /// days before the history begins. Kept fixed so that a later change of <see cref="Places"/> (a catch-up, a
    /// correction) cannot rewrite a month already counted (decision 0083). Null while the unit has no history.
    /// </summary>
    public int? PlacesBeforeHistory { get; private set; }

    /// <summary>The dated place history (seed 002's capacity change), oldest first; empty while the unit has none.</summary>
    public IReadOnlyList<UnitPlacesPeriod> PlacePeriods => _placePeriods.OrderBy(p => p.ValidFrom).ToList();

    /// <summary>
    /// Korttidsboende used for växelvård where the patient's ordinary fast läkarkontakt keeps the
    /// responsibility (seed 002: Galeasen and Glunten), instead of the korttids vårdcentral.
    /// </summary>
    public bool RespiteKeepsRegularDoctor { get; private set; }

    /// <summary>True when the unit's name is invented for demo data (not found in the seeds).</summary>
    public bool IsDemo { get; private set; }

    /// <summary>The unit's visiting address as written ("Storgatan 3, 524 30 Herrljunga"); null when not given.</summary>
    public string? Address { get; private set; }

    /// <summary>
    /// The first day the unit no longer exists; null while it does. A unit that responsibilities, rounds or patients
    /// point at is never deleted, only ended (issue 17).
    /// </summary>
    public LocalDate? EndedOn { get; private set; }

    /// <summary>Optimistic concurrency: increases with every saved change.</summary>
    public int Version { get; private set; }

    /// <summary>All responsibility periods, oldest first.</summary>
    public IReadOnlyList<UnitResponsibility> Responsibilities =>
        _responsibilities.OrderBy(r => r.ValidFrom).ToList();

    public void Update(string name, int places)
    {
        Name = RequireName(name);
        Places = RequirePlaces(places);
    }

    /// <summary>Sets or clears the address (at most 300 characters).</summary>
    public void SetAddress(string? address) =>
        Address = string.IsNullOrWhiteSpace(address) ? null
            : address.Trim().Length > 300 ? throw new DomainException("Adressen får vara högst 300 tecken.")
            : address.Trim();

    /// <summary>Ends the unit from <paramref name="endedOn"/> (null reopens it).</summary>
    public void End(LocalDate? endedOn) => EndedOn = endedOn;

    /// <summary>
    /// The unit's places on <paramref name="date"/>: the dated period in force then (a period runs from its
    /// <see cref="UnitPlacesPeriod.ValidFrom"/> until the next one starts), or — before the first dated period, or for a
    /// unit without history — the undated figure <see cref="Places"/>.
    /// </summary>
    public int PlacesOn(LocalDate date) =>
        _placePeriods.Where(p => p.ValidFrom <= date).OrderByDescending(p => p.ValidFrom).FirstOrDefault()?.Places
        ?? (_placePeriods.Count > 0 ? PlacesBeforeHistory ?? Places : Places);

    /// <summary>
    /// A change of places from a date, as the unit forms make it (decision 0083): nothing when the number in force on
    /// <paramref name="validFrom"/> is already <paramref name="places"/> (a form saved for its name only); otherwise a new
    /// period through <see cref="ChangePlacesFrom"/>, so the dated history — and the monthly place report counted from
    /// it — stays truthful. True when a period was added.
    /// </summary>
    public bool ChangePlaces(int places, LocalDate validFrom, LocalDate today)
    {
        RequirePlaces(places);
        if (PlacesOn(validFrom) == places)
        {
            return false;
        }

        // A second save on the same day corrects the change made today (a typo fixed at once), rather than being refused
        // as an overlapping period; a period that began earlier, or a planned one, is never rewritten.
        var latest = _placePeriods.OrderByDescending(p => p.ValidFrom).FirstOrDefault();
        if (latest is not null && latest.ValidFrom == validFrom && validFrom == today)
        {
            latest.Correct(places);
            Places = places;
            return true;
        }

        ChangePlacesFrom(validFrom, places, today);
        return true;
    }

    /// <summary>Renames the unit without touching its places.</summary>
    public void Rename(string name) => Name = RequireName(name);

    /// <summary>The dated changes that start after <paramref name="today"/>, soonest first.</summary>
    public IReadOnlyList<UnitPlacesPeriod> PlannedPlaces(LocalDate today) =>
        _placePeriods.Where(p => p.ValidFrom > today).OrderBy(p => p.ValidFrom).ToList();

    /// <summary>
    /// The one way to change a unit's places from a date (seed 002: "planerat antal platser samt när denna förändring är
    /// planerad"): adds a period that runs from <paramref name="validFrom"/> until a later one starts. Earlier periods
    /// are never rewritten, so a period that would start on or before the latest one is refused as overlapping. When the
    /// period is already in force (<paramref name="validFrom"/> on or before <paramref name="today"/>), <see cref="Places"/>
    /// becomes its number, so pages that show today's places agree.
    /// </summary>
    public UnitPlacesPeriod ChangePlacesFrom(LocalDate validFrom, int places, LocalDate today)
    {
        RequirePlaces(places);
        var latest = _placePeriods.OrderByDescending(p => p.ValidFrom).FirstOrDefault();
        if (latest is not null && validFrom <= latest.ValidFrom)
        {
            throw new DomainException(
                $"Platsperioderna överlappar: {Name} har redan {latest.Places} platser från {latest.ValidFrom:yyyy-MM-dd}. " +
                "En ny period måste börja efter den senaste; tidigare perioder ändras inte.");
        }

        if (latest is null)
        {
            PlacesBeforeHistory = Places;
        }

        var period = new UnitPlacesPeriod(Id, validFrom, places);
        _placePeriods.Add(period);
        if (validFrom <= today)
        {
            Places = places;
        }

        return period;
    }

    /// <summary>
    /// Brings <see cref="Places"/> up to the dated period in force on <paramref name="today"/> (a planned change whose day
    /// has come); true when it changed. Called where the unit is saved for a capacity reason, so the lists catch up.
    /// </summary>
    public bool CatchUpPlaces(LocalDate today)
    {
        var now = PlacesOn(today);
        if (now == Places)
        {
            return false;
        }

        Places = now;
        return true;
    }

    public void MarkRespiteKeepingRegularDoctor(bool keeps)
    {
        if (keeps && Type != CareUnitType.Korttidsboende)
        {
            throw new DomainException("Endast ett korttidsboende kan markeras som växelvård med ordinarie fast läkarkontakt.");
        }

        RespiteKeepsRegularDoctor = keeps;
    }

    /// <summary>Used by the data layer to bump <see cref="Version"/> when the unit is saved.</summary>
    public void Touch() => Version++;

    /// <summary>The responsibility in force on <paramref name="date"/>, or null when none is.</summary>
    public UnitResponsibility? ResponsibilityOn(LocalDate date) =>
        _responsibilities.SingleOrDefault(r => r.Covers(date));

    /// <summary>
    /// Gives the unit a new responsible vårdcentral (and fast läkarkontakt) from
    /// <paramref name="validFrom"/>. The period in force then ends the day before; a period that
    /// starts on or after <paramref name="validFrom"/> would be rewritten, so that is refused.
    /// </summary>
    public UnitResponsibility AssignResponsibility(
        RegionalUnit careCentre, Guid? regularDoctorId, string? directPhone, MeetingForm meetingForm, LocalDate validFrom) =>
        AssignResponsibilityWithDoctors(careCentre, regularDoctorId is { } d ? [d] : [], directPhone, meetingForm, validFrom);

    /// <summary>
    /// As above with one or two fasta läkarkontakter, in the order they are called (seed 002: "Det kan vara en till
    /// två läkare kopplade till respektive hemvårdsområde"). A third doctor, or the same doctor twice, is refused.
    /// </summary>
    public UnitResponsibility AssignResponsibilityWithDoctors(
        RegionalUnit careCentre, IReadOnlyList<Guid> regularDoctorIds, string? directPhone, MeetingForm meetingForm, LocalDate validFrom)
    {
        UnitResponsibility.RequireDoctors(regularDoctorIds);
        if (!Type.HasUnitDoctor())
        {
            throw new DomainException($"{Type.Swedish()} har ingen enhetsläkare: patientens ordinarie fasta läkarkontakt ansvarar.");
        }

        if (careCentre.UnitKind != RegionalUnitKind.Vardcentral)
        {
            throw new DomainException($"{careCentre.Name} är ingen vårdcentral och kan inte ha läkaransvar.");
        }

        var later = _responsibilities.Where(r => r.ValidFrom >= validFrom).OrderBy(r => r.ValidFrom).FirstOrDefault();
        if (later is not null)
        {
            throw new DomainException(
                $"Läkaransvaret överlappar: {Name} har redan ett ansvar som gäller från {later.ValidFrom:yyyy-MM-dd}. " +
                "Ett nytt ansvar måste börja efter det senaste; tidigare perioder ändras inte.");
        }

        var current = _responsibilities.SingleOrDefault(r => r.ValidUntil is null || r.ValidUntil > validFrom);
        current?.EndBefore(validFrom);

        var responsibility = new UnitResponsibility(Id, careCentre.Id, regularDoctorIds, directPhone, meetingForm, validFrom);
        _responsibilities.Add(responsibility);
        return responsibility;
    }

    /// <summary>
    /// Ends the responsibility in force on the day before <paramref name="endsBefore"/> without a
    /// successor. A SÄBO must always have a responsible vårdcentral, so it is refused there.
    /// </summary>
    public void EndResponsibility(LocalDate endsBefore)
    {
        if (Type == CareUnitType.SarskiltBoende)
        {
            throw new DomainException("Ett särskilt boende måste alltid ha en ansvarig vårdcentral. Ange en ny vårdcentral i stället.");
        }

        var current = _responsibilities.SingleOrDefault(r => r.ValidUntil is null || r.ValidUntil > endsBefore)
            ?? throw new DomainException("Det finns inget pågående läkaransvar att avsluta.");
        current.EndBefore(endsBefore);
    }

    private static string RequireName(string name) =>
        string.IsNullOrWhiteSpace(name) ? throw new DomainException("Enhetens namn får inte vara tomt.")
        : name.Trim().Length > 200 ? throw new DomainException("Enhetens namn får vara högst 200 tecken.")
        : name.Trim();

    private static int RequirePlaces(int places) =>
        places is < 0 or > 10_000
            ? throw new DomainException("Antal platser måste vara mellan 0 och 10 000.")
            : places;
}
