using Narplan.Domain.Patients;
using Narplan.Domain.YearPlans;
using NodaTime;
using NodaTime.Calendars;
using static Narplan.Domain.Tests.YearPlans.TestPatientIds;

namespace Narplan.Domain.Tests.YearPlans;

/// <summary>
/// The reference the planner is checked against: every assignment of every patient to every usable date (a patient may
/// also go unplaced), scored in decision 0014's order: unplaced, late annual reviews, the new patients' dates (in the
/// planner's order, lexicographically), weekly Σ², daily Σ².
/// </summary>
public static class BruteForce
{
    public sealed record Result(int Unplaced, int Late, int[] UrgentDays, int MaxWeek, long WeekSquares, long DaySquares);

    public static Result Best(YearPlanInput input)
    {
        var days = YearPlanner.UsableDays(input);
        // New patients first, in id order (the planner's order for patients who all wait since the plan's start).
        var patients = input.Patients.OrderBy(p => p.IsNew ? 0 : 1).ThenBy(p => p.Id).ToArray();
        var urgent = patients.Count(p => p.IsNew);
        var dues = patients.Select(p => p.PreviousReview is { } previous ? input.Settings.DueBy(previous) : (LocalDate?)null).ToArray();
        var used = new int[days.Length];
        var choice = new int[patients.Length];
        Result? best = null;
        Recurse(0);
        return best!;

        void Recurse(int p)
        {
            if (p == patients.Length)
            {
                var score = Score(days, dues, choice, urgent);
                if (best is null || Compare(score, best) < 0)
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
    public static Result Score(YearPlan plan)
    {
        var days = YearPlanner.UsableDays(plan.Input);
        var urgentDays = plan.Input.Patients.Where(p => p.IsNew).OrderBy(p => p.Id)
            .Select(p => plan.ReviewOf(p.Id) is { } r ? Array.FindIndex(days, d => d.Date == r.Date) : int.MaxValue).ToArray();
        return new Result(plan.Shortfalls.Count, plan.LateCount, urgentDays, plan.MaxWeeklyLoad, plan.WeeklySumOfSquares, plan.DailySumOfSquares);
    }

    private static Result Score((LocalDate Date, int Capacity)[] days, LocalDate?[] dues, int[] choice, int urgent)
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

        var urgentDays = choice.Take(urgent).Select(c => c < 0 ? int.MaxValue : c).ToArray();
        return new Result(unplaced, late, urgentDays, perWeek.Count == 0 ? 0 : perWeek.Values.Max(),
            perWeek.Values.Sum(n => (long)n * n), perDay.Sum(n => (long)n * n));
    }

    private static int Compare(Result a, Result b)
    {
        if (a.Unplaced != b.Unplaced)
        {
            return a.Unplaced.CompareTo(b.Unplaced);
        }

        if (a.Late != b.Late)
        {
            return a.Late.CompareTo(b.Late);
        }

        for (var i = 0; i < a.UrgentDays.Length; i++)
        {
            if (a.UrgentDays[i] != b.UrgentDays[i])
            {
                return a.UrgentDays[i].CompareTo(b.UrgentDays[i]);
            }
        }

        return a.WeekSquares != b.WeekSquares ? a.WeekSquares.CompareTo(b.WeekSquares) : a.DaySquares.CompareTo(b.DaySquares);
    }
}
