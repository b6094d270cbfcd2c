using Narplan.Domain.Calendars;
using Narplan.Domain.Patients;
using Narplan.Domain.YearPlans;
using NodaTime;
using NodaTime.Calendars;
using static Narplan.Domain.Tests.YearPlans.TestPatientIds;
using static Narplan.Domain.Tests.YearPlans.YearPlannerOptimalityTests;

namespace Narplan.Domain.Tests.YearPlans;

public class YearPlannerTests
{
    /// <summary>Every Tuesday of 2027 (a weekly round), room for <paramref name="capacity"/> reviews each.</summary>
    internal static List<ReviewSlot> WeeklyRound(int capacity, IsoDayOfWeek day = IsoDayOfWeek.Tuesday)
    {
        var first = 1.January(2027).With(DateAdjusters.NextOrSame(day));
        return Enumerable.Range(0, 53).Select(i => first.PlusWeeks(i)).Where(d => d.Year == 2027)
            .Select(d => new ReviewSlot(d, capacity)).ToList();
    }

    /// <summary>Patients whose previous reviews fell on every <paramref name="everyDays"/>th day of 2026.</summary>
    internal static List<PlanningPatient> ReviewedIn2026(int count, int everyDays = 7, LocalDate? from = null) =>
        Enumerable.Range(0, count).Select(i => new PlanningPatient(Id($"p{i:D3}"), (from ?? 15.January(2026)).PlusDays(i * everyDays % 340))).ToList();

    [Fact]
    public void AFullYearShouldRespectVacationsHolidaysAndDueDates()
    {
        var input = new YearPlanInput(2027, ReviewedIn2026(40), WeeklyRound(2), YearPlanSettings.Default);

        var plan = YearPlanner.Plan(input);

        Assert.Equal(40, plan.Reviews.Count);
        Assert.Empty(plan.Shortfalls);
        Assert.Equal(0, plan.LateCount);
        Assert.All(plan.Reviews, r =>
        {
            Assert.True(SwedishCalendar.Instance.IsWorkingDay(r.Date), $"{r.Date} is not a working day");
            Assert.DoesNotContain(WeekYearRules.Iso.GetWeekOfWeekYear(r.Date), Enumerable.Range(26, 7));
            Assert.False(r.Date >= 23.December(2027) || r.Date <= 6.January(2027), $"{r.Date} is in the Christmas vacation");
            Assert.True(r.Date <= r.DueBy, $"{r.PatientId} on {r.Date} is after {r.DueBy}");
        });
        AssertNeverOverbooked(plan);
    }

    [Fact]
    public void TheLoadShouldReachTheLowerBoundWhenDeadlinesAllowIt()
    {
        // Twenty patients reviewed in November–December 2026 can be spread one a week over the 43 usable weeks.
        var plan = YearPlanner.Plan(new YearPlanInput(2027, ReviewedIn2026(20, everyDays: 2, from: 2.November(2026)), WeeklyRound(3), YearPlanSettings.Default));

        Assert.Equal(1, plan.WeeklyLowerBound);
        Assert.Equal(1, plan.MaxWeeklyLoad);
    }

    [Fact]
    public void TheLargestWeekShouldBeTheSmallestPossibleWhenDeadlinesCrowdTheSpring()
    {
        // Reviews in January–August 2026 are due before the summer vacation of 2027: the lower bound ⌈40/43⌉ = 1
        // cannot be reached, and the plan reaches the smallest largest week there is.
        var input = new YearPlanInput(2027, ReviewedIn2026(40, everyDays: 5), WeeklyRound(3), YearPlanSettings.Default);

        var plan = YearPlanner.Plan(input);

        Assert.Equal(1, plan.WeeklyLowerBound);
        Assert.Equal(2, plan.MaxWeeklyLoad);
        Assert.Equal(YearPlanner.SmallestPossibleLargestWeek(input), plan.MaxWeeklyLoad);
    }

    [Fact]
    public void AReviewShouldNeverFallOnAHolidayEvenWhenARoundIsThere()
    {
        // Thursday rounds: Kristi himmelsfärdsdag is Thursday 6 May 2027; one patient due 7 May 2027.
        var slots = new[] { new ReviewSlot(6.May(2027), 5), new ReviewSlot(29.April(2027), 1) };
        var plan = YearPlanner.Plan(new YearPlanInput(2027, [Patient("a", 7.May(2027))], slots, YearPlanSettings.Default, 26.April(2027)));

        Assert.Equal(29.April(2027), plan.ReviewOf(Id("a"))!.Date);
    }

    [Fact]
    public void MidsummerEveShouldNotBeUsedWhenThereIsNoVacationSetting()
    {
        var settings = YearPlanSettings.Default with { Vacations = [] };
        var slots = new[] { new ReviewSlot(25.June(2027), 5), new ReviewSlot(28.June(2027), 1) };

        var plan = YearPlanner.Plan(new YearPlanInput(2027, [Patient("a", 30.June(2027))], slots, settings, 21.June(2027)));

        Assert.Equal(28.June(2027), plan.ReviewOf(Id("a"))!.Date);
    }

    [Fact]
    public void ANewPatientShouldGetTheFirstDateWithRoom()
    {
        var patients = new List<PlanningPatient>(ReviewedIn2026(10)) { new(Id("ny"), null) };

        var plan = YearPlanner.Plan(new YearPlanInput(2027, patients, WeeklyRound(2), YearPlanSettings.Default));

        var review = plan.ReviewOf(Id("ny"))!;
        Assert.Equal(12.January(2027), review.Date); // the first Tuesday after the Christmas vacation
        Assert.Equal(ReviewReason.NewPatient, review.Reason);
        Assert.Null(review.DueBy);
    }

    [Fact]
    public void ANewPatientShouldNotMakeAnAnnualReviewLateWhenALaterDateAvoidsIt()
    {
        // One place a Tuesday; ten patients due one a week from 15 January: every Tuesday until 16 March is needed.
        var patients = new List<PlanningPatient>(ReviewedIn2026(10)) { new(Id("ny"), null) };

        var plan = YearPlanner.Plan(new YearPlanInput(2027, patients, WeeklyRound(1), YearPlanSettings.Default));

        Assert.Equal(0, plan.LateCount);
        Assert.Equal(23.March(2027), plan.ReviewOf(Id("ny"))!.Date);
    }

    [Fact]
    public void ANewPatientShouldGoFirstWhenTheAnnualReviewIsLateAnyway()
    {
        // "a" is due 12 January, before the first round: late whatever happens, so the new patient is not held back.
        var slots = new[] { new ReviewSlot(19.January(2027), 1), new ReviewSlot(26.January(2027), 1) };
        var input = new YearPlanInput(2027, [Patient("a", 12.January(2027)), new PlanningPatient(Id("ny"), null)], slots, YearPlanSettings.Default);

        var plan = YearPlanner.Plan(input);

        Assert.Equal(19.January(2027), plan.ReviewOf(Id("ny"))!.Date);
        Assert.Equal(26.January(2027), plan.ReviewOf(Id("a"))!.Date);
        Assert.True(plan.ReviewOf(Id("a"))!.IsLate);
    }

    [Fact]
    public void ADeteriorationShouldBringTheReviewForward()
    {
        var patients = new List<PlanningPatient>(ReviewedIn2026(5)) { new(Id("sämre"), 1.December(2026), DeterioratedOn: 4.January(2027)) };

        var plan = YearPlanner.Plan(new YearPlanInput(2027, patients, WeeklyRound(2), YearPlanSettings.Default));

        Assert.Equal(new PlannedReview(Id("sämre"), 12.January(2027), 1.December(2027), ReviewReason.Deterioration), plan.ReviewOf(Id("sämre")));
    }

    [Fact]
    public void ADeteriorationBeforeThePreviousReviewShouldNotCount()
    {
        var patient = new PlanningPatient(Id("a"), 1.December(2026), DeterioratedOn: 1.November(2026));

        Assert.False(patient.HasDeteriorated);
        Assert.Equal(ReviewReason.Annual, YearPlanner.Plan(new YearPlanInput(2027, [patient], WeeklyRound(1), YearPlanSettings.Default)).Reviews[0].Reason);
    }

    [Fact]
    public void AnOverduePatientShouldBeReviewedFirst()
    {
        var patients = new List<PlanningPatient>(ReviewedIn2026(5)) { new(Id("försenad"), 10.November(2025)) };

        var review = YearPlanner.Plan(new YearPlanInput(2027, patients, WeeklyRound(2), YearPlanSettings.Default)).ReviewOf(Id("försenad"))!;

        Assert.Equal(12.January(2027), review.Date);
        Assert.Equal(ReviewReason.Overdue, review.Reason);
        Assert.True(review.IsLate);
    }

    [Fact]
    public void MorePatientsThanSlotsShouldGiveAShortfallNotAnOverbooking()
    {
        // 43 usable Tuesdays in 2027 with one place each; 50 patients.
        var input = new YearPlanInput(2027, ReviewedIn2026(50), WeeklyRound(1), YearPlanSettings.Default);

        var plan = YearPlanner.Plan(input);

        Assert.Equal(plan.SlotCapacity, plan.Reviews.Count);
        Assert.Equal(50 - plan.SlotCapacity, plan.Shortfalls.Count);
        Assert.All(plan.Shortfalls, s => Assert.Contains("ingen ledig granskningstid", s.Reason));
        Assert.Equal(
            $"Enheten har 50 patienter att planera 2027 men bara {plan.SlotCapacity} lediga granskningstider. " +
            $"{50 - plan.SlotCapacity} patienter får ingen tid: lägg till ronder eller kontakttider.",
            plan.ShortfallSummary);
        AssertNeverOverbooked(plan);
    }

    [Fact]
    public void APatientWhoCannotBeOnTimeShouldBeLateNotDropped()
    {
        // Both due 19 January; only one place before then.
        var slots = new[] { new ReviewSlot(19.January(2027), 1), new ReviewSlot(26.January(2027), 1) };
        var input = new YearPlanInput(2027, [Patient("a", 19.January(2027)), Patient("b", 19.January(2027))], slots, YearPlanSettings.Default);

        var plan = YearPlanner.Plan(input);

        Assert.Equal(1, plan.LateCount);
        Assert.Equal([19.January(2027), 26.January(2027)], plan.Reviews.Select(r => r.Date).ToArray());
        Assert.Null(plan.ShortfallSummary);
    }

    [Fact]
    public void APatientReviewedThisYearAlreadyShouldNotBeDue()
    {
        var plan = YearPlanner.Plan(new YearPlanInput(2027, [new PlanningPatient(Id("a"), 3.February(2027))], WeeklyRound(1), YearPlanSettings.Default));

        Assert.Empty(plan.Reviews);
        Assert.Equal([Id("a")], plan.NotDueThisYear);
    }

    [Fact]
    public void TheIntervalShouldBeARegionSetting()
    {
        var sixMonths = YearPlanSettings.Default with { MaxInterval = Period.FromMonths(6) };

        var plan = YearPlanner.Plan(new YearPlanInput(2027, [new PlanningPatient(Id("a"), 1.September(2026))], WeeklyRound(1), sixMonths));

        Assert.Equal(1.March(2027), plan.Reviews[0].DueBy);
        Assert.True(plan.Reviews[0].Date <= 1.March(2027));
    }

    [Fact]
    public void A29FebruaryReviewShouldBeDueOn28FebruaryTheYearAfter()
    {
        Assert.Equal(28.February(2025), YearPlanSettings.Default.DueBy(29.February(2024)));
    }

    [Fact]
    public void ADuplicatePatientShouldBeRefused()
    {
        var input = new YearPlanInput(2027, [Patient("a", 1.June(2027)), Patient("a", 1.July(2027))], WeeklyRound(1), YearPlanSettings.Default);

        var error = Assert.Throws<DomainException>(() => YearPlanner.Plan(input));

        Assert.Equal($"Patienten {Id("a")} finns två gånger i underlaget för årsplanen.", error.Message);
    }

    [Fact]
    public void ANegativeCapacityShouldBeRefused()
    {
        var input = new YearPlanInput(2027, [], [new ReviewSlot(2.February(2027), -1)], YearPlanSettings.Default);

        Assert.Throws<DomainException>(() => YearPlanner.Plan(input));
    }

    [Theory]
    [InlineData(2027, 6, 28, true)]   // week 26
    [InlineData(2027, 8, 15, true)]   // Sunday of week 32
    [InlineData(2027, 8, 16, false)]  // Monday of week 33
    [InlineData(2027, 12, 23, true)]
    [InlineData(2028, 1, 6, true)]
    [InlineData(2028, 1, 7, false)]
    [InlineData(2027, 12, 22, false)]
    public void TheDefaultVacationsShouldBeWeeks26To32AndChristmas(int year, int month, int day, bool inVacation)
    {
        var date = new LocalDate(year, month, day);

        Assert.Equal(inVacation, YearPlanSettings.Default.Vacations.Any(v => v.Contains(date)));
    }

    [Fact]
    public void VacationsShouldDescribeThemselvesInSwedish()
    {
        Assert.Equal(["vecka 26–32", "23/12–6/1"], YearPlanSettings.Default.Vacations.Select(v => v.Describe()).ToArray());
    }

    [Fact]
    public void SlotsOnTheSameDateShouldAddUp()
    {
        var slots = new[] { new ReviewSlot(2.February(2027), 1), new ReviewSlot(2.February(2027), 1) };

        var plan = YearPlanner.Plan(new YearPlanInput(2027, [Patient("a", 2.February(2027)), Patient("b", 2.February(2027))], slots, YearPlanSettings.Default));

        Assert.Equal(2, plan.DailyLoads[2.February(2027)]);
        Assert.Equal(0, plan.LateCount);
    }

    [Fact]
    public void SlotsOutOfDateOrderShouldGiveTheSamePlanAsInOrder()
    {
        var inOrder = WeeklyRound(2);
        var shuffled = inOrder.OrderBy(s => s.Date.DayOfYear * 37 % 101).Append(new ReviewSlot(inOrder[3].Date, 1)).ToList();
        var patients = ReviewedIn2026(80, everyDays: 4);

        var expected = YearPlanner.Plan(new YearPlanInput(2027, patients, [.. inOrder.Select(s => s == inOrder[3] ? s with { Capacity = 3 } : s)], YearPlanSettings.Default));
        var plan = YearPlanner.Plan(new YearPlanInput(2027, patients, shuffled, YearPlanSettings.Default));

        Assert.Equal(YearPlanner.UsableDays(expected.Input), YearPlanner.UsableDays(plan.Input));
        Assert.Equal(expected.Reviews, plan.Reviews);
        Assert.Equal(expected.WeeklyLoads, plan.WeeklyLoads);
    }

    [Fact]
    public void TheWeeklyAndDailyLoadsShouldCountEveryReviewOnAUsableDay()
    {
        // Re-planned from 1 March: the reviews before it are history, on days the plan no longer counts.
        var current = YearPlanner.Plan(new YearPlanInput(2027, ReviewedIn2026(120, everyDays: 3), ContactTimes(2), YearPlanSettings.Default));
        var plan = YearReplanner.Replan(current, [new PlanChange.RoundCancelled(current.Reviews.First(r => r.Date > 1.March(2027)).Date)], 1.March(2027)).Plan;

        var days = YearPlanner.UsableDays(plan.Input);
        var expected = days.GroupBy(d => IsoWeek.Of(d.Date)).Select(g => new WeekLoad(g.Key.WeekYear, g.Key.Week,
            plan.Reviews.Count(r => g.Any(d => d.Date == r.Date)), g.Sum(d => d.Capacity))).ToList();
        Assert.Equal(expected, plan.WeeklyLoads);
        Assert.Equal(days.Sum(d => d.Capacity), plan.SlotCapacity);
        Assert.Equal(plan.Reviews.GroupBy(r => r.Date).ToDictionary(g => g.Key, g => g.Count()), plan.DailyLoads);
        Assert.Contains(plan.Reviews, r => r.Date < 1.March(2027));
    }

    /// <summary>Contact times on Monday and Wednesday of every week of 2027, room for <paramref name="capacity"/> each.</summary>
    private static List<ReviewSlot> ContactTimes(int capacity) =>
        [.. WeeklyRound(capacity, IsoDayOfWeek.Monday).Concat(WeeklyRound(capacity, IsoDayOfWeek.Wednesday)).OrderBy(s => s.Date)];
}

public class IsoWeekTests
{
    [Fact]
    public void IsoWeeksShouldMatchNodaTimesWeekYearRulesFor1990To2060()
    {
        for (var date = 1.January(1990); date.Year <= 2060; date = date.PlusDays(1))
        {
            Assert.Equal((NodaTime.Calendars.WeekYearRules.Iso.GetWeekYear(date), NodaTime.Calendars.WeekYearRules.Iso.GetWeekOfWeekYear(date)), IsoWeek.Of(date));
            Assert.Equal(IsoDayOfWeek.Monday, IsoWeek.MondayOf(date).DayOfWeek);
        }
    }

    [Fact]
    public void TheLastDaysOf2026ShouldBeInWeek53()
    {
        Assert.Equal((2026, 53), IsoWeek.Of(31.December(2026)));
        Assert.Equal((2026, 53), IsoWeek.Of(3.January(2027)));
        Assert.Equal((2027, 1), IsoWeek.Of(4.January(2027)));
    }
}
