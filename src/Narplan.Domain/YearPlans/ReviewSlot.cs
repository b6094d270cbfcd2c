namespace Narplan.Domain.YearPlans;

/// <summary>
/// A date with room for annual reviews (årlig medicinsk vårdplanering): a round occurrence or the doctor's
/// contact time, with how many reviews it can take. The planner does not care where it came from; two slots on
/// the same date add up.
/// </summary>
public readonly record struct ReviewSlot(LocalDate Date, int Capacity);
