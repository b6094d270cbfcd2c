using Narplan.Domain.OnCall;

namespace Narplan.Domain.Acute;

/// <summary>
/// One unplanned (acute) contact by a kommun nurse as it is stored (DOMAIN.md §7): the patient and unit, why, the
/// vital signs and their NEWS2 result, the nurse's ViSam/BViS result, exclusion symptoms and wishes, whom she called
/// (from the on-call resolution at the moment of the call) with the promises in force, and then the instants and the
/// outcome she records afterwards. The rules live in <see cref="AcuteContactTimes"/>, <see cref="UnplannedHomeVisit"/>
/// and <see cref="News2"/>; this class only keeps their results and refuses what they refuse.
/// </summary>
public sealed class AcuteContact : IPatientData, IVersioned
{
    public const int MaxTextLength = 2000;

    // Stored as a JSON list column (AcuteContactConfiguration); exposed read-only.
    private List<string> _triggersMet = [];

    // For EF Core.
    private AcuteContact()
    {
        Reason = "";
        NurseName = "";
        ResponderName = "";
    }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    /// <summary>The unit whose on-call answer was used (the korttidsboende during a stay).</summary>
    public Guid CareUnitId { get; private set; }

    /// <summary>First contact: the instant the nurse called (the promises count from here, decision 0017).</summary>
    public Instant CalledAt { get; private set; }

    public string NurseName { get; private set; }

    public string Reason { get; private set; }

    public int? RespirationRate { get; private set; }

    public int? SpO2 { get; private set; }

    public SpO2Scale Scale { get; private set; }

    public AirOrOxygen? AirOrOxygen { get; private set; }

    public int? SystolicBloodPressure { get; private set; }

    public int? Pulse { get; private set; }

    public Consciousness? Consciousness { get; private set; }

    public decimal? Temperature { get; private set; }

    /// <summary>The NEWS2 total when all seven parameters were measured, else null.</summary>
    public int? News2Total { get; private set; }

    public News2Band? News2Band { get; private set; }

    public DecisionSupportTool? DecisionSupportTool { get; private set; }

    public DecisionSupportResult? DecisionSupportResult { get; private set; }

    /// <summary>Exclusion symptoms as the nurse wrote them, one per line.</summary>
    public string? ExclusionSymptoms { get; private set; }

    public string? PatientWishes { get; private set; }

    /// <summary>
    /// The SBAR's B – Bakgrund as the nurse gave it (relevant diagnoses, current treatment, known wishes such as an
    /// end-of-life decision); starts from <see cref="SbarBackground.Suggest"/> on the form. Null when left empty.
    /// </summary>
    public string? Background { get; private set; }

    /// <summary>
    /// The ViSam/BViS lines the nurse ticked, as the region's version in force at the call wrote them (the caller keeps
    /// only the checklist's own lines, <see cref="DecisionSupportProfile.Met"/>); empty when none were ticked.
    /// </summary>
    public IReadOnlyList<string> TriggersMet => _triggersMet.AsReadOnly();

    public ResponderKind ResponderKind { get; private set; }

    public string ResponderName { get; private set; }

    public string? ResponderPhone { get; private set; }

    /// <summary>The telephone promise in force at the call, in minutes; null when none applied.</summary>
    public int? TelephonePromiseMinutes { get; private set; }

    /// <summary>The on-site promise in force at the call, in minutes; null when none applied.</summary>
    public int? OnSitePromiseMinutes { get; private set; }

    public Instant? DoctorAnswered { get; private set; }

    public Instant? VisitDecided { get; private set; }

    public Instant? DoctorArrived { get; private set; }

    public AcuteContactOutcome? Outcome { get; private set; }

    /// <summary>For <see cref="AcuteContactOutcome.UnplannedHomeVisit"/>: the booked local date.</summary>
    public LocalDate? UnplannedVisitOn { get; private set; }

    /// <summary>Why the unplanned visit is later than the next working day.</summary>
    public string? LaterVisitReason { get; private set; }

    /// <summary>Optimistic concurrency: increases with every saved change.</summary>
    public int Version { get; private set; }

    public VitalSigns Vitals => new(RespirationRate, SpO2, Scale, AirOrOxygen, SystolicBloodPressure, Pulse, Consciousness, Temperature);

    public DecisionSupportAssessment? DecisionSupport =>
        DecisionSupportTool is { } tool && DecisionSupportResult is { } result ? new DecisionSupportAssessment(tool, result) : null;

    public ResponsePromises? Promises =>
        TelephonePromiseMinutes is { } phone && OnSitePromiseMinutes is { } site
            ? new ResponsePromises(Duration.FromMinutes(site), Duration.FromMinutes(phone))
            : null;

    public AcuteContactTimes Times => new(CalledAt, DoctorAnswered, VisitDecided, DoctorArrived);

    public ResponseTimeEvaluation Evaluate() => ResponseTimes.Evaluate(Id, Times, Promises);

    /// <summary>Records the call with the validated vital signs and the on-call answer at <paramref name="calledAt"/>.</summary>
    public static AcuteContact Record(
        Guid patientId,
        Guid careUnitId,
        Instant calledAt,
        string nurseName,
        string reason,
        VitalSigns vitals,
        DecisionSupportAssessment? decisionSupport,
        string? exclusionSymptoms,
        string? patientWishes,
        OnCallAnswer responder,
        IReadOnlyList<string>? triggersMet = null,
        string? background = null)
    {
        ArgumentNullException.ThrowIfNull(vitals);
        ArgumentNullException.ThrowIfNull(responder);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Ange anledningen till kontakten.");
        }

        if (string.IsNullOrWhiteSpace(nurseName))
        {
            throw new DomainException("Ange vilken sjuksköterska som ringer.");
        }

        var met = (triggersMet ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => new DecisionSupportTrigger(t).Text)
            .Distinct(StringComparer.Ordinal).ToList();
        var news2 = News2.Assess(vitals);
        return new AcuteContact
        {
            Id = Guid.NewGuid(),
            PatientId = patientId,
            CareUnitId = careUnitId,
            CalledAt = calledAt,
            NurseName = nurseName.Trim(),
            Reason = Trim(reason)!,
            RespirationRate = vitals.RespirationRate,
            SpO2 = vitals.SpO2,
            Scale = vitals.Scale,
            AirOrOxygen = vitals.AirOrOxygen,
            SystolicBloodPressure = vitals.SystolicBloodPressure,
            Pulse = vitals.Pulse,
            Consciousness = vitals.Consciousness,
            Temperature = vitals.Temperature,
            News2Total = news2.Total,
            News2Band = news2.Band,
            DecisionSupportTool = decisionSupport?.Tool,
            DecisionSupportResult = decisionSupport?.Result,
            ExclusionSymptoms = Trim(exclusionSymptoms),
            PatientWishes = Trim(patientWishes),
            Background = Trim(background),
            _triggersMet = met,
            ResponderKind = responder.Kind,
            ResponderName = responder.ResponderName,
            ResponderPhone = responder.Phone,
            TelephonePromiseMinutes = responder.Promises is { } p ? (int)p.TelephoneContactWithin.TotalMinutes : null,
            OnSitePromiseMinutes = responder.Promises is { } q ? (int)q.OnSiteAfterFirstContact.TotalMinutes : null,
        };
    }

    /// <summary>
    /// Records when the doctor answered, decided a visit and arrived (each may still be unknown). Refuses instants in
    /// the future and an order that cannot have happened (<see cref="AcuteContactTimes"/>).
    /// </summary>
    public void RecordTimes(Instant? doctorAnswered, Instant? visitDecided, Instant? doctorArrived, Instant now)
    {
        if (doctorAnswered > now || visitDecided > now || doctorArrived > now)
        {
            throw new DomainException("En tidpunkt kan inte ligga i framtiden. Kontrollera tiderna.");
        }

        var times = new AcuteContactTimes(CalledAt, doctorAnswered, visitDecided, doctorArrived);
        DoctorAnswered = times.DoctorAnswered;
        VisitDecided = times.VisitDecided;
        DoctorArrived = times.DoctorArrived;
    }

    /// <summary>
    /// Records the outcome. An unplanned home visit needs a date no later than the next working day after the doctor's
    /// assessment (when the doctor answered, else the call), or a reason for a later date.
    /// </summary>
    public void RecordOutcome(AcuteContactOutcome outcome, LocalDate? visitOn, string? reasonForLaterDate)
    {
        if (outcome == AcuteContactOutcome.UnplannedHomeVisit)
        {
            if (visitOn is not { } date)
            {
                throw new DomainException(
                    $"Ange dagen för det oplanerade hembesöket (senast {SwedishText.Date(LatestUnplannedVisitDate)}).");
            }

            var visit = UnplannedHomeVisit.Book(AssessedAt, date, reasonForLaterDate);
            UnplannedVisitOn = visit.VisitDate;
            LaterVisitReason = visit.ReasonForLaterDate;
        }
        else
        {
            UnplannedVisitOn = null;
            LaterVisitReason = null;
        }

        Outcome = outcome;
    }

    /// <summary>The doctor's medical assessment: when the doctor answered, else the call.</summary>
    public Instant AssessedAt => DoctorAnswered ?? CalledAt;

    /// <summary>The last date an unplanned home visit may be booked for without a reason.</summary>
    public LocalDate LatestUnplannedVisitDate => UnplannedHomeVisit.LatestDateFor(AssessedAt);

    /// <summary>The Swedish local date of the call.</summary>
    public LocalDate CalledOn => CalledAt.InZone(Stockholm.Zone).Date;

    /// <summary>Used by the data layer to bump <see cref="Version"/> when the contact is saved.</summary>
    public void Touch() => Version++;

    private static string? Trim(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.Length > MaxTextLength)
        {
            throw new DomainException($"Texten får vara högst {MaxTextLength} tecken.");
        }

        return trimmed;
    }
}
