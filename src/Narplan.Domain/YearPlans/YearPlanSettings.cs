namespace Narplan.Domain.YearPlans;

/// <summary>
/// The settings the year plan follows: the longest time between two annual reviews (a region setting, default
/// 12 months) and the närområde's vacation periods.
/// </summary>
public sealed record YearPlanSettings(Period MaxInterval, IReadOnlyList<VacationPeriod> Vacations)
{
    /// <summary>12 months; vacation in ISO weeks 26–32 and 23 December–6 January (the example in DOMAIN.md §6).</summary>
    public static YearPlanSettings Default { get; } = new(
        Period.FromMonths(12),
        [VacationPeriod.IsoWeeks(26, 32), VacationPeriod.Dates(new AnnualDate(12, 23), new AnnualDate(1, 6))]);

    /// <summary>Whether a review may be planned on the date: a working day (vardag) outside every vacation period.</summary>
    public bool IsPlanningDay(LocalDate date)
    {
        if (!SwedishCalendar.Instance.IsWorkingDay(date))
        {
            return false;
        }

        foreach (var vacation in Vacations)
        {
            if (vacation.Contains(date))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The last date the next review may fall on: the previous review plus <see cref="MaxInterval"/>.</summary>
    public LocalDate DueBy(LocalDate previousReview) => previousReview.Plus(MaxInterval);
}
