namespace Narplan.Domain.YearPlans;

/// <summary>
/// Which year a unit's year plan opens on when no year is asked for (issue 18): in December next year, the year being
/// planned; otherwise this year, unless only next year has a plan, then next year.
/// </summary>
public static class PlanYear
{
    public static int Default(LocalDate today, Func<int, bool> hasPlan)
    {
        if (today.Month == 12)
        {
            return today.Year + 1;
        }

        return !hasPlan(today.Year) && hasPlan(today.Year + 1) ? today.Year + 1 : today.Year;
    }
}
