namespace Narplan.Domain.Palliative;

/// <summary>What has to be done after a death.</summary>
public enum DeathTaskKind
{
    /// <summary>Dödsbevis to Skatteverket: no later than the first working day after the death.</summary>
    DeathCertificate,

    /// <summary>Dödsorsaksintyg to Socialstyrelsen: within three weeks of the death.</summary>
    CauseOfDeathCertificate,

    /// <summary>Offer the relatives an efterlevandesamtal (agreed between doctor and nurse); no deadline in the plan.</summary>
    BereavementConversationOffer,
}

/// <summary>
/// A task after a death: what, for whom, due when (a local date, inclusive; null = no deadline). The task is
/// overdue from the day after <see cref="DueOn"/> until completed. <see cref="RoutedToUnitsCareCentre"/> flags a
/// certificate sent to the unit's vårdcentral because the patient had no listed vårdcentral.
/// </summary>
public sealed class DeathTask : IPatientData
{
    private DeathTask()
    {
        AssigneeName = "";
    }

    public DeathTask(DeathTaskKind kind, string assigneeName, CareCentreRef? careCentre, LocalDate? dueOn, bool routedToUnitsCareCentre = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assigneeName);
        Kind = kind;
        AssigneeName = assigneeName;
        CareCentreId = careCentre?.Id;
        CareCentreName = careCentre?.Name;
        DueOn = dueOn;
        RoutedToUnitsCareCentre = routedToUnitsCareCentre;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid PatientId { get; private set; }

    public DeathTaskKind Kind { get; private set; }

    /// <summary>The doctor, the vårdcentral or the nurse who should do it, as shown on the task list.</summary>
    public string AssigneeName { get; private set; }

    /// <summary>The id of the vårdcentral that owns the task (its list of open certificates), when it is a vårdcentral's.</summary>
    public Guid? CareCentreId { get; private set; }

    /// <summary>That vårdcentral's name when the task was made.</summary>
    public string? CareCentreName { get; private set; }

    /// <summary>The vårdcentral that owns the task, when it is a vårdcentral's.</summary>
    public CareCentreRef? CareCentre => CareCentreId is { } id ? new CareCentreRef(id, CareCentreName ?? "") : null;

    public LocalDate? DueOn { get; private set; }

    public bool RoutedToUnitsCareCentre { get; private set; }

    public Instant? CompletedAt { get; private set; }

    internal void BelongTo(Guid patientId) => PatientId = patientId;

    public bool IsCompleted => CompletedAt is not null;

    /// <summary>Not completed and the due date has passed on <paramref name="today"/> (a local date).</summary>
    public bool IsOverdueOn(LocalDate today) => !IsCompleted && DueOn is { } due && today > due;

    /// <summary><see cref="IsOverdueOn(LocalDate)"/> with today's Swedish date from the clock.</summary>
    public bool IsOverdue(IClock clock) => IsOverdueOn(Stockholm.Today(clock));

    public void Complete(Instant at)
    {
        if (IsCompleted)
        {
            throw new DomainException("Uppgiften är redan klar.");
        }

        CompletedAt = at;
    }

    /// <summary>Swedish name of the task.</summary>
    public string Title => Kind switch
    {
        DeathTaskKind.DeathCertificate => "Dödsbevis till Skatteverket",
        DeathTaskKind.CauseOfDeathCertificate => "Dödsorsaksintyg till Socialstyrelsen",
        DeathTaskKind.BereavementConversationOffer => "Erbjud närstående efterlevandesamtal",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };
}

/// <summary>
/// The tasks that follow an established death (DOMAIN.md §8; decision record 0018), with due dates counted from the
/// Swedish local date of the death and assignees by who established it.
/// </summary>
public static class DeathTasks
{
    /// <summary>Dödsorsaksintyg: within three weeks.</summary>
    public static readonly Period CauseOfDeathCertificateWithin = Period.FromWeeks(3);

    /// <summary>The first working day (vardag) after the local date of death: the dödsbevis deadline, inclusive.</summary>
    public static LocalDate DeathCertificateDue(LocalDate diedOn) => SwedishCalendar.Instance.NextWorkingDay(diedOn);

    /// <summary>Three weeks after the local date of death, inclusive.</summary>
    public static LocalDate CauseOfDeathCertificateDue(LocalDate diedOn) => diedOn + CauseOfDeathCertificateWithin;

    /// <summary>
    /// The dödsbevis goes to the doctor who established the death. The dödsorsaksintyg goes to the same doctor when a
    /// vårdcentral doctor established it, and to the patient's listed vårdcentral when the on-call doctor did; a
    /// patient without a listed vårdcentral sends it to the unit's responsible vårdcentral, flagged. The
    /// efterlevandesamtal offer goes to the nurse.
    /// </summary>
    /// <param name="death">An established death.</param>
    /// <param name="listedCareCentre">The vårdcentral where the patient was listed, or null.</param>
    /// <param name="unitsCareCentre">The unit's responsible vårdcentral on the date of death, or null.</param>
    /// <param name="nurseName">The patient's fast vårdkontakt or the nurse on the case.</param>
    public static IReadOnlyList<DeathTask> For(
        Death death, CareCentreRef? listedCareCentre, CareCentreRef? unitsCareCentre, string nurseName)
    {
        ArgumentNullException.ThrowIfNull(death);
        ArgumentException.ThrowIfNullOrWhiteSpace(nurseName);
        if (death.Establishment is not { } established)
        {
            throw new DomainException("Dödsfallet måste fastställas av läkare innan intygen kan fördelas.");
        }

        var diedOn = death.DiedOn;
        var certificate = new DeathTask(
            DeathTaskKind.DeathCertificate, established.DoctorName, established.CareCentre, DeathCertificateDue(diedOn));

        DeathTask causeOfDeath;
        if (established.By == DeathEstablishedBy.CareCentreDoctor)
        {
            causeOfDeath = new DeathTask(
                DeathTaskKind.CauseOfDeathCertificate, established.DoctorName, established.CareCentre, CauseOfDeathCertificateDue(diedOn));
        }
        else
        {
            var careCentre = listedCareCentre ?? unitsCareCentre ?? throw new DomainException(
                "Patienten har ingen listad vårdcentral och enheten ingen ansvarig vårdcentral. " +
                "Ange vilken vårdcentral som ska utfärda dödsorsaksintyget.");
            causeOfDeath = new DeathTask(
                DeathTaskKind.CauseOfDeathCertificate, careCentre.Name, careCentre, CauseOfDeathCertificateDue(diedOn),
                routedToUnitsCareCentre: listedCareCentre is null);
        }

        var offer = new DeathTask(DeathTaskKind.BereavementConversationOffer, nurseName.Trim(), null, dueOn: null);
        return [certificate, causeOfDeath, offer];
    }
}
