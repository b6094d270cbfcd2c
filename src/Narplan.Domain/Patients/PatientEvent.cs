namespace Narplan.Domain.Patients;

/// <summary>What happened to a patient (DOMAIN.md §6). Stored by name; never renumber.</summary>
public enum PatientEventKind
{
    /// <summary>Ny patient: enrolled in kommunal primärvård. Gets an annual review as soon as capacity allows.</summary>
    NewPatient,

    /// <summary>Försämring: a deterioration that calls for a review as soon as capacity allows.</summary>
    Deterioration,

    /// <summary>Utskrivning från sjukhus.</summary>
    HospitalDischarge,

    /// <summary>Flytt till en annan enhet eller ett annat hemvårdsområde i samma kommun.</summary>
    Moved,

    /// <summary>Korttidsvistelse: a stay at a korttidsboende with a first and (when known) a last day.</summary>
    ShortTermStay,

    /// <summary>Dödsfall.</summary>
    Death,
}

public static class PatientEventKindNames
{
    public static string Swedish(this PatientEventKind kind) => kind switch
    {
        PatientEventKind.NewPatient => "Ny patient",
        PatientEventKind.Deterioration => "Försämring",
        PatientEventKind.HospitalDischarge => "Utskrivning från sjukhus",
        PatientEventKind.Moved => "Flytt",
        PatientEventKind.ShortTermStay => "Korttidsvistelse",
        PatientEventKind.Death => "Dödsfall",
        _ => kind.ToString(),
    };
}

/// <summary>
/// One dated event in a patient's enrolment. <see cref="On"/> is the day it happened (for a korttids stay, the first
/// day); <see cref="LastDay"/> is the last day of a korttids stay, <em>included</em>, and null while the stay has no
/// planned end. <see cref="FromUnitId"/>/<see cref="ToUnitId"/> name the units of a move; a korttids stay names its
/// korttidsboende in <see cref="ToUnitId"/>. Created only through <see cref="Patient"/>.
/// </summary>
public sealed class PatientEvent : Entity, IPatientData
{
    private PatientEvent() { }

    internal PatientEvent(Guid patientId, PatientEventKind kind, LocalDate on, string? note, Guid? fromUnitId = null, Guid? toUnitId = null, LocalDate? lastDay = null)
    {
        PatientId = patientId;
        Kind = kind;
        On = on;
        Note = Patient.OptionalText(note, 1000, "Anteckningen");
        FromUnitId = fromUnitId;
        ToUnitId = toUnitId;
        LastDay = lastDay;
    }

    public Guid PatientId { get; private set; }

    public PatientEventKind Kind { get; private set; }

    /// <summary>The day the event happened; the first day of a korttids stay.</summary>
    public LocalDate On { get; private set; }

    /// <summary>The last day of a korttids stay (included); null when not yet known.</summary>
    public LocalDate? LastDay { get; private set; }

    public Guid? FromUnitId { get; private set; }

    public Guid? ToUnitId { get; private set; }

    public string? Note { get; private set; }

    /// <summary>Whether this is a korttids stay that covers <paramref name="date"/> (an open stay covers every later day).</summary>
    public bool IsStayCovering(LocalDate date) =>
        Kind == PatientEventKind.ShortTermStay && date >= On && (LastDay is null || date <= LastDay);

    internal void EndStay(LocalDate lastDay)
    {
        if (lastDay < On)
        {
            throw new DomainException($"Sista dagen kan inte ligga före vistelsens första dag ({On:yyyy-MM-dd}).");
        }

        LastDay = lastDay;
    }
}
