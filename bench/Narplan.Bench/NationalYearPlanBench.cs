using System.Diagnostics;
using Narplan.Domain.YearPlans;
using NodaTime;

namespace Narplan.Bench;

/// <summary>
/// Issue 7, scale: plan the whole year for a synthetic country, then re-plan after 1,000 random changes. Prints the
/// time, the memory and the evenness next to the lower bound ⌈reviews / weeks with slots⌉ per unit.
/// </summary>
public static class NationalYearPlanBench
{
    public static void Run()
    {
        const int year = 2027;
        var watch = Stopwatch.StartNew();
        var country = NationalDataSet.Generate(year);
        watch.Stop();
        Console.WriteLine($"Year plan data set: {country.KommunList.Count} kommuner, {country.CareCentreCount} vårdcentraler, " +
                          $"{country.UnitList.Count} units, {country.PatientCount:N0} patients (generated in {watch.Elapsed.TotalMilliseconds:F0} ms)");

        // Warm up the JIT and the calendar on a few units.
        for (var i = 0; i < 50; i++)
        {
            YearPlanner.Plan(country.UnitList[i].Input);
        }

        var inputs = country.UnitList.Select(u => u.Input).ToArray();
        var plans = new YearPlan[inputs.Length];
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(true);
        watch.Restart();
        for (var i = 0; i < inputs.Length; i++)
        {
            plans[i] = YearPlanner.Plan(inputs[i]);
        }

        watch.Stop();
        var sequential = watch.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
        var heapAfter = GC.GetTotalMemory(false);

        watch.Restart();
        var parallelPlans = new YearPlan[inputs.Length];
        Parallel.For(0, inputs.Length, i => parallelPlans[i] = YearPlanner.Plan(inputs[i]));
        watch.Stop();
        var parallel = watch.Elapsed;

        var reviews = plans.Sum(p => p.Reviews.Count);
        var shortfalls = plans.Sum(p => p.Shortfalls.Count);
        var late = plans.Sum(p => p.Reviews.Count(r => r.IsLate && r.Reason == ReviewReason.Annual));
        var overdue = plans.Sum(p => p.Reviews.Count(r => r.Reason == ReviewReason.Overdue));
        var urgent = plans.Sum(p => p.Reviews.Count(r => r.Reason != ReviewReason.Annual));
        var unitsWithShortfall = plans.Count(p => p.Shortfalls.Count > 0);
        var atLowerBound = plans.Count(p => p.MaxWeeklyLoad <= p.WeeklyLowerBound);
        var aboveBound = plans.Where(p => p.MaxWeeklyLoad > p.WeeklyLowerBound).ToArray();
        var checkable = plans.Where(p => !p.Reviews.Any(r => r.IsLate && r.Reason == ReviewReason.Annual)).ToArray();
        var atOptimum = checkable.Count(p => p.MaxWeeklyLoad == YearPlanner.SmallestPossibleLargestWeek(p.Input));
        var noLate = checkable.Length;
        var gap = aboveBound.Length == 0 ? 0 : aboveBound.Average(p => p.MaxWeeklyLoad - p.WeeklyLowerBound);
        Console.WriteLine($"National year plan {year}: {sequential.TotalMilliseconds:F0} ms on one core, {parallel.TotalMilliseconds:F0} ms with Parallel.For " +
                          $"({Environment.ProcessorCount} cores); {reviews:N0} reviews ({urgent:N0} new/deteriorated/overdue first), " +
                          $"{late:N0} late (+{overdue:N0} overdue before the year began), {shortfalls:N0} without a date in {unitsWithShortfall} units (shortfall shown, never overbooked)");
        Console.WriteLine($"  memory: {allocated / 1e6:F0} MB allocated while planning, heap {heapBefore / 1e6:F0} MB before and {heapAfter / 1e6:F0} MB after " +
                          $"(plans kept), peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
        Console.WriteLine($"  evenness: {atLowerBound} of {plans.Length} units reach the lower bound ⌈reviews / weeks⌉; the other {aboveBound.Length} are " +
                          $"{gap:F2} reviews a week above it on average (due dates before the summer vacation); " +
                          $"{atOptimum} of the {noLate} units without late reviews are at the smallest possible largest week (independent check)");
        Console.WriteLine($"  largest weekly load: mean {plans.Average(p => p.MaxWeeklyLoad):F2}, lower bound mean {plans.Average(p => p.WeeklyLowerBound):F2}");

        // 1,000 random changes, spread over the country, on 1 March; each affected unit is re-planned once.
        var random = new Random(7);
        var today = new LocalDate(year, 3, 1);
        var changes = new Dictionary<int, List<PlanChange>>();
        var added = 0;
        for (var c = 0; c < 1_000; c++)
        {
            var u = random.Next(plans.Length);
            var plan = plans[u];
            var list = changes.TryGetValue(u, out var existing) ? existing : changes[u] = [];
            var gone = list.OfType<PlanChange.PatientDied>().Select(d => d.PatientId)
                .Concat(list.OfType<PlanChange.PatientMovedAway>().Select(m => m.PatientId))
                .Concat(list.OfType<PlanChange.PatientDeteriorated>().Select(m => m.PatientId)).ToHashSet();
            var patient = plan.Input.Patients[random.Next(plan.Input.Patients.Count)].Id;
            var futureSlot = plan.Input.Slots.Where(s => s.Date > today).ElementAt(random.Next(20));
            PlanChange change = random.Next(6) switch
            {
                0 => new PlanChange.PatientAdded(new PlanningPatient(BenchPatientIds.Newcomer(added++), null)),
                1 => new PlanChange.PatientAdded(new PlanningPatient(BenchPatientIds.Newcomer(added++), today.PlusMonths(-random.Next(2, 11)))),
                2 when !gone.Contains(patient) => new PlanChange.PatientDied(patient),
                3 when !gone.Contains(patient) => new PlanChange.PatientMovedAway(patient),
                4 => new PlanChange.RoundCancelled(futureSlot.Date),
                5 => new PlanChange.DoctorAbsent(futureSlot.Date, futureSlot.Date.PlusDays(6)),
                _ when !gone.Contains(patient) => new PlanChange.PatientDeteriorated(patient, today.PlusDays(-1)),
                _ => new PlanChange.RoundCancelled(futureSlot.Date),
            };
            list.Add(change);
        }

        var units = changes.Keys.ToArray();
        foreach (var u in units.Take(20))
        {
            YearReplanner.Replan(plans[u], changes[u], today); // warm-up
        }

        // The first pass still runs partly on code that tiered compilation has not optimised yet; a service that
        // re-plans all day runs the optimised code. Both are shown; the median of the passes after the first is quoted.
        var results = new Replanning[units.Length];
        var first = Time(() =>
        {
            for (var i = 0; i < units.Length; i++)
            {
                results[i] = YearReplanner.Replan(plans[units[i]], changes[units[i]], today);
            }
        });
        var sequentialReplan = Median(5, () =>
        {
            for (var i = 0; i < units.Length; i++)
            {
                results[i] = YearReplanner.Replan(plans[units[i]], changes[units[i]], today);
            }
        });
        var parallelReplan = Median(5, () => Parallel.For(0, units.Length, i => results[i] = YearReplanner.Replan(plans[units[i]], changes[units[i]], today)));
        var moves = results.Sum(r => r.Moves.Count);
        var newDates = results.Sum(r => r.Moves.Count(m => m.From is not null && m.To is not null));
        var gaveWay = results.Sum(r => r.Moves.Count(m => m.Reason.StartsWith("Flyttad för att ge plats", StringComparison.Ordinal)));
        Console.WriteLine($"Re-plan after 1,000 random changes in {units.Length} units: {sequentialReplan.TotalMilliseconds:F1} ms on one core " +
                          $"({sequentialReplan.TotalMicroseconds / units.Length:F0} µs per unit; median of 5 passes after a first pass of {first.TotalMilliseconds:F1} ms), " +
                          $"{parallelReplan.TotalMilliseconds:F1} ms with Parallel.For; {moves} moves shown " +
                          $"({newDates} reviews to a new date, {gaveWay} kept reviews gave way), " +
                          $"{results.Sum(r => r.Plan.Reviews.Count(v => v.IsLate && v.Reason == ReviewReason.Annual))} late");
    }

    private static TimeSpan Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    private static TimeSpan Median(int passes, Action action) =>
        Enumerable.Range(0, passes).Select(_ => Time(action)).Order().ElementAt(passes / 2);
}
