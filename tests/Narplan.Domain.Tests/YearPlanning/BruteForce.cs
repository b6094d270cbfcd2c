using Narplan.Domain.YearPlanning;
using NodaTime;
using NodaTime.Calendars;

namespace Narplan.Domain.Tests.YearPlanning;

/// <summary>
/// The reference the planner is checked against: every assignment of every patient to every usable date
/// (a patient may also go unplaced), scored by decision 0014's order.
/// </summary>
public static class BruteForce
{
    /// <summary>The best score any assignment reaches: (unplaced, late, largest week, weekly Σ², daily Σ²).</summary>
    public static (int Unplaced, int Late, int MaxWeek, long WeekSquares, long DaySquares) Best(YearPlanInput input)
    {
        var days = YearPlanner.UsableDays(input);
        // New patients come first and take the earliest room (the planner's first rule), in id order.
        var patients = input.Patients.OrderBy(p => p.IsNew ? 0 : 1).ThenBy(p => p.Id, StringComparer.Ordinal).ToArray();
        var dues = patients.Select(p => p.PreviousReview is { } previous ? input.Settings.DueBy(previous) : LocalDate.MaxIsoValue).ToArray();
        var used = new int[days.Length];
        var choice = new int[dues.Length];
        var fixedCount = 0;
        foreach (var patient in patients.TakeWhile(p => p.IsNew))
        {
            var d = 0;
            while (d < days.Length && used[d] >= days[d].Capacity)
            {
                d++;
            }

            choice[fixedCount++] = d < days.Length ? d : -1;
            if (d < days.Length)
            {
                used[d]++;
            }
        }

        (int, int, int, long, long) best = (int.MaxValue, 0, 0, 0, 0);
        Recurse(fixedCount);
        return best;

        void Recurse(int p)
        {
            if (p == dues.Length)
            {
                var score = Score(days, dues, choice);
                if (Compare(score, best) < 0)
                {
                    best = score;
                }

                return;
            }

            choice[p] = -1;
            Recurse(p + 1);
            for (var d = 0; d < days.Length; d++)
            {
                if (used[d] < days[d].Capacity)
                {
                    used[d]++;
                    choice[p] = d;
                    Recurse(p + 1);
                    used[d]--;
                }
            }
        }
    }

    /// <summary>The planner's plan in the same score.</summary>
    public static (int Unplaced, int Late, int MaxWeek, long WeekSquares, long DaySquares) Score(YearPlan plan) =>
        (plan.Shortfalls.Count, plan.LateCount, plan.MaxWeeklyLoad, plan.WeeklySumOfSquares, plan.DailySumOfSquares);

    private static (int, int, int, long, long) Score((LocalDate Date, int Capacity)[] days, LocalDate[] dues, int[] choice)
    {
        var unplaced = 0;
        var late = 0;
        var perWeek = new Dictionary<(int, int), int>();
        var perDay = new int[days.Length];
        for (var p = 0; p < dues.Length; p++)
        {
            if (choice[p] < 0)
            {
                unplaced++;
                continue;
            }

            var date = days[choice[p]].Date;
            late += date > dues[p] ? 1 : 0;
            perDay[choice[p]]++;
            var key = (WeekYearRules.Iso.GetWeekYear(date), WeekYearRules.Iso.GetWeekOfWeekYear(date));
            perWeek[key] = perWeek.GetValueOrDefault(key) + 1;
        }

        return (unplaced, late, perWeek.Count == 0 ? 0 : perWeek.Values.Max(),
            perWeek.Values.Sum(n => (long)n * n), perDay.Sum(n => (long)n * n));
    }

    private static int Compare((int, int, int, long, long) a, (int, int, int, long, long) b) =>
        a.Item1 != b.Item1 ? a.Item1.CompareTo(b.Item1)
        : a.Item2 != b.Item2 ? a.Item2.CompareTo(b.Item2)
        : a.Item4 != b.Item4 ? a.Item4.CompareTo(b.Item4)
        : a.Item5.CompareTo(b.Item5);
}
