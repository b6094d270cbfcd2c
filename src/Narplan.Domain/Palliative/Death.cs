namespace Narplan.Domain.Palliative;

/// <summary>
/// A doctor's delegation to a licensed nurse to do the clinical examination that establishes an expected death
/// (HSLF-FS 2015:15; seeds 000/002). Valid from <see cref="GrantedOn"/> through <see cref="ValidThrough"/> (local
/// dates, both included; null = until revoked).
/// </summary>
public sealed record DeathExaminationDelegation : IPatientData
{
    private DeathExaminationDelegation()
    {
        DoctorName = NurseName = "";
    }

    public DeathExaminationDelegation(string doctorName, string nurseName, LocalDate grantedOn, LocalDate? validThrough = null)
    {
        if (string.IsNullOrWhiteSpace(doctorName))
        {
            throw new DomainException("Ange vilken läkare som har gett delegeringen.");
        }

        if (string.IsNullOrWhiteSpace(nurseName))
        {
            throw new DomainException("Ange vilken sjuksköterska delegeringen gäller.");
        }

        if (validThrough < grantedOn)
        {
            throw new DomainException("Delegeringen kan inte upphöra innan den börjar gälla.");
        }

        DoctorName = doctorName.Trim();
        NurseName = nurseName.Trim();
        GrantedOn = grantedOn;
        ValidThrough = validThrough;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid PatientId { get; private set; }

    public string DoctorName { get; private set; }

    public string NurseName { get; private set; }

    public LocalDate GrantedOn { get; private set; }

    public LocalDate? ValidThrough { get; private set; }

    internal void BelongTo(Guid patientId) => PatientId = patientId;

    public bool IsValidOn(LocalDate date) => date >= GrantedOn && (ValidThrough is null || date <= ValidThrough);
}

/// <summary>The nurse's clinical examination at an expected death, under a delegation (by its id in the same course).</summary>
public sealed record NurseDeathExamination(Instant At, string NurseName, Guid DelegationId);

/// <summary>Who established the death, which decides where the dödsorsaksintyg goes (<see cref="DeathTasks"/>).</summary>
public enum DeathEstablishedBy
{
    /// <summary>A doctor from a vårdcentral (the patient's or the unit's), in daytime.</summary>
    CareCentreDoctor,

    /// <summary>The region's beredskapsjour (out of hours): writes the dödsbevis and contacts the listed vårdcentral.</summary>
    OnCallDoctor,
}

/// <summary>A vårdcentral as a task assignee: its id and name.</summary>
public sealed record CareCentreRef(Guid Id, string Name);

/// <summary>
/// The doctor's establishment of the death: when, by whom, and in which role. <see cref="CareCentre"/> is the doctor's
/// vårdcentral when <see cref="By"/> is <see cref="DeathEstablishedBy.CareCentreDoctor"/>; null for the on-call doctor.
/// </summary>
public sealed record DeathEstablishment(Instant At, string DoctorName, DeathEstablishedBy By, CareCentreRef? CareCentre);

/// <summary>
/// A patient's death as recorded in kommunal primärvård (DOMAIN.md §8). An expected death may be examined by a
/// licensed nurse under a recorded delegation; the doctor always establishes it. An unexpected death (or unknown
/// identity) is a matter for the police: no examination by delegation.
/// </summary>
/// <remarks>
/// Stored as part of the patient's <see cref="PalliativeCourse"/> (decision 0087): the examination and the
/// establishment are kept as plain fields so the stored row and the rule are one type.
/// </remarks>
public sealed class Death : IPatientData
{
    private Death()
    {
    }

    private Death(Instant diedAt, bool isExpected, bool identityUnknown)
    {
        DiedAt = diedAt;
        IsExpected = isExpected;
        IdentityUnknown = identityUnknown;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid PatientId { get; private set; }

    /// <summary>Time of death (as the nurse or doctor records it).</summary>
    public Instant DiedAt { get; private set; }

    /// <summary>The Swedish local date of the death: all due dates count from it.</summary>
    public LocalDate DiedOn => DiedAt.InZone(Stockholm.Zone).Date;

    /// <summary>Expected from illness or reduced health (väntat dödsfall).</summary>
    public bool IsExpected { get; private set; }

    public bool IdentityUnknown { get; private set; }

    /// <summary>Unexpected death or unknown identity: hand the case to the police.</summary>
    public bool RequiresPolice => !IsExpected || IdentityUnknown;

    /// <summary>When the nurse examined the deceased under a delegation; null when no nurse did.</summary>
    public Instant? NurseExaminedAt { get; private set; }

    public string? ExaminingNurse { get; private set; }

    /// <summary>The delegation (in the same course) the nurse examined under.</summary>
    public Guid? DelegationId { get; private set; }

    public Instant? EstablishedAt { get; private set; }

    public string? EstablishedByDoctor { get; private set; }

    public DeathEstablishedBy? EstablishedBy { get; private set; }

    public Guid? EstablishingCareCentreId { get; private set; }

    /// <summary>The establishing doctor's vårdcentral as named when the death was recorded.</summary>
    public string? EstablishingCareCentreName { get; private set; }

    /// <summary>Smärtskattning gjord under sista levnadsveckan: yes, no or unknown (null).</summary>
    public bool? PainRated { get; private set; }

    /// <summary>Munhälsobedömning gjord under sista levnadsveckan.</summary>
    public bool? OralHealthAssessed { get; private set; }

    /// <summary>Vid behov-ordination av opioid mot smärta.</summary>
    public bool? AsNeededOpioidPrescribed { get; private set; }

    /// <summary>Vid behov-ordination av ångestdämpande läkemedel.</summary>
    public bool? AsNeededAnxiolyticPrescribed { get; private set; }

    /// <summary>Fri från trycksår vid döden.</summary>
    public bool? FreeOfPressureUlcers { get; private set; }

    /// <summary>The quality items of the last week of life (issue 20); all unknown until answered.</summary>
    public LastWeekOfLife LastWeek =>
        new(PainRated, OralHealthAssessed, AsNeededOpioidPrescribed, AsNeededAnxiolyticPrescribed, FreeOfPressureUlcers);

    public NurseDeathExamination? NurseExamination =>
        NurseExaminedAt is { } at ? new NurseDeathExamination(at, ExaminingNurse!, DelegationId!.Value) : null;

    public DeathEstablishment? Establishment =>
        EstablishedAt is { } at
            ? new DeathEstablishment(
                at, EstablishedByDoctor!, EstablishedBy!.Value,
                EstablishingCareCentreId is { } id ? new CareCentreRef(id, EstablishingCareCentreName ?? "") : null)
            : null;

    /// <summary>Records a death; a time of death after the clock's now is refused.</summary>
    public static Death Record(Instant diedAt, bool isExpected, IClock clock, bool identityUnknown = false)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (diedAt > clock.GetCurrentInstant())
        {
            throw new DomainException("Dödstidpunkten kan inte ligga i framtiden. Kontrollera datum och klockslag.");
        }

        return new Death(diedAt, isExpected, identityUnknown);
    }

    /// <summary>
    /// Records the nurse's clinical examination. Only at an expected death with known identity, by the nurse the
    /// delegation names, on a date the delegation is valid, not before the death and not in the future.
    /// </summary>
    public void RecordNurseExamination(Instant at, string nurseName, DeathExaminationDelegation? delegation, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (RequiresPolice)
        {
            throw new DomainException(
                "Vid oväntat dödsfall eller okänd identitet får undersökningen inte göras på delegering. Kontakta läkare och polis.");
        }

        if (delegation is null)
        {
            throw new DomainException("Sjuksköterskan behöver en registrerad delegering från läkaren för att undersöka den avlidne.");
        }

        if (!string.Equals(delegation.NurseName, nurseName?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException($"Delegeringen gäller {delegation.NurseName}, inte {nurseName?.Trim()}.");
        }

        CheckTime(at, clock, "Undersökningen");
        var date = at.InZone(Stockholm.Zone).Date;
        if (!delegation.IsValidOn(date))
        {
            throw new DomainException($"Delegeringen från {delegation.DoctorName} gäller inte {SwedishText.Date(date)}.");
        }

        NurseExaminedAt = at;
        ExaminingNurse = delegation.NurseName;
        DelegationId = delegation.Id;
    }

    /// <summary>The doctor establishes the death (fastställer dödsfallet).</summary>
    public void Establish(DeathEstablishment establishment, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(establishment);
        ArgumentNullException.ThrowIfNull(clock);
        if (string.IsNullOrWhiteSpace(establishment.DoctorName))
        {
            throw new DomainException("Dödsfallet fastställs av läkare. Ange läkaren.");
        }

        if (establishment.By == DeathEstablishedBy.CareCentreDoctor && establishment.CareCentre is null)
        {
            throw new DomainException("Ange läkarens vårdcentral.");
        }

        CheckTime(establishment.At, clock, "Fastställandet");
        EstablishedAt = establishment.At;
        EstablishedByDoctor = establishment.DoctorName;
        EstablishedBy = establishment.By;
        EstablishingCareCentreId = establishment.CareCentre?.Id;
        EstablishingCareCentreName = establishment.CareCentre?.Name;
    }

    /// <summary>Records the answers to the last-week-of-life quality items (each yes, no or unknown).</summary>
    public void RecordLastWeek(LastWeekOfLife items)
    {
        ArgumentNullException.ThrowIfNull(items);
        PainRated = items.PainRated;
        OralHealthAssessed = items.OralHealthAssessed;
        AsNeededOpioidPrescribed = items.AsNeededOpioidPrescribed;
        AsNeededAnxiolyticPrescribed = items.AsNeededAnxiolyticPrescribed;
        FreeOfPressureUlcers = items.FreeOfPressureUlcers;
    }

    internal void BelongTo(Guid patientId) => PatientId = patientId;

    private void CheckTime(Instant at, IClock clock, string what)
    {
        if (at < DiedAt)
        {
            throw new DomainException($"{what} kan inte vara före dödstidpunkten.");
        }

        if (at > clock.GetCurrentInstant())
        {
            throw new DomainException($"{what} kan inte ligga i framtiden.");
        }
    }
}
