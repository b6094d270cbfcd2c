namespace Narplan.Domain.Vaccination;

/// <summary>
/// A dose given to one patient in a campaign (issue 19 item 2): the date, the vaccine, the dose number and who gave it
/// ("Kommunal primärvårds distriktsjuksköterskor ordinerar vaccin … Kommunal primärvård iordningställer och administrerar
/// covid-19 vaccinet"). Its documentation (vaccinationsunderlag/hälsodeklaration) is due at the vårdcentral one week
/// after the dose (<see cref="VaccinationDocumentation"/>); the kommun marks it sent and the vårdcentral marks it
/// registered in its journal, which carries it on to Nationella vaccinationsregistret (NVR). Patient data: every
/// change is audit-logged against the patient.
/// </summary>
public sealed class VaccinationDose : Entity, IPatientData, IVersioned
{
    public const int MaxNameLength = 200;
    public const int MaxDoseNumber = 20;

    private VaccinationDose()
    {
        GivenBy = "";
    }

    private VaccinationDose(Guid patientId, VaccinationCampaign campaign, Guid careUnitId, Guid? careCentreId, Vaccine vaccine, LocalDate givenOn, int doseNumber, string givenBy)
    {
        PatientId = patientId;
        CampaignId = campaign.Id;
        KommunId = campaign.KommunId;
        CareUnitId = careUnitId;
        CareCentreId = careCentreId;
        Vaccine = vaccine;
        GivenOn = givenOn;
        DoseNumber = doseNumber;
        GivenBy = givenBy;
    }

    public Guid PatientId { get; private set; }

    public Guid CampaignId { get; private set; }

    public Guid KommunId { get; private set; }

    /// <summary>The patient's unit when the dose was given (the board counts doses per unit).</summary>
    public Guid CareUnitId { get; private set; }

    /// <summary>The vårdcentral that receives the documentation and registers the dose (the unit's, or the listed one).</summary>
    public Guid? CareCentreId { get; private set; }

    public Vaccine Vaccine { get; private set; }

    public LocalDate GivenOn { get; private set; }

    /// <summary>The dose's number in the patient's series (1 for a yearly influenza dose).</summary>
    public int DoseNumber { get; private set; }

    public string GivenBy { get; private set; }

    /// <summary>The day the kommun sent the vaccinationsunderlag/hälsodeklaration to the vårdcentral; null until then.</summary>
    public LocalDate? DocumentationSentOn { get; private set; }

    public string? DocumentationSentBy { get; private set; }

    /// <summary>The day the vårdcentral registered the dose in its journal (and so in NVR); null until then.</summary>
    public LocalDate? RegisteredOn { get; private set; }

    public string? RegisteredBy { get; private set; }

    public int Version { get; private set; }

    /// <summary>The day the documentation must have reached the vårdcentral (included): one week after the dose.</summary>
    public LocalDate DocumentationDueOn => VaccinationDocumentation.DueOn(GivenOn);

    public bool IsDocumentationSent => DocumentationSentOn is not null;

    public bool IsRegistered => RegisteredOn is not null;

    /// <summary>Unsent documentation after its due day: overdue (the due day itself is on time).</summary>
    public bool IsDocumentationOverdueOn(LocalDate today) => DocumentationSentOn is null && today > DocumentationDueOn;

    /// <summary>Whether the documentation was sent by its due day.</summary>
    public bool WasDocumentedOnTime => DocumentationSentOn is { } sent && sent <= DocumentationDueOn;

    /// <summary>Sent but not yet registered: on the vårdcentral's list.</summary>
    public bool AwaitsRegistration => DocumentationSentOn is not null && RegisteredOn is null;

    /// <summary>
    /// Records a dose; refused beside its field: no vaccine or one the campaign does not include, a date in the future
    /// or outside the campaign, a dose number outside 1–20, no name of who gave it.
    /// </summary>
    public static VaccinationDose Record(
        Guid patientId, VaccinationCampaign campaign, Guid careUnitId, Guid? careCentreId, Vaccine? vaccine, LocalDate? givenOn, int? doseNumber, string? givenBy, LocalDate today)
    {
        if (vaccine is not { } v)
        {
            throw new FieldRefusal("Vaccine", "Välj vaccin.");
        }

        if (!campaign.Includes(v))
        {
            throw new FieldRefusal("Vaccine", $"Kampanjen omfattar inte {v.Swedish().ToLowerInvariant()}.");
        }

        if (givenOn is not { } on)
        {
            throw new FieldRefusal("GivenOn", "Ange datum då dosen gavs.");
        }

        if (on > today)
        {
            throw new FieldRefusal("GivenOn", "Dosen kan inte vara given i framtiden.");
        }

        if (!campaign.Contains(on))
        {
            throw new FieldRefusal("GivenOn", $"Dosen måste vara given under kampanjen ({campaign.PeriodText}).");
        }

        if (doseNumber is not { } number || number < 1 || number > MaxDoseNumber)
        {
            throw new FieldRefusal("DoseNumber", $"Ange dosnummer 1–{MaxDoseNumber}.");
        }

        return new VaccinationDose(patientId, campaign, careUnitId, careCentreId, v, on, number, RequireName(givenBy, "GivenBy", "Ange vem som gav dosen."));
    }

    /// <summary>The kommun marks the documentation sent; not before the dose, not in the future, once.</summary>
    public void MarkDocumentationSent(LocalDate? on, string? by, LocalDate today)
    {
        if (IsDocumentationSent)
        {
            throw new DomainException("Underlaget är redan markerat som skickat.");
        }

        if (on is not { } date)
        {
            throw new FieldRefusal("SentOn", "Ange datum då underlaget skickades.");
        }

        if (date > today)
        {
            throw new FieldRefusal("SentOn", "Underlaget kan inte vara skickat i framtiden.");
        }

        if (date < GivenOn)
        {
            throw new FieldRefusal("SentOn", $"Underlaget kan inte vara skickat före dosen ({VaccinationCampaign.Iso(GivenOn)}).");
        }

        DocumentationSentBy = RequireName(by, "SentBy", "Ange vem som skickade underlaget.");
        DocumentationSentOn = date;
    }

    /// <summary>The vårdcentral marks the dose registered (journal → NVR); only after the documentation is sent.</summary>
    public void MarkRegistered(LocalDate? on, string? by, LocalDate today)
    {
        if (IsRegistered)
        {
            throw new DomainException("Dosen är redan registrerad.");
        }

        if (DocumentationSentOn is not { } sent)
        {
            throw new DomainException("Kommunen har inte markerat underlaget som skickat. Be kommunen markera det först.");
        }

        if (on is not { } date)
        {
            throw new FieldRefusal("RegisteredOn", "Ange datum då dosen registrerades.");
        }

        if (date > today)
        {
            throw new FieldRefusal("RegisteredOn", "Registreringen kan inte ligga i framtiden.");
        }

        if (date < sent)
        {
            throw new FieldRefusal("RegisteredOn", $"Registreringen kan inte ligga före att underlaget skickades ({VaccinationCampaign.Iso(sent)}).");
        }

        RegisteredBy = RequireName(by, "RegisteredBy", "Ange vem som registrerade dosen.");
        RegisteredOn = date;
    }

    public void Touch() => Version++;

    private static string RequireName(string? name, string field, string missing)
    {
        var trimmed = name?.Trim();
        return string.IsNullOrEmpty(trimmed) ? throw new FieldRefusal(field, missing)
            : trimmed.Length > MaxNameLength ? throw new FieldRefusal(field, $"Namnet får vara högst {MaxNameLength} tecken.")
            : trimmed;
    }
}
