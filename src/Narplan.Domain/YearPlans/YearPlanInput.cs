namespace Narplan.Domain.YearPlans;

/// <summary>
/// Everything the planner needs for one unit (or one doctor) and one planning year: the patients, the review slots and
/// the settings. <see cref="From"/> (default 1 January) is the first date a review may be placed on, e.g. today when
/// re-planning mid-year.
/// </summary>
public sealed record YearPlanInput(
    int Year, IReadOnlyList<PlanningPatient> Patients, IReadOnlyList<ReviewSlot> Slots, YearPlanSettings Settings, LocalDate? From = null)
{
    public LocalDate Start => From ?? new LocalDate(Year, 1, 1);

    public LocalDate End => new(Year, 12, 31);
}
