namespace Narplan.Domain.OralHealth;

/// <summary>
/// One munhälsobedömning done, kept as history beside <see cref="OralHealthRecord.LastAssessmentOn"/> so the follow-up can
/// count the bedömningar done in a period and whether each was on time (decision 0084). Written in the same save as
/// <see cref="OralHealthRecord.RecordAssessment"/>; never changed.
/// </summary>
public sealed class OralHealthAssessment : Entity, IPatientData
{
    private OralHealthAssessment() { }

    public OralHealthAssessment(OralHealthRecord record, LocalDate dueOn)
    {
        RecordId = record.Id;
        PatientId = record.PatientId;
        KommunId = record.KommunId;
        AssessedOn = record.LastAssessmentOn ?? throw new DomainException("Ingen munhälsobedömning är registrerad.");
        DueOn = dueOn;
    }

    public Guid RecordId { get; private set; }

    public Guid PatientId { get; private set; }

    public Guid KommunId { get; private set; }

    public LocalDate AssessedOn { get; private set; }

    /// <summary>The day the bedömning was due when it was done; on time when <see cref="AssessedOn"/> is not after it.</summary>
    public LocalDate DueOn { get; private set; }

    public bool OnTime => AssessedOn <= DueOn;
}
