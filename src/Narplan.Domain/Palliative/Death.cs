using Narplan.Domain.Calendars;
using NodaTime;

namespace Narplan.Domain.Palliative;

/// <summary>
/// A doctor's delegation to a licensed nurse to do the clinical examination that establishes an expected death
/// (HSLF-FS 2015:15; seeds 000/002). Valid from <see cref="GrantedOn"/> through <see cref="ValidThrough"/> (local
/// dates, both included; null = until revoked).
/// </summary>
public sealed record DeathExaminationDelegation
{
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

    public string DoctorName { get; }

    public string NurseName { get; }

    public LocalDate GrantedOn { get; }

    public LocalDate? ValidThrough { get; }

    public bool IsValidOn(LocalDate date) => date >= GrantedOn && (ValidThrough is null || date <= ValidThrough);
}

/// <summary>The nurse's clinical examination at an expected death, under a delegation.</summary>
public sealed record NurseDeathExamination(Instant At, string NurseName, DeathExaminationDelegation Delegation);

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
public sealed class Death
{
    private Death(Instant diedAt, bool isExpected, bool identityUnknown)
    {
        DiedAt = diedAt;
        IsExpected = isExpected;
        IdentityUnknown = identityUnknown;
    }

    /// <summary>Time of death (as the nurse or doctor records it).</summary>
    public Instant DiedAt { get; }

    /// <summary>The Swedish local date of the death: all due dates count from it.</summary>
    public LocalDate DiedOn => DiedAt.InZone(Stockholm.Zone).Date;

    /// <summary>Expected from illness or reduced health (väntat dödsfall).</summary>
    public bool IsExpected { get; }

    public bool IdentityUnknown { get; }

    /// <summary>Unexpected death or unknown identity: hand the case to the police.</summary>
    public bool RequiresPolice => !IsExpected || IdentityUnknown;

    public NurseDeathExamination? NurseExamination { get; private set; }

    public DeathEstablishment? Establishment { get; private set; }

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

        NurseExamination = new NurseDeathExamination(at, delegation.NurseName, delegation);
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
        Establishment = establishment;
    }

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
