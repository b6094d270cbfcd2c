namespace Narplan.Domain.Palliative;

/// <summary>What the death form reports: the time, whether expected, the nurse's examination, the doctor's establishment and the last week's items.</summary>
public sealed record DeathReport(
    Instant DiedAt,
    bool IsExpected,
    bool IdentityUnknown,
    Instant? NurseExaminedAt,
    DeathEstablishment Establishment,
    LastWeekOfLife? LastWeek = null);

/// <summary>
/// One patient's palliative course (DOMAIN.md §8; decisions 0018 and 0087): the end-of-life decision, the
/// trygghetsläkemedel ordinations with their doctor contacts, the brytpunktssamtal, the medical care plan's versions,
/// the delegations to examine at an expected death, the death and the tasks that follow it, and the vårdintyg
/// requests. Every change goes through a method here, which refuses an invalid change with a
/// <see cref="DomainException"/>; the collections are read-only views.
/// </summary>
/// <remarks>
/// The patient (<see cref="Patient.DiedOn"/>) is the one source of <em>whether and on which day</em> the patient
/// died; the course holds the circumstances (the instant, the examination, the establishment, the tasks). Recording
/// the death here records it on the patient in the same change, and a time of death on another day than the one the
/// patient already has is refused, so the two can never disagree (decision 0087).
/// </remarks>
public sealed class PalliativeCourse : IPatientData
{
    private readonly List<EndOfLifeDecision> _decisions = [];
    private readonly List<SafetyMedicationOrder> _ordinations = [];
    private readonly List<BreakpointConversation> _conversations = [];
    private readonly List<PalliativeCarePlan> _carePlans = [];
    private readonly List<DeathExaminationDelegation> _delegations = [];
    private readonly List<DeathTask> _tasks = [];
    private readonly List<CareCertificateRequest> _careCertificateRequests = [];

    private PalliativeCourse()
    {
    }

    /// <summary>Starts the (empty) course of a patient: made the first time anything palliative is recorded.</summary>
    public PalliativeCourse(Guid patientId)
    {
        PatientId = patientId;
    }

    public Guid PatientId { get; private set; }

    /// <summary>End-of-life decisions, newest first.</summary>
    public IReadOnlyList<EndOfLifeDecision> Decisions => _decisions.OrderByDescending(d => d.DecidedAt).ToList().AsReadOnly();

    /// <summary>Trygghetsläkemedel ordinations, newest ordination date first.</summary>
    public IReadOnlyList<SafetyMedicationOrder> Ordinations => _ordinations.OrderByDescending(o => o.OrderedOn).ToList().AsReadOnly();

    /// <summary>Brytpunktssamtal, newest first.</summary>
    public IReadOnlyList<BreakpointConversation> Conversations => _conversations.OrderByDescending(c => c.HeldOn).ToList().AsReadOnly();

    /// <summary>Every version of the medical care plan, newest first (kept so the update dates stay for the follow-up).</summary>
    public IReadOnlyList<PalliativeCarePlan> CarePlans => _carePlans.OrderByDescending(p => p.UpdatedAt).ToList().AsReadOnly();

    /// <summary>The care plan in force: the latest version, or null.</summary>
    public PalliativeCarePlan? CarePlan => CarePlans.FirstOrDefault();

    /// <summary>Delegations to examine at an expected death, newest first.</summary>
    public IReadOnlyList<DeathExaminationDelegation> Delegations => _delegations.OrderByDescending(d => d.GrantedOn).ToList().AsReadOnly();

    /// <summary>The recorded death's circumstances; null while none is recorded here.</summary>
    public Death? Death { get; private set; }

    /// <summary>The tasks after the death, earliest due date first, those without a deadline last.</summary>
    public IReadOnlyList<DeathTask> Tasks => _tasks.OrderBy(t => t.DueOn ?? LocalDate.MaxIsoValue).ToList().AsReadOnly();

    /// <summary>Vårdintyg requests, newest first.</summary>
    public IReadOnlyList<CareCertificateRequest> CareCertificateRequests =>
        _careCertificateRequests.OrderByDescending(r => r.RequestedAt).ToList().AsReadOnly();

    /// <summary>Whether a brytpunktssamtal is recorded (the palliative register's item).</summary>
    public bool HadBreakpointConversation => _conversations.Count > 0;

    /// <summary>The delegation the nurse examined the deceased under, when one did.</summary>
    public DeathExaminationDelegation? ExaminationDelegation =>
        Death?.DelegationId is { } id ? _delegations.SingleOrDefault(d => d.Id == id) : null;

    /// <summary>Each brytpunktssamtal (newest first) with where its care-plan update stands on <paramref name="today"/>.</summary>
    public IReadOnlyList<(BreakpointConversation Conversation, CarePlanFollowUp FollowUp)> ConversationFollowUps(LocalDate today)
    {
        var updates = _carePlans.Select(p => p.UpdatedOn).ToList();
        return Conversations.Select(c => (c, CarePlanFollowUp.Check(c, updates, today))).ToList().AsReadOnly();
    }

    /// <summary>Whether <paramref name="basedOn"/> (the version a form showed; null for none) is still the care plan in force.</summary>
    public bool IsCurrentCarePlan(Guid? basedOn) => CarePlan?.Id == basedOn;

    /// <summary>Records the doctor's and nurse's decision on end-of-life care; a decision in the future is refused.</summary>
    public void RecordDecision(EndOfLifeDecision decision, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(decision);
        NotInFuture(decision.DecidedAt, clock, "Beslutet");
        decision.BelongTo(PatientId);
        _decisions.Add(decision);
    }

    /// <summary>Records a trygghetsläkemedel ordination; an ordination date after today is refused.</summary>
    public void RecordOrdination(SafetyMedicationOrder order, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.OrderedOn > Stockholm.Today(clock))
        {
            throw new DomainException("Ordinationsdagen kan inte ligga i framtiden.");
        }

        order.BelongTo(PatientId);
        _ordinations.Add(order);
    }

    /// <summary>Records a doctor contact about one of the course's ordinations (the 14-day rule: <see cref="SafetyMedicationOrder"/>).</summary>
    public void RecordDoctorContact(Guid ordinationId, DoctorContact contact, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(contact);
        NotInFuture(contact.At, clock, "Läkarkontakten");
        Ordination(ordinationId).RecordDoctorContact(contact);
    }

    /// <summary>Starts an ordination now; refused with the 14-day warning until a doctor contact renews it.</summary>
    public void StartOrdination(Guid ordinationId, string nurseName, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Ordination(ordinationId).Start(clock.GetCurrentInstant(), nurseName);
    }

    /// <summary>Records a brytpunktssamtal; a date after today is refused.</summary>
    public void RecordConversation(BreakpointConversation conversation, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (conversation.HeldOn > Stockholm.Today(clock))
        {
            throw new DomainException("Samtalet kan inte ha hållits i framtiden.");
        }

        conversation.BelongTo(PatientId);
        _conversations.Add(conversation);
    }

    /// <summary>Adds a new version of the medical care plan (validated by <see cref="PalliativeCarePlan.Validate"/>).</summary>
    public void UpdateCarePlan(PalliativeCarePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        plan.BelongTo(PatientId);
        _carePlans.Add(plan);
    }

    /// <summary>Records a doctor's delegation to a nurse to examine at an expected death.</summary>
    public void RecordDelegation(DeathExaminationDelegation delegation)
    {
        ArgumentNullException.ThrowIfNull(delegation);
        delegation.BelongTo(PatientId);
        _delegations.Add(delegation);
    }

    /// <summary>
    /// Records the death: the nurse's examination under the course's delegation when given, the doctor's establishment,
    /// the tasks (dödsbevis, dödsorsaksintyg, efterlevandesamtal) and, when the patient is still alive, the death on the
    /// patient. Refused when a death is already recorded here, and when the patient already has another day of death.
    /// </summary>
    /// <param name="patient">The course's patient.</param>
    /// <param name="report">What the form reports.</param>
    /// <param name="listedCareCentre">The vårdcentral where the patient was listed, or null.</param>
    /// <param name="unitsCareCentre">The unit's responsible vårdcentral on the day of death, or null.</param>
    /// <param name="nurseName">The nurse recording the death (examines under delegation, offers efterlevandesamtal).</param>
    /// <param name="clock">Today and now.</param>
    public Death RecordDeath(
        Patient patient, DeathReport report, CareCentreRef? listedCareCentre, CareCentreRef? unitsCareCentre, string nurseName, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(report);
        if (patient.Id != PatientId)
        {
            throw new ArgumentException("The patient is not the course's patient.", nameof(patient));
        }

        if (Death is not null)
        {
            throw new DomainException("Dödsfallet är redan registrerat.");
        }

        var death = Death.Record(report.DiedAt, report.IsExpected, clock, report.IdentityUnknown);
        if (patient.DiedOn is { } diedOn && diedOn != death.DiedOn)
        {
            throw new DomainException(
                $"Patienten är redan registrerad som avliden {SwedishText.Date(diedOn)}. Dödstidpunkten måste ligga den dagen.");
        }

        if (report.NurseExaminedAt is { } examinedAt)
        {
            death.RecordNurseExamination(examinedAt, nurseName, DelegationFor(nurseName, examinedAt), clock);
        }

        death.Establish(report.Establishment, clock);
        if (report.LastWeek is { } lastWeek)
        {
            death.RecordLastWeek(lastWeek);
        }

        var tasks = DeathTasks.For(death, listedCareCentre, unitsCareCentre, nurseName);
        if (patient.IsAlive)
        {
            patient.RecordDeath(death.DiedOn, null, Stockholm.Today(clock));
        }

        death.BelongTo(PatientId);
        Death = death;
        foreach (var task in tasks)
        {
            task.BelongTo(PatientId);
            _tasks.Add(task);
        }

        return death;
    }

    /// <summary>The refusal of a correction made on a form that showed other answers than those now stored (decision 0093).</summary>
    public const string StaleLastWeekMessage =
        "Någon annan har ändrat uppgifterna om sista levnadsveckan sedan du öppnade sidan. Dina svar finns kvar i formuläret; jämför med de sparade och spara igen.";

    /// <summary>
    /// Corrects or completes the last week's quality items of the recorded death after it was recorded (decision 0093).
    /// <paramref name="seen"/> is what the form showed: when the stored answers differ, someone else changed them since
    /// and the correction is refused (<see cref="StaleLastWeekMessage"/>) rather than silently replacing theirs.
    /// </summary>
    public void CorrectLastWeek(LastWeekOfLife seen, LastWeekOfLife items)
    {
        ArgumentNullException.ThrowIfNull(seen);
        ArgumentNullException.ThrowIfNull(items);
        var death = Death ?? throw new DomainException("Registrera dödsfallet först.");
        if (death.LastWeek != seen)
        {
            throw new DomainException(StaleLastWeekMessage);
        }

        death.RecordLastWeek(items);
    }

    /// <summary>Records (or corrects) the last week's quality items of the recorded death.</summary>
    public void RecordLastWeek(LastWeekOfLife items)
    {
        var death = Death ?? throw new DomainException("Registrera dödsfallet först.");
        death.RecordLastWeek(items);
    }

    /// <summary>Marks a task after the death as done.</summary>
    public void CompleteTask(Guid taskId, Instant at) =>
        (_tasks.SingleOrDefault(t => t.Id == taskId) ?? throw new DomainException("Uppgiften finns inte.")).Complete(at);

    /// <summary>Records a nurse's request that a doctor assess the need for a vårdintyg.</summary>
    public void RequestCareCertificate(CareCertificateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.BelongTo(PatientId);
        _careCertificateRequests.Add(request);
    }

    /// <summary>The doctor records the assessment of a vårdintyg request.</summary>
    public void AssessCareCertificate(Guid requestId, Instant at, bool certificateWritten) =>
        (_careCertificateRequests.SingleOrDefault(r => r.Id == requestId) ?? throw new DomainException("Begäran finns inte."))
        .RecordAssessment(at, certificateWritten);

    /// <summary>
    /// The delegation a nurse's examination is judged against: her newest delegation valid on the day of the
    /// examination, or else the newest of all (so that the refusal names what is wrong with it).
    /// </summary>
    private DeathExaminationDelegation? DelegationFor(string nurseName, Instant examinedAt)
    {
        var date = examinedAt.InZone(Stockholm.Zone).Date;
        return Delegations.FirstOrDefault(d => string.Equals(d.NurseName, nurseName, StringComparison.OrdinalIgnoreCase) && d.IsValidOn(date))
               ?? Delegations.FirstOrDefault();
    }

    private SafetyMedicationOrder Ordination(Guid id) =>
        _ordinations.SingleOrDefault(o => o.Id == id) ?? throw new DomainException("Ordinationen finns inte.");

    private static void NotInFuture(Instant at, IClock clock, string what)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (at > clock.GetCurrentInstant())
        {
            throw new DomainException($"{what} kan inte ligga i framtiden.");
        }
    }
}
