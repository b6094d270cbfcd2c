namespace Narplan.Domain.OralHealth;

/// <summary>
/// One patient's uppsökande tandvård (seed 000: "Personer med intyg om nödvändig tandvård årligen erbjuds
/// munhälsobedömning"): the intyg om nödvändig tandvård (N-intyg) with its date and intygsutfärdare, and the yearly
/// munhälsobedömning offered and done. The next bedömning is due one year after the last one done, or one year after
/// the N-intyg when none is done yet (29 February → 28 February). A declined offer is recorded but does not move the
/// due date: the offer is made again the next year. Patient data: every change is audit-logged against the patient.
/// </summary>
public sealed class OralHealthRecord : Entity, IPatientData, IVersioned
{
    private OralHealthRecord()
    {
        CertifierName = "";
    }

    private OralHealthRecord(Guid patientId, Guid kommunId, LocalDate certificateIssuedOn, Guid? certifierId, string certifierName)
    {
        PatientId = patientId;
        KommunId = kommunId;
        CertificateIssuedOn = certificateIssuedOn;
        CertifierId = certifierId;
        CertifierName = certifierName;
    }

    public Guid PatientId { get; private set; }

    public Guid KommunId { get; private set; }

    /// <summary>The date of the intyg om nödvändig tandvård (N-intyg).</summary>
    public LocalDate CertificateIssuedOn { get; private set; }

    public Guid? CertifierId { get; private set; }

    public string CertifierName { get; private set; }

    public LocalDate? LastOfferedOn { get; private set; }

    /// <summary>Whether the patient declined the last offer.</summary>
    public bool LastOfferDeclined { get; private set; }

    public LocalDate? LastAssessmentOn { get; private set; }

    public int Version { get; private set; }

    /// <summary>The next munhälsobedömning is due one year after the last one done, or after the N-intyg.</summary>
    public LocalDate AssessmentDueOn => (LastAssessmentOn ?? CertificateIssuedOn).PlusYears(1);

    /// <summary>Overdue the day after the due day.</summary>
    public bool IsOverdueOn(LocalDate today) => today > AssessmentDueOn;

    public bool IsDueWithin(LocalDate today, int days) => AssessmentDueOn <= today.PlusDays(days);

    public static OralHealthRecord Issue(Guid patientId, Guid kommunId, OralHealthCertifier? certifier, LocalDate? issuedOn, LocalDate today)
    {
        if (certifier is null)
        {
            throw new FieldRefusal("CertifierId", "Välj intygsutfärdaren som skrev N-intyget.");
        }

        if (certifier.KommunId != kommunId)
        {
            throw new FieldRefusal("CertifierId", "Intygsutfärdaren hör inte till patientens kommun.");
        }

        if (issuedOn is not { } on)
        {
            throw new FieldRefusal("IssuedOn", "Ange datum för N-intyget.");
        }

        if (on > today)
        {
            throw new FieldRefusal("IssuedOn", "N-intyget kan inte vara utfärdat i framtiden.");
        }

        return new OralHealthRecord(patientId, kommunId, on, certifier.Id, certifier.Name);
    }

    /// <summary>Records the yearly offer and the answer; a declined offer leaves the due date as it was.</summary>
    public void RecordOffer(LocalDate? on, bool declined, LocalDate today)
    {
        var date = RequireDate(on, "OfferedOn", "Ange datum för erbjudandet.", today);
        if (date < CertificateIssuedOn)
        {
            throw new FieldRefusal("OfferedOn", "Erbjudandet kan inte ligga före N-intyget.");
        }

        LastOfferedOn = date;
        LastOfferDeclined = declined;
    }

    /// <summary>Records a munhälsobedömning done; the next is due one year later.</summary>
    public void RecordAssessment(LocalDate? on, LocalDate today)
    {
        var date = RequireDate(on, "AssessedOn", "Ange datum för munhälsobedömningen.", today);
        if (date < CertificateIssuedOn || (LastAssessmentOn is { } last && date <= last))
        {
            throw new FieldRefusal("AssessedOn", $"Bedömningen måste vara efter {(LastAssessmentOn ?? CertificateIssuedOn.PlusDays(-1)):yyyy-MM-dd}.");
        }

        LastAssessmentOn = date;
        LastOfferDeclined = false;
    }

    public void Touch() => Version++;

    private static LocalDate RequireDate(LocalDate? on, string field, string missing, LocalDate today) =>
        on is not { } date ? throw new FieldRefusal(field, missing)
        : date > today ? throw new FieldRefusal(field, "Datumet kan inte ligga i framtiden.")
        : date;
}
