namespace Narplan.Domain.Patients;

/// <summary>
/// A patient enrolled in kommunal primärvård (DOMAIN.md §6): identity number, name, protected identity, the unit or
/// hemvårdsområde they belong to, listed vårdcentral, contacts, enrolment and events. The patient guards its own
/// state: every change goes through a method that refuses an invalid one with a Swedish <see cref="DomainException"/>.
/// </summary>
/// <remarks>
/// Dates are local Swedish dates. "Today" is passed in by the caller (from an injected clock), never read here.
/// A patient always belongs to a unit: an ordinary home is a unit of type <see cref="CareUnitType.OrdinartBoende"/>
/// (a hemvårdsområde). A korttids stay does not change that unit; it is an event with dates.
/// </remarks>
public sealed class Patient : Entity, IPatientData, IVersioned
{
    public const int MaxNameLength = 200;

    private readonly List<PatientEvent> _events = [];
    private readonly List<ListingOffer> _listingOffers = [];
    private readonly List<PatientCareContact> _careContacts = [];

    private Patient()
    {
        StoredIdentityNumber = "";
        Name = "";
    }

    private Patient(IdentityNumber identity, string name, CareUnit unit, LocalDate enrolledOn, bool isDemo)
    {
        StoredIdentityNumber = identity.Normalized;
        IdentityKind = identity.Kind;
        Name = RequireName(name);
        KommunId = unit.KommunId;
        CareUnitId = unit.Id;
        EnrolledOn = enrolledOn;
        IsDemo = isDemo;
    }

    Guid IPatientData.PatientId => Id;

    /// <summary>The identity number in its stored form, <c>YYYYMMDDNNNC</c> (decision 0013). Never put it in a URL or a log line.</summary>
    public string StoredIdentityNumber { get; private set; }

    public IdentityNumberKind IdentityKind { get; private set; }

    /// <summary><c>19121212-****</c>: the form for lists and for protected identities.</summary>
    public string MaskedIdentityNumber => IdentityNumber.Mask(StoredIdentityNumber);

    /// <summary><c>19121212-1212</c>: the whole number as people read it.</summary>
    public string DisplayIdentityNumber => $"{StoredIdentityNumber[..8]}-{StoredIdentityNumber[8..]}";

    public string Name { get; private set; }

    /// <summary>Sekretessmarkering in folkbokföringen.</summary>
    public bool HasConfidentialityMarking { get; private set; }

    /// <summary>Skyddad folkbokföring (address registered elsewhere).</summary>
    public bool HasProtectedRegistration { get; private set; }

    /// <summary>Name and identity number are hidden by default and revealed only on purpose with a logged reason.</summary>
    public bool IsProtected => HasConfidentialityMarking || HasProtectedRegistration;

    /// <summary>
    /// The name every page shows: the name, or for a protected identity (sekretessmarkering, skyddad folkbokföring) only
    /// "Skyddad identitet" and the masked identity number. The one place this is decided.
    /// </summary>
    public string DisplayName => IsProtected ? $"Skyddad identitet ({MaskedIdentityNumber})" : Name;

    /// <summary>The kommun (care provider) responsible for the patient's kommunal primärvård.</summary>
    public Guid KommunId { get; private set; }

    /// <summary>The unit or hemvårdsområde the patient belongs to.</summary>
    public Guid CareUnitId { get; private set; }

    /// <summary>The vårdcentral the patient is listed at; null when not known (the unit's vårdcentral answers, flagged).</summary>
    public Guid? ListedCareCentreId { get; private set; }

    /// <summary>Fast läkarkontakt (a doctor at a vårdcentral).</summary>
    public Guid? RegularDoctorId { get; private set; }

    /// <summary>Fast omsorgskontakt (hemtjänst/SÄBO staff), as a name: care staff are not in the plan's register of people.</summary>
    public string? RegularCareWorker { get; private set; }

    /// <summary>First day in kommunal primärvård.</summary>
    public LocalDate EnrolledOn { get; private set; }

    /// <summary>The day of death, when the patient has died.</summary>
    public LocalDate? DiedOn { get; private set; }

    /// <summary>The last annual medical review (årlig medicinsk vårdplanering); null for a patient who has not had one.</summary>
    public LocalDate? PreviousAnnualReview { get; private set; }

    /// <summary>Invented for demo data; shown as "demo".</summary>
    public bool IsDemo { get; private set; }

    /// <summary>Optimistic concurrency: increases with every saved change.</summary>
    public int Version { get; private set; }

    public bool IsAlive => DiedOn is null;

    /// <summary>Events, oldest first.</summary>
    public IReadOnlyList<PatientEvent> Events => _events.OrderBy(e => e.On).ThenBy(e => e.Id).ToList();

    /// <summary>Listing offers, oldest first.</summary>
    public IReadOnlyList<ListingOffer> ListingOffers => _listingOffers.OrderBy(o => o.OfferedOn).ThenBy(o => o.Id).ToList();

    /// <summary>Fasta vårdkontakter.</summary>
    public IReadOnlyList<PatientCareContact> CareContacts => _careContacts.OrderBy(c => c.Since).ThenBy(c => c.Id).ToList();

    /// <summary>
    /// Enrols a patient in kommunal primärvård at <paramref name="unit"/>: records a "ny patient" event and, unless the
    /// patient is already listed there, the offer to list at <paramref name="unitCareCentreId"/> (the vårdcentral
    /// responsible for the unit on the enrolment date).
    /// </summary>
    public static Patient Enrol(
        IdentityNumber identity, string name, CareUnit? unit, LocalDate enrolledOn, Guid? unitCareCentreId, LocalDate today,
        Guid? listedCareCentreId = null, LocalDate? previousAnnualReview = null, bool isDemo = false)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (unit is null)
        {
            throw new DomainException(Messages.UnitRequired);
        }

        if (enrolledOn > today)
        {
            throw new DomainException("Inskrivningsdagen kan inte ligga i framtiden.");
        }

        if (enrolledOn < identity.BirthDate)
        {
            throw new DomainException("Inskrivningsdagen kan inte ligga före födelsedagen.");
        }

        var patient = new Patient(identity, name, unit, enrolledOn, isDemo) { ListedCareCentreId = listedCareCentreId };
        if (previousAnnualReview is { } review)
        {
            patient.RecordAnnualReview(review, today);
        }

        patient._events.Add(new PatientEvent(patient.Id, PatientEventKind.NewPatient, enrolledOn, null, toUnitId: unit.Id));
        var reason = unit.Type == CareUnitType.SarskiltBoende
            ? ListingOfferReason.MovedIntoSarskiltBoende
            : ListingOfferReason.StartedKommunalPrimarvard;
        patient.OfferListing(unitCareCentreId, reason, enrolledOn);
        return patient;
    }

    /// <summary>Updates name and the protected-identity flags.</summary>
    public void UpdateIdentity(string name, bool confidentialityMarking, bool protectedRegistration)
    {
        Name = RequireName(name);
        HasConfidentialityMarking = confidentialityMarking;
        HasProtectedRegistration = protectedRegistration;
    }

    /// <summary>Sets the fast läkarkontakt and the fast omsorgskontakt (null clears).</summary>
    public void SetContacts(Guid? regularDoctorId, string? regularCareWorker)
    {
        RegularDoctorId = regularDoctorId;
        RegularCareWorker = OptionalText(regularCareWorker, MaxNameLength, "Fast omsorgskontakt");
    }

    /// <summary>Names a fast vårdkontakt. The same person is not added twice.</summary>
    public PatientCareContact AddCareContact(Guid personId, LocalDate since)
    {
        if (_careContacts.Any(c => c.PersonId == personId))
        {
            throw new DomainException("Personen är redan fast vårdkontakt för patienten.");
        }

        var contact = new PatientCareContact(Id, personId, since);
        _careContacts.Add(contact);
        return contact;
    }

    public void RemoveCareContact(Guid personId)
    {
        var contact = _careContacts.SingleOrDefault(c => c.PersonId == personId)
            ?? throw new DomainException("Personen är inte fast vårdkontakt för patienten.");
        _careContacts.Remove(contact);
    }

    /// <summary>Sets the listed vårdcentral directly (e.g. the patient chose another vårdcentral than the one offered).</summary>
    public void SetListedCareCentre(Guid? careCentreId) => ListedCareCentreId = careCentreId;

    public PatientEvent RecordDeterioration(LocalDate on, string? note, LocalDate today) =>
        AddEvent(PatientEventKind.Deterioration, on, note, today);

    public PatientEvent RecordHospitalDischarge(LocalDate on, string? note, LocalDate today) =>
        AddEvent(PatientEventKind.HospitalDischarge, on, note, today);

    /// <summary>
    /// Moves the patient to another unit or hemvårdsområde in the same kommun. Every move into a särskilt boende (also
    /// from another SÄBO) offers listing at the vårdcentral responsible for it on the day of the move
    /// (<paramref name="unitCareCentreId"/>), unless the patient is listed there or already has an unanswered offer from it.
    /// </summary>
    public PatientEvent MoveTo(CareUnit currentUnit, CareUnit unit, LocalDate on, Guid? unitCareCentreId, string? note, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(currentUnit);
        ArgumentNullException.ThrowIfNull(unit);
        if (currentUnit.Id != CareUnitId)
        {
            throw new ArgumentException("Not the patient's current unit.", nameof(currentUnit));
        }

        if (unit.Id == CareUnitId)
        {
            throw new DomainException("Patienten hör redan till den enheten.");
        }

        if (unit.KommunId != KommunId)
        {
            throw new DomainException(
                "Enheten tillhör en annan kommun. En annan kommun är en annan vårdgivare: den kommunen skriver in patienten.");
        }

        if (unit.Type == CareUnitType.Korttidsboende)
        {
            throw new DomainException("En vistelse på korttidsboende registreras som korttidsvistelse med datum, inte som flytt.");
        }

        var moved = AddEvent(PatientEventKind.Moved, on, note, today, fromUnitId: CareUnitId, toUnitId: unit.Id);
        CareUnitId = unit.Id;
        // Seed 000: every move into a SÄBO — from ordinary housing, from another SÄBO, during a korttids stay — offers the
        // SÄBO's vårdcentral unless the patient is already listed there.
        if (unit.Type == CareUnitType.SarskiltBoende)
        {
            OfferListing(unitCareCentreId, ListingOfferReason.MovedIntoSarskiltBoende, on);
        }

        return moved;
    }

    /// <summary>
    /// A stay at a korttidsboende from <paramref name="firstDay"/> to <paramref name="lastDay"/> (included; null when the
    /// end is not known). A planned stay may start in the future. Stays do not overlap.
    /// </summary>
    public PatientEvent StartShortTermStay(CareUnit unit, LocalDate firstDay, LocalDate? lastDay, string? note, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(unit);
        RequireAlive();
        if (unit.Type != CareUnitType.Korttidsboende)
        {
            throw new DomainException($"{unit.Name} är inget korttidsboende.");
        }

        if (unit.KommunId != KommunId)
        {
            throw new DomainException("Korttidsboendet tillhör en annan kommun.");
        }

        if (lastDay is { } last && last < firstDay)
        {
            throw new DomainException("Sista dagen kan inte ligga före första dagen.");
        }

        RequireNotBeforeEnrolment(firstDay);
        var overlapping = _events.FirstOrDefault(e =>
            e.Kind == PatientEventKind.ShortTermStay
            && (e.LastDay is null || e.LastDay >= firstDay)
            && (lastDay is null || lastDay >= e.On));
        if (overlapping is not null)
        {
            throw new DomainException(
                $"Vistelsen överlappar en annan korttidsvistelse som börjar {overlapping.On:yyyy-MM-dd}. Avsluta den först.");
        }

        var stay = new PatientEvent(Id, PatientEventKind.ShortTermStay, firstDay, note, toUnitId: unit.Id, lastDay: lastDay);
        _events.Add(stay);
        return stay;
    }

    /// <summary>Sets the last day (included) of a korttids stay.</summary>
    public void EndShortTermStay(Guid stayId, LocalDate lastDay)
    {
        var stay = _events.SingleOrDefault(e => e.Id == stayId && e.Kind == PatientEventKind.ShortTermStay)
            ?? throw new DomainException("Korttidsvistelsen finns inte.");
        var next = _events.Where(e => e.Kind == PatientEventKind.ShortTermStay && e.On > stay.On).MinBy(e => e.On);
        if (next is not null && lastDay >= next.On)
        {
            throw new DomainException($"Vistelsen kan inte sluta efter att nästa vistelse börjat ({next.On:yyyy-MM-dd}).");
        }

        stay.EndStay(lastDay);
    }

    /// <summary>The korttids stay that covers <paramref name="date"/>, if any.</summary>
    public PatientEvent? ShortTermStayOn(LocalDate date) => _events.FirstOrDefault(e => e.IsStayCovering(date));

    /// <summary>Records the death. A date after today is refused; nothing can be recorded after a death except the review history.</summary>
    public PatientEvent RecordDeath(LocalDate on, string? note, LocalDate today)
    {
        if (on > today)
        {
            throw new DomainException("Dödsdagen kan inte ligga i framtiden. Kontrollera datumet.");
        }

        var died = AddEvent(PatientEventKind.Death, on, note, today);
        DiedOn = on;
        // A planned korttids stay that had not ended is ended by the death.
        foreach (var stay in _events.Where(e => e.Kind == PatientEventKind.ShortTermStay && e.On <= on && (e.LastDay is null || e.LastDay > on)))
        {
            stay.EndStay(on);
        }

        return died;
    }

    /// <summary>Records an annual medical review held on <paramref name="on"/>; an earlier date than the previous one is refused.</summary>
    public void RecordAnnualReview(LocalDate on, LocalDate today)
    {
        if (on > today)
        {
            throw new DomainException("En genomförd årlig vårdplanering kan inte ligga i framtiden.");
        }

        if (PreviousAnnualReview is { } previous && on < previous)
        {
            throw new DomainException($"Det finns redan en senare årlig vårdplanering ({previous:yyyy-MM-dd}).");
        }

        PreviousAnnualReview = on;
    }

    /// <summary>Records the patient's answer to a listing offer; a yes lists the patient at the offered vårdcentral.</summary>
    public void AnswerListingOffer(Guid offerId, bool accepted, LocalDate on, LocalDate today)
    {
        var offer = _listingOffers.SingleOrDefault(o => o.Id == offerId)
            ?? throw new DomainException("Erbjudandet om listning finns inte.");
        if (on > today)
        {
            throw new DomainException("Svaret kan inte ligga i framtiden.");
        }

        offer.Record(accepted, on);
        if (accepted)
        {
            ListedCareCentreId = offer.CareCentreId;
        }
    }

    /// <summary>Used by the data layer to bump <see cref="Version"/> when the patient is saved.</summary>
    public void Touch() => Version++;

    internal static string? OptionalText(string? text, int max, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length > max ? throw new DomainException($"{what} får vara högst {max} tecken.") : trimmed;
    }

    private void OfferListing(Guid? careCentreId, ListingOfferReason reason, LocalDate on)
    {
        // No offer when the unit has no vårdcentral (dagverksamhet), the patient is already listed there, or an offer from
        // it is still unanswered.
        if (careCentreId is { } centre && centre != ListedCareCentreId
            && !_listingOffers.Any(o => o.CareCentreId == centre && o.Answer == ListingAnswer.Pending))
        {
            _listingOffers.Add(new ListingOffer(Id, centre, reason, on));
        }
    }

    private PatientEvent AddEvent(
        PatientEventKind kind, LocalDate on, string? note, LocalDate today, Guid? fromUnitId = null, Guid? toUnitId = null)
    {
        RequireAlive();
        if (on > today)
        {
            throw new DomainException($"{kind.Swedish()} kan inte registreras med ett datum i framtiden.");
        }

        RequireNotBeforeEnrolment(on);
        var added = new PatientEvent(Id, kind, on, note, fromUnitId, toUnitId);
        _events.Add(added);
        return added;
    }

    private void RequireAlive()
    {
        if (DiedOn is { } died)
        {
            throw new DomainException($"Patienten avled {died:yyyy-MM-dd}. Inga nya händelser kan registreras.");
        }
    }

    private void RequireNotBeforeEnrolment(LocalDate on)
    {
        if (on < EnrolledOn)
        {
            throw new DomainException($"Datumet ligger före inskrivningen ({EnrolledOn:yyyy-MM-dd}).");
        }
    }

    private static string RequireName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? throw new DomainException("Ange patientens namn.")
        : name.Trim().Length > MaxNameLength ? throw new DomainException($"Namnet får vara högst {MaxNameLength} tecken.")
        : name.Trim();

    /// <summary>Messages shown as they stand.</summary>
    public static class Messages
    {
        public const string UnitRequired = "En patient måste höra till en enhet eller ett hemvårdsområde. Välj enhet.";
        public const string Duplicate = "Det finns redan en patient med det identitetsnumret i Närplan. Sök upp patienten i stället för att lägga till en ny.";
    }
}
