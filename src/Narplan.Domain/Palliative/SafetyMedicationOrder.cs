namespace Narplan.Domain.Palliative;

/// <summary>A doctor contact the nurse records: when, with which doctor, and what was said.</summary>
public sealed record DoctorContact : IPatientData
{
    private DoctorContact()
    {
        DoctorName = "";
    }

    public DoctorContact(Instant at, string doctorName, string? note = null)
    {
        if (string.IsNullOrWhiteSpace(doctorName))
        {
            throw new DomainException("Ange vilken läkare du hade kontakt med.");
        }

        At = at;
        DoctorName = doctorName.Trim();
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>The patient (for the audit log); set when the ordination takes the contact.</summary>
    public Guid PatientId { get; private set; }

    public Instant At { get; private set; }

    public string DoctorName { get; private set; }

    public string? Note { get; private set; }

    internal void BelongTo(Guid patientId) => PatientId = patientId;

    /// <summary>The Swedish local date of the contact.</summary>
    public LocalDate Date => At.InZone(Stockholm.Zone).Date;
}

/// <summary>The answer to "may I start the trygghetsläkemedel now?".</summary>
public enum SafetyMedicationStartCheck
{
    /// <summary>The ordination (or its latest doctor contact) is at most 14 days old on the local date.</summary>
    Allowed,

    /// <summary>Older than 14 days: a new doctor contact must be recorded first.</summary>
    RequiresNewDoctorContact,
}

/// <summary>That the ordination was started: when, by which nurse, and the doctor contact that renewed it when one was needed.</summary>
public sealed record SafetyMedicationStart(Instant At, string NurseName, DoctorContact? RenewedBy);

/// <summary>
/// An ordination of trygghetsläkemedel (as-needed medication for symptoms at the end of life) and the nurse's start of
/// it (DOMAIN.md §8, seeds 000 and 002: "Om ordinationen av trygghetsläkemedel är insatt sen tidigare (längre tid
/// tillbaka än 14 dagar) ska en ny kontakt tas med läkare innan trygghetsordinationer startas").
/// </summary>
/// <remarks>
/// Counted in Swedish local dates, not hours (decision record 0018): an ordination dated day D is at most 14 days old
/// through local day D+14, so starting on D+14 is allowed and from D+15 a new doctor contact is required. A recorded
/// doctor contact renews the ordination from its own local date by the same rule. A DST change between the dates
/// changes nothing because no hours are counted.
/// </remarks>
public sealed class SafetyMedicationOrder : IPatientData
{
    /// <summary>How many days old the ordination (or its latest renewal) may be on the day it is started.</summary>
    public const int MaxAgeInDays = 14;

    private readonly List<DoctorContact> _doctorContacts = [];

    private SafetyMedicationOrder()
    {
        OrderedBy = "";
    }

    public SafetyMedicationOrder(LocalDate orderedOn, string orderedBy, string? medications = null)
    {
        if (string.IsNullOrWhiteSpace(orderedBy))
        {
            throw new DomainException("Ange vilken läkare som ordinerade trygghetsläkemedlen.");
        }

        OrderedOn = orderedOn;
        OrderedBy = orderedBy.Trim();
        Medications = string.IsNullOrWhiteSpace(medications) ? null : medications.Trim();
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid PatientId { get; private set; }

    /// <summary>The local date of the ordination.</summary>
    public LocalDate OrderedOn { get; private set; }

    /// <summary>The ordering doctor.</summary>
    public string OrderedBy { get; private set; }

    /// <summary>What is ordered, as text from the medication list.</summary>
    public string? Medications { get; private set; }

    /// <summary>Doctor contacts recorded about this ordination, oldest first.</summary>
    public IReadOnlyList<DoctorContact> DoctorContacts => _doctorContacts.OrderBy(c => c.At).ToList().AsReadOnly();

    /// <summary>When the nurse started the ordination; null before.</summary>
    public Instant? StartedAt { get; private set; }

    public string? StartedBy { get; private set; }

    /// <summary>The doctor contact that renewed an ordination older than 14 days at the start.</summary>
    public Guid? RenewedByContactId { get; private set; }

    /// <summary>The start, once the nurse has started the ordination; null before.</summary>
    public SafetyMedicationStart? Started => StartedAt is { } at
        ? new SafetyMedicationStart(at, StartedBy!, RenewedByContactId is { } id ? _doctorContacts.Single(c => c.Id == id) : null)
        : null;

    internal void BelongTo(Guid patientId)
    {
        PatientId = patientId;
        foreach (var contact in _doctorContacts)
        {
            contact.BelongTo(patientId);
        }
    }

    /// <summary>The last local date the ordination may be started without a new doctor contact, given the contacts up to <paramref name="at"/>.</summary>
    public LocalDate StartableThrough(Instant at) => RenewedOn(at).PlusDays(MaxAgeInDays);

    /// <summary>Whether the ordination may be started at the instant, judged on the local date of the instant.</summary>
    public SafetyMedicationStartCheck CheckStart(Instant at) =>
        at.InZone(Stockholm.Zone).Date <= StartableThrough(at)
            ? SafetyMedicationStartCheck.Allowed
            : SafetyMedicationStartCheck.RequiresNewDoctorContact;

    /// <summary>The Swedish warning for <see cref="SafetyMedicationStartCheck.RequiresNewDoctorContact"/>, or null when the start is allowed.</summary>
    public string? WarningAt(Instant at) =>
        CheckStart(at) == SafetyMedicationStartCheck.Allowed
            ? null
            : (RenewedOn(at) == OrderedOn
                  ? $"Ordinationen av trygghetsläkemedel är från {SwedishText.Date(OrderedOn)}"
                  : $"Ordinationen av trygghetsläkemedel bekräftades senast av läkare {SwedishText.Date(RenewedOn(at))}") +
              $" och är äldre än {MaxAgeInDays} dagar. Kontakta läkare innan du startar och registrera kontakten.";

    /// <summary>Records a doctor contact about the ordination; it cannot predate the ordination.</summary>
    public void RecordDoctorContact(DoctorContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (contact.Date < OrderedOn)
        {
            throw new DomainException("Läkarkontakten kan inte vara före ordinationen.");
        }

        contact.BelongTo(PatientId);
        _doctorContacts.Add(contact);
    }

    /// <summary>
    /// Starts the ordination. Refused with the warning when it is older than 14 days and no doctor contact renews it;
    /// the renewing contact is recorded with the start.
    /// </summary>
    public void Start(Instant at, string nurseName)
    {
        if (string.IsNullOrWhiteSpace(nurseName))
        {
            throw new DomainException("Ange vilken sjuksköterska som startar ordinationen.");
        }

        if (Started is not null)
        {
            throw new DomainException("Ordinationen av trygghetsläkemedel är redan startad.");
        }

        if (at.InZone(Stockholm.Zone).Date < OrderedOn)
        {
            throw new DomainException("Ordinationen kan inte startas före ordinationsdagen.");
        }

        if (WarningAt(at) is { } warning)
        {
            throw new DomainException(warning);
        }

        var renewal = LatestContactUpTo(at);
        var neededRenewal = at.InZone(Stockholm.Zone).Date > OrderedOn.PlusDays(MaxAgeInDays);
        StartedAt = at;
        StartedBy = nurseName.Trim();
        RenewedByContactId = neededRenewal ? renewal?.Id : null;
    }

    private LocalDate RenewedOn(Instant at) =>
        LatestContactUpTo(at) is { } contact && contact.Date > OrderedOn ? contact.Date : OrderedOn;

    private DoctorContact? LatestContactUpTo(Instant at) => DoctorContacts.LastOrDefault(c => c.At <= at);
}
