namespace Narplan.Domain.Palliative;

/// <summary>
/// A nurse's request that a doctor assess the need for, and write, a vårdintyg ("Läkare skriver vårdintygsbedömning
/// när sjuksköterska initierar behov", seed 000). The nurse initiates; the doctor completes.
/// </summary>
public sealed class CareCertificateRequest : IPatientData
{
    private CareCertificateRequest()
    {
        NurseName = DoctorName = Reason = "";
    }

    public CareCertificateRequest(Instant requestedAt, string nurseName, string doctorName, string reason)
    {
        if (string.IsNullOrWhiteSpace(nurseName))
        {
            throw new DomainException("Ange vilken sjuksköterska som begär vårdintyget.");
        }

        if (string.IsNullOrWhiteSpace(doctorName))
        {
            throw new DomainException("Ange vilken läkare (eller jour) som ska bedöma behovet av vårdintyg.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Beskriv varför vårdintyg behövs.");
        }

        RequestedAt = requestedAt;
        NurseName = nurseName.Trim();
        DoctorName = doctorName.Trim();
        Reason = reason.Trim();
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid PatientId { get; private set; }

    public Instant RequestedAt { get; private set; }

    public string NurseName { get; private set; }

    /// <summary>The doctor or service asked, e.g. the fast läkarkontakt or "Beredskapsläkare".</summary>
    public string DoctorName { get; private set; }

    public string Reason { get; private set; }

    internal void BelongTo(Guid patientId) => PatientId = patientId;

    /// <summary>When the doctor recorded the assessment; null while open.</summary>
    public Instant? AssessedAt { get; private set; }

    /// <summary>Whether the doctor wrote a vårdintyg (true) or found no grounds (false); null while open.</summary>
    public bool? CertificateWritten { get; private set; }

    /// <summary>The doctor records the assessment; not before the request and only once.</summary>
    public void RecordAssessment(Instant at, bool certificateWritten)
    {
        if (AssessedAt is not null)
        {
            throw new DomainException("Bedömningen är redan registrerad.");
        }

        if (at < RequestedAt)
        {
            throw new DomainException("Bedömningen kan inte vara före begäran.");
        }

        AssessedAt = at;
        CertificateWritten = certificateWritten;
    }
}
