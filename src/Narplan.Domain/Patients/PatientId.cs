namespace Narplan.Domain.Patients;

/// <summary>
/// A patient's identity in a rule that handles many patients at once (the year planner and its bookkeeping): the stored
/// patient's <see cref="Guid"/>, typed so that it cannot be passed where a unit's, a review's or any other id is expected.
/// Ordered as <see cref="Guid.CompareTo(Guid)"/>, which is the order of the ids' "D" text (lower-case hex, compared
/// character by character): the planner breaks ties between patients in this order, so a plan is the same as when the
/// planner keyed patients by that text.
/// </summary>
public readonly record struct PatientId(Guid Value) : IComparable<PatientId>
{
    public int CompareTo(PatientId other) => Value.CompareTo(other.Value);

    /// <summary>The Guid's "D" text, e.g. in a message about a patient given twice to the planner.</summary>
    public override string ToString() => Value.ToString("D");
}
