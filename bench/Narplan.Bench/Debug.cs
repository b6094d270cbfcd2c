namespace Narplan.Bench;
using Narplan.Domain.YearPlanning;
using NodaTime.Calendars;
public static class DebugLate
{
    public static void Run()
    {
        var country = NationalDataSet.Generate(2027);
        var worst = country.UnitList.Select(u => (u, p: YearPlanner.Plan(u.Input))).OrderByDescending(x => x.p.Reviews.Count(r => r.IsLate && r.Reason == ReviewReason.Annual)).Take(3);
        foreach (var (u, p) in worst)
        {
            Console.WriteLine($"unit {u.Id} {u.Pattern} {u.Day} patients {u.Input.Patients.Count} cap/slot {u.Input.Slots[0].Capacity} slots {p.SlotCapacity} late {p.LateCount}");
            foreach (var r in p.Reviews.Where(r => r.IsLate && r.Reason == ReviewReason.Annual).Take(8)) Console.WriteLine($"  {r.PatientId} {r.Date} due {r.DueBy} {r.Reason}");
            foreach (var w in p.WeeklyLoads.Take(30)) Console.Write($"{w.Week}:{w.Reviews}/{w.Capacity} ");
            Console.WriteLine();
        }
    }
}
