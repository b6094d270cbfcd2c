namespace Narplan.Domain.YearPlans;

/// <summary>
/// A patient as the year planner sees them: their id, the date of the previous annual review (null for a new patient)
/// and the date of a deterioration event, if any. A new patient, and one who deteriorated after their previous review,
/// gets a review as soon as capacity allows.
/// </summary>
public sealed record PlanningPatient(PatientId Id, LocalDate? PreviousReview, LocalDate? DeterioratedOn = null)
{
    public bool IsNew => PreviousReview is null;

    public bool HasDeteriorated => DeterioratedOn is { } on && (PreviousReview is not { } previous || on >= previous);
}
