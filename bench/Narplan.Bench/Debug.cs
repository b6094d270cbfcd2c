namespace Narplan.Bench;
using System.Diagnostics;
using Narplan.Domain.YearPlans;
using NodaTime;
public static class DebugLate
{
    public static void Run()
    {
        var country = NationalDataSet.Generate(2027);
        var today = new LocalDate(2027, 3, 1);
        foreach (var pattern in Enum.GetValues<SlotPattern>())
        {
            var units = country.UnitList.Where(u => u.Pattern == pattern).Take(300).ToArray();
            var plans = units.Select(u => YearPlanner.Plan(u.Input)).ToArray();
            foreach (var p in plans) YearReplanner.Replan(p, [new PlanChange.RoundCancelled(p.Reviews.First(r => r.Date > today).Date)], today);
            var w = Stopwatch.StartNew();
            for (var rep = 0; rep < 3; rep++)
            foreach (var p in plans) YearReplanner.Replan(p, [new PlanChange.PatientAdded(new PlanningPatient(BenchPatientIds.Newcomer(0), null))], today);
            var a = w.Elapsed.TotalMicroseconds / (3 * plans.Length);
            w.Restart();
            for (var rep = 0; rep < 3; rep++)
            foreach (var p in plans) YearReplanner.Replan(p, [new PlanChange.RoundCancelled(p.Reviews.First(r => r.Date > today).Date)], today);
            var b = w.Elapsed.TotalMicroseconds / (3 * plans.Length);
            w.Restart();
            for (var rep = 0; rep < 3; rep++)
            foreach (var u in units) YearPlanner.Plan(u.Input);
            var c = w.Elapsed.TotalMicroseconds / (3 * plans.Length);
            w.Restart();
            for (var rep = 0; rep < 3; rep++)
            foreach (var u in units) YearPlanner.UsableDays(u.Input);
            var d = w.Elapsed.TotalMicroseconds / (3 * plans.Length);
            Console.WriteLine($"{pattern}: add {a:F0} µs, cancel {b:F0} µs, plan {c:F0} µs, usabledays {d:F1} µs");
        }
    }
}
