namespace Narplan.Domain.Patients;

/// <summary>Why a patient was offered to list at a vårdcentral (DOMAIN.md §3). Stored by name.</summary>
public enum ListingOfferReason
{
    /// <summary>Seed 002: the person starts kommunal primärvård.</summary>
    StartedKommunalPrimarvard,

    /// <summary>Seed 000: the person moves into a särskilt boende.</summary>
    MovedIntoSarskiltBoende,
}

/// <summary>The patient's answer; free choice of vårdcentral is respected. Stored by name.</summary>
public enum ListingAnswer
{
    /// <summary>Not answered yet.</summary>
    Pending,

    /// <summary>The patient lists at the offered vårdcentral.</summary>
    Accepted,

    /// <summary>The patient stays listed where they are (or chooses another vårdcentral).</summary>
    Declined,
}

public static class ListingNames
{
    public static string Swedish(this ListingOfferReason reason) => reason switch
    {
        ListingOfferReason.StartedKommunalPrimarvard => "Påbörjad kommunal primärvård",
        ListingOfferReason.MovedIntoSarskiltBoende => "Flytt till särskilt boende",
        _ => reason.ToString(),
    };

    public static string Swedish(this ListingAnswer answer) => answer switch
    {
        ListingAnswer.Pending => "Inte besvarat",
        ListingAnswer.Accepted => "Tackade ja",
        ListingAnswer.Declined => "Tackade nej",
        _ => answer.ToString(),
    };
}

/// <summary>
/// The offer to list at the vårdcentral responsible for the patient's unit, made when the patient moves into SÄBO or
/// starts kommunal primärvård, and the patient's answer. Created and answered only through <see cref="Patient"/>.
/// </summary>
public sealed class ListingOffer : Entity, IPatientData
{
    private ListingOffer() { }

    internal ListingOffer(Guid patientId, Guid careCentreId, ListingOfferReason reason, LocalDate offeredOn)
    {
        PatientId = patientId;
        CareCentreId = careCentreId;
        Reason = reason;
        OfferedOn = offeredOn;
        Answer = ListingAnswer.Pending;
    }

    public Guid PatientId { get; private set; }

    /// <summary>The vårdcentral responsible for the unit on <see cref="OfferedOn"/>.</summary>
    public Guid CareCentreId { get; private set; }

    public ListingOfferReason Reason { get; private set; }

    public LocalDate OfferedOn { get; private set; }

    public ListingAnswer Answer { get; private set; }

    public LocalDate? AnsweredOn { get; private set; }

    internal void Record(bool accepted, LocalDate on)
    {
        if (Answer != ListingAnswer.Pending)
        {
            throw new DomainException($"Erbjudandet är redan besvarat ({Answer.Swedish().ToLowerInvariant()} {AnsweredOn:yyyy-MM-dd}).");
        }

        if (on < OfferedOn)
        {
            throw new DomainException($"Svaret kan inte komma före erbjudandet ({OfferedOn:yyyy-MM-dd}).");
        }

        Answer = accepted ? ListingAnswer.Accepted : ListingAnswer.Declined;
        AnsweredOn = on;
    }
}

/// <summary>A fast vårdkontakt: a licensed professional named for the patient (several can exist, DOMAIN.md §3).</summary>
public sealed class PatientCareContact : Entity, IPatientData
{
    private PatientCareContact() { }

    internal PatientCareContact(Guid patientId, Guid personId, LocalDate since)
    {
        PatientId = patientId;
        PersonId = personId;
        Since = since;
    }

    public Guid PatientId { get; private set; }

    /// <summary>The person (sjuksköterska, distriktssköterska …) in the plan's register of people.</summary>
    public Guid PersonId { get; private set; }

    public LocalDate Since { get; private set; }
}

/// <summary>
/// Marks patient data: the audit log records the patient's id with every change (for loggutdrag) and names the
/// changed fields without their values (decision 0004).
/// </summary>
public interface IPatientData
{
    Guid PatientId { get; }
}
