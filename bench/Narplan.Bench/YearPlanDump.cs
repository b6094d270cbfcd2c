using System.Text;
using Narplan.Domain.YearPlans;
using NodaTime;

namespace Narplan.Bench;

/// <summary>
/// Writes every plan of the national data set and a re-plan of each after 1–5 random changes (a random first of the
/// month as today) to a text file, so that two builds can be compared with <c>cmp</c>: a change made for speed must
/// leave the file as it was.
/// </summary>
public static class YearPlanDump
{
    public static void Run(string path)
    {
        var country = NationalDataSet.Generate(2027);
        var text = new StringBuilder();
        var random = new Random(11);
        foreach (var unit in country.UnitList)
        {
            var plan = YearPlanner.Plan(unit.Input);
            Write(text, $"unit {unit.Id}", plan);
            var today = new LocalDate(2027, 1 + random.Next(11), 1);
            var changes = new List<PlanChange>();
            var gone = new HashSet<Narplan.Domain.Patients.PatientId>();
            for (var c = 1 + random.Next(5); c > 0; c--)
            {
                var patient = plan.Input.Patients[random.Next(plan.Input.Patients.Count)].Id;
                var future = plan.Reviews.Where(r => r.Date >= today).Select(r => r.Date).Distinct().ToArray();
                var date = future.Length == 0 ? today.PlusDays(3) : future[random.Next(Math.Min(5, future.Length))];
                changes.Add(random.Next(9) switch
                {
                    0 => new PlanChange.PatientAdded(new PlanningPatient(BenchPatientIds.Newcomer(c), null)),
                    1 => new PlanChange.PatientAdded(new PlanningPatient(BenchPatientIds.Newcomer(c), today.PlusMonths(-random.Next(2, 12)))),
                    2 when gone.Add(patient) => new PlanChange.PatientDied(patient),
                    3 when gone.Add(patient) => new PlanChange.PatientMovedAway(patient),
                    4 or 8 => new PlanChange.RoundCancelled(date),
                    5 => new PlanChange.DoctorAbsent(date, date.PlusDays(random.Next(1, 20))),
                    6 => new PlanChange.SlotAdded(new ReviewSlot(date.PlusDays(random.Next(1, 30)), 1 + random.Next(3))),
                    _ when gone.Add(patient) => new PlanChange.PatientDeteriorated(patient, today.PlusDays(-1)),
                    _ => new PlanChange.RoundCancelled(date),
                });
            }

            var result = YearReplanner.Replan(plan, changes, today);
            Write(text, $"re-plan {today} {string.Join(", ", changes)}", result.Plan);
            text.AppendJoin('\n', result.Moves).Append('\n');
        }

        File.WriteAllText(path, text.ToString());
        Console.WriteLine($"{country.UnitList.Count} plans and re-plans written to {path}");
    }

    private static void Write(StringBuilder text, string heading, YearPlan plan)
    {
        text.Append(heading).Append('\n')
            .Append($"largest week {plan.MaxWeeklyLoad}, weekly Σ² {plan.WeeklySumOfSquares}, daily Σ² {plan.DailySumOfSquares}, ")
            .Append($"capacity {plan.SlotCapacity}, weeks {string.Join(" ", plan.WeeklyLoads.Select(w => $"{w.Week}:{w.Reviews}/{w.Capacity}"))}\n")
            .AppendJoin('\n', plan.Reviews).Append('\n')
            .AppendJoin('\n', plan.Shortfalls).Append('\n');
    }
}
