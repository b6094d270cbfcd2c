using Narplan.Domain.Patients;
using NodaTime;

namespace Narplan.Domain.Palliative;

// The stored forms of the palliative rules (DOMAIN.md §8). Each carries the patient's id so that every change is
// audit-logged against the patient (names of fields only). The rules themselves are the domain types they are built
// from; a stored record is only ever created from a value those types accepted.

/// <summary>A stored <see cref="EndOfLifeDecision"/>.</summary>
public sealed class EndOfLifeDecisionRecord : IPatientData
{
    private EndOfLifeDecisionRecord()
    {
        DoctorName = "";
        NurseName = "";
    }

    public EndOfLifeDecisionRecord(Guid patientId, EndOfLifeDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        Id = Guid.NewGuid();
        PatientId = patientId;
        DecidedAt = decision.DecidedAt;
        DoctorName = decision.DoctorName;
        NurseName = decision.NurseName;
        Note = decision.Note;
    }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public Instant DecidedAt { get; private set; }

    public string DoctorName { get; private set; }

    public string NurseName { get; private set; }

    public string? Note { get; private set; }
}

/// <summary>
/// A stored trygghetsläkemedel ordination with its doctor contacts and its start. <see cref="ToDomain"/> rebuilds the
/// <see cref="SafetyMedicationOrder"/> so that the 14-day rule is always judged by the domain type.
/// </summary>
public sealed class SafetyMedicationRecord : IPatientData
{
    private readonly List<SafetyMedicationContactRecord> _contacts = [];

    private SafetyMedicationRecord()
    {
        OrderedBy = "";
    }

    public SafetyMedicationRecord(Guid patientId, SafetyMedicationOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        Id = Guid.NewGuid();
        PatientId = patientId;
        OrderedOn = order.OrderedOn;
        OrderedBy = order.OrderedBy;
        Medications = order.Medications;
    }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public LocalDate OrderedOn { get; private set; }

    public string OrderedBy { get; private set; }

    public string? Medications { get; private set; }

    public Instant? StartedAt { get; private set; }

    public string? StartedBy { get; private set; }

    /// <summary>The doctor contact that renewed an ordination older than 14 days at the start.</summary>
    public Guid? RenewedByContactId { get; private set; }

    public IReadOnlyList<SafetyMedicationContactRecord> Contacts => _contacts.OrderBy(c => c.At).ToList();

    public SafetyMedicationOrder ToDomain()
    {
        var order = new SafetyMedicationOrder(OrderedOn, OrderedBy, Medications);
        foreach (var contact in Contacts)
        {
            order.RecordDoctorContact(new DoctorContact(contact.At, contact.DoctorName, contact.Note));
        }

        if (StartedAt is { } at)
        {
            order.Start(at, StartedBy!);
        }

        return order;
    }

    /// <summary>Records a doctor contact about the ordination (checked by <see cref="SafetyMedicationOrder.RecordDoctorContact"/>).</summary>
    public SafetyMedicationContactRecord RecordDoctorContact(DoctorContact contact)
    {
        ToDomain().RecordDoctorContact(contact);
        var record = new SafetyMedicationContactRecord(Id, PatientId, contact);
        _contacts.Add(record);
        return record;
    }

    /// <summary>Starts the ordination; refused with the 14-day warning unless a doctor contact renews it.</summary>
    public void Start(Instant at, string nurseName)
    {
        var order = ToDomain();
        order.Start(at, nurseName);
        var started = order.Started!;
        StartedAt = started.At;
        StartedBy = started.NurseName;
        RenewedByContactId = started.RenewedBy is { } renewal
            ? Contacts.Last(c => c.At == renewal.At && c.DoctorName == renewal.DoctorName).Id
            : null;
    }
}

/// <summary>A stored <see cref="DoctorContact"/> about a trygghetsläkemedel ordination.</summary>
public sealed class SafetyMedicationContactRecord : IPatientData
{
    private SafetyMedicationContactRecord()
    {
        DoctorName = "";
    }

    internal SafetyMedicationContactRecord(Guid orderId, Guid patientId, DoctorContact contact)
    {
        Id = Guid.NewGuid();
        OrderId = orderId;
        PatientId = patientId;
        At = contact.At;
        DoctorName = contact.DoctorName;
        Note = contact.Note;
    }

    public Guid Id { get; private set; }

    public Guid OrderId { get; private set; }

    public Guid PatientId { get; private set; }

    public Instant At { get; private set; }

    public string DoctorName { get; private set; }

    public string? Note { get; private set; }
}

/// <summary>A stored <see cref="BreakpointConversation"/>; participants are kept one per line.</summary>
public sealed class BreakpointConversationRecord : IPatientData
{
    private BreakpointConversationRecord()
    {
        DoctorName = "";
        Participants = "";
    }

    public BreakpointConversationRecord(Guid patientId, BreakpointConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        Id = Guid.NewGuid();
        PatientId = patientId;
        HeldOn = conversation.HeldOn;
        DoctorName = conversation.DoctorName;
        Participants = string.Join("\n", conversation.Participants);
        Note = conversation.Note;
    }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public LocalDate HeldOn { get; private set; }

    public string DoctorName { get; private set; }

    public string Participants { get; private set; }

    public string? Note { get; private set; }

    public BreakpointConversation ToDomain() => new(HeldOn, DoctorName, Participants.Split('\n'), Note);
}

/// <summary>One version of the medical care plan (a new row per update, so the update dates stay for the follow-up).</summary>
public sealed class CarePlanRecord : IPatientData
{
    private CarePlanRecord()
    {
        Strategy = ContinuedMedication = SafetyMedication = MeasuresAtInfection = MeasuresAtReducedIntake = DoctorName = "";
    }

    public CarePlanRecord(Guid patientId, PalliativeCarePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Id = Guid.NewGuid();
        PatientId = patientId;
        Strategy = plan.Strategy;
        Cpr = plan.Cpr;
        ContinuedMedication = plan.ContinuedMedication;
        SafetyMedication = plan.SafetyMedication;
        MeasuresAtInfection = plan.MeasuresAtInfection;
        MeasuresAtReducedIntake = plan.MeasuresAtReducedIntake;
        UpdatedAt = plan.UpdatedAt;
        DoctorName = plan.DoctorName;
    }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public string Strategy { get; private set; }

    public CprDecision Cpr { get; private set; }

    public string ContinuedMedication { get; private set; }

    public string SafetyMedication { get; private set; }

    public string MeasuresAtInfection { get; private set; }

    public string MeasuresAtReducedIntake { get; private set; }

    public Instant UpdatedAt { get; private set; }

    public string DoctorName { get; private set; }
}

/// <summary>A stored <see cref="DeathExaminationDelegation"/> for one patient.</summary>
public sealed class DeathDelegationRecord : IPatientData
{
    private DeathDelegationRecord()
    {
        DoctorName = "";
        NurseName = "";
    }

    public DeathDelegationRecord(Guid patientId, DeathExaminationDelegation delegation)
    {
        ArgumentNullException.ThrowIfNull(delegation);
        Id = Guid.NewGuid();
        PatientId = patientId;
        DoctorName = delegation.DoctorName;
        NurseName = delegation.NurseName;
        GrantedOn = delegation.GrantedOn;
        ValidThrough = delegation.ValidThrough;
    }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public string DoctorName { get; private set; }

    public string NurseName { get; private set; }

    public LocalDate GrantedOn { get; private set; }

    public LocalDate? ValidThrough { get; private set; }

    public DeathExaminationDelegation ToDomain() => new(DoctorName, NurseName, GrantedOn, ValidThrough);
}

/// <summary>A stored <see cref="Death"/>: the time, whether expected, the nurse's examination and the establishment.</summary>
public sealed class DeathRecord : IPatientData
{
    private DeathRecord()
    {
    }

    public DeathRecord(Guid patientId, Death death)
    {
        ArgumentNullException.ThrowIfNull(death);
        Id = Guid.NewGuid();
        PatientId = patientId;
        DiedAt = death.DiedAt;
        IsExpected = death.IsExpected;
        IdentityUnknown = death.IdentityUnknown;
        NurseExaminedAt = death.NurseExamination?.At;
        ExaminingNurse = death.NurseExamination?.NurseName;
        DelegationId = null;
        EstablishedAt = death.Establishment?.At;
        EstablishedByDoctor = death.Establishment?.DoctorName;
        EstablishedBy = death.Establishment?.By;
        EstablishingCareCentreId = death.Establishment?.CareCentre?.Id;
    }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public Instant DiedAt { get; private set; }

    public bool IsExpected { get; private set; }

    public bool IdentityUnknown { get; private set; }

    public Instant? NurseExaminedAt { get; private set; }

    public string? ExaminingNurse { get; private set; }

    /// <summary>The delegation the nurse examined under.</summary>
    public Guid? DelegationId { get; private set; }

    public Instant? EstablishedAt { get; private set; }

    public string? EstablishedByDoctor { get; private set; }

    public DeathEstablishedBy? EstablishedBy { get; private set; }

    public Guid? EstablishingCareCentreId { get; private set; }

    public bool RequiresPolice => !IsExpected || IdentityUnknown;

    /// <summary>Links the delegation the nurse's examination was done under.</summary>
    public void UnderDelegation(Guid delegationId) => DelegationId = delegationId;
}

/// <summary>A stored <see cref="DeathTask"/> (dödsbevis, dödsorsaksintyg, efterlevandesamtal).</summary>
public sealed class DeathTaskRecord : IPatientData
{
    private DeathTaskRecord()
    {
        AssigneeName = "";
    }

    public DeathTaskRecord(Guid patientId, DeathTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        Id = Guid.NewGuid();
        PatientId = patientId;
        Kind = task.Kind;
        AssigneeName = task.AssigneeName;
        CareCentreId = task.CareCentre?.Id;
        DueOn = task.DueOn;
        RoutedToUnitsCareCentre = task.RoutedToUnitsCareCentre;
    }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public DeathTaskKind Kind { get; private set; }

    public string AssigneeName { get; private set; }

    public Guid? CareCentreId { get; private set; }

    public LocalDate? DueOn { get; private set; }

    public bool RoutedToUnitsCareCentre { get; private set; }

    public Instant? CompletedAt { get; private set; }

    public bool IsOverdueOn(LocalDate today) => CompletedAt is null && DueOn is { } due && today > due;

    public string Title => new DeathTask(Kind, AssigneeName, null, DueOn).Title;

    public void Complete(Instant at)
    {
        if (CompletedAt is not null)
        {
            throw new DomainException("Uppgiften är redan klar.");
        }

        CompletedAt = at;
    }
}

/// <summary>A stored <see cref="CareCertificateRequest"/> (vårdintyg, from nurse to doctor).</summary>
public sealed class CareCertificateRequestRecord : IPatientData
{
    private CareCertificateRequestRecord()
    {
        NurseName = DoctorName = Reason = "";
    }

    public CareCertificateRequestRecord(Guid patientId, CareCertificateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Id = Guid.NewGuid();
        PatientId = patientId;
        RequestedAt = request.RequestedAt;
        NurseName = request.NurseName;
        DoctorName = request.DoctorName;
        Reason = request.Reason;
    }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public Instant RequestedAt { get; private set; }

    public string NurseName { get; private set; }

    public string DoctorName { get; private set; }

    public string Reason { get; private set; }

    public Instant? AssessedAt { get; private set; }

    public bool? CertificateWritten { get; private set; }

    public void RecordAssessment(Instant at, bool certificateWritten)
    {
        var request = new CareCertificateRequest(RequestedAt, NurseName, DoctorName, Reason);
        if (AssessedAt is { } done)
        {
            request.RecordAssessment(done, CertificateWritten ?? false);
        }

        request.RecordAssessment(at, certificateWritten);
        AssessedAt = request.AssessedAt;
        CertificateWritten = request.CertificateWritten;
    }
}
