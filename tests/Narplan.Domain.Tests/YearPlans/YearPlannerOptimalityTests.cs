using Narplan.Domain.Patients;
using Narplan.Domain.YearPlans;
using NodaTime;
using static Narplan.Domain.Tests.YearPlans.TestPatientIds;

namespace Narplan.Domain.Tests.YearPlans;

/// <summary>Small cases against <see cref="BruteForce"/>: the planner reaches the optimum of decision 0014.</summary>
public class YearPlannerOptimalityTests
{
    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= 60; seed++)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ARandomSmallCaseShouldReachTheBruteForceOptimum(int seed)
    {
        // Five random instances per seed: 2–4 weeks in February–March 2027, 1–3 slot days a week with room for 1–2,
        // 1–6 patients due on random dates in or after the weeks.
        var random = new Random(seed);
        for (var instance = 0; instance < 5; instance++)
        {
            var input = RandomInput(random);

            var plan = YearPlanner.Plan(input);
            var best = BruteForce.Best(input);
            var reached = BruteForce.Score(plan);

            Assert.Equal(best.Unplaced, reached.Unplaced);
            Assert.Equal(best.Late, reached.Late);
            Assert.Equal(best.UrgentDays, reached.UrgentDays);
            if (best.Late == 0)
            {
                Assert.Equal(best.MaxWeek, reached.MaxWeek);
                Assert.Equal(YearPlanner.SmallestPossibleLargestWeek(input), reached.MaxWeek);
                Assert.Equal(best.WeekSquares, reached.WeekSquares);
                Assert.Equal(best.DaySquares, reached.DaySquares);
            }

            AssertNeverOverbooked(plan);
        }
    }

    [Fact]
    public void ATightCaseShouldSpreadNotFrontLoad()
    {
        // Three Tuesdays with room for 3 each; three patients due by the last Tuesday: one a week, not three on the first.
        var tuesdays = new[] { 2.February(2027), 9.February(2027), 16.February(2027) };
        var input = new YearPlanInput(2027,
            [Patient("a", 16.February(2027)), Patient("b", 16.February(2027)), Patient("c", 16.February(2027))],
            tuesdays.Select(d => new ReviewSlot(d, 3)).ToList(), YearPlanSettings.Default, 1.February(2027));

        var plan = YearPlanner.Plan(input);

        Assert.Equal(tuesdays, plan.Reviews.Select(r => r.Date).ToArray());
        Assert.Equal(BruteForce.Best(input).WeekSquares, BruteForce.Score(plan).WeekSquares);
    }

    [Fact]
    public void DeadlinesShouldWinOverEvenness()
    {
        // All three are due by the first Tuesday, which has room for three: evenness must not push them later.
        var input = new YearPlanInput(2027,
            [Patient("a", 2.February(2027)), Patient("b", 2.February(2027)), Patient("c", 2.February(2027))],
            [new ReviewSlot(2.February(2027), 3), new ReviewSlot(9.February(2027), 3)], YearPlanSettings.Default, 1.February(2027));

        var plan = YearPlanner.Plan(input);

        Assert.All(plan.Reviews, r => Assert.Equal(2.February(2027), r.Date));
        Assert.Equal(0, plan.LateCount);
    }

    [Fact]
    public void WithinAWeekTheDaysShouldBeEvenToo()
    {
        // Monday and Thursday in one week, room for 4 each; 4 patients due that Friday: 2 + 2.
        var input = new YearPlanInput(2027,
            [.. "abcd".Select(c => Patient(c.ToString(), 5.February(2027)))],
            [new ReviewSlot(1.February(2027), 4), new ReviewSlot(4.February(2027), 4)], YearPlanSettings.Default, 1.February(2027));

        var plan = YearPlanner.Plan(input);

        Assert.Equal(2, plan.DailyLoads[1.February(2027)]);
        Assert.Equal(2, plan.DailyLoads[4.February(2027)]);
    }

    internal static PlanningPatient Patient(string id, LocalDate due) => new(Id(id), due.PlusMonths(-12));

    internal static void AssertNeverOverbooked(YearPlan plan)
    {
        var capacity = plan.Input.Slots.GroupBy(s => s.Date).ToDictionary(g => g.Key, g => g.Sum(s => s.Capacity));
        Assert.All(plan.DailyLoads, load => Assert.True(load.Value <= capacity.GetValueOrDefault(load.Key), $"{load.Key} overbooked"));
        Assert.All(plan.Reviews, r => Assert.True(plan.Input.Settings.IsPlanningDay(r.Date), $"{r.Date} is not a planning day"));
    }

    private static YearPlanInput RandomInput(Random random)
    {
        var monday = 1.February(2027);
        var weeks = random.Next(2, 5);
        var slots = new List<ReviewSlot>();
        for (var w = 0; w < weeks; w++)
        {
            var weekdays = Enumerable.Range(0, 5).OrderBy(_ => random.Next()).Take(random.Next(1, 4));
            slots.AddRange(weekdays.Select(d => new ReviewSlot(monday.PlusWeeks(w).PlusDays(d), random.Next(1, 3))));
        }

        // Now and then a new patient, who takes the earliest room and so is a fixed load for the others.
        var patients = Enumerable.Range(0, random.Next(1, 7))
            .Select(i => random.Next(6) == 0 ? new PlanningPatient(Id($"n{i}"), null) : Patient($"p{i}", monday.PlusDays(random.Next(0, weeks * 7 + 3))))
            .ToList();
        return new YearPlanInput(2027, patients, slots, YearPlanSettings.Default, monday);
    }
}
