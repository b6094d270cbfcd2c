using Narplan.Domain.Patients;
using Narplan.Domain.YearPlans;
using NodaTime;
using static Narplan.Domain.Tests.YearPlans.TestPatientIds;

namespace Narplan.Domain.Tests.YearPlans;

/// <summary>
/// Issue 14 item 5: "the re-planner tries every on-time placement before a late one and says why when none exists".
/// Mondays in March 2027 with one place each; the round of Monday 1 March is cancelled on 25 February.
/// </summary>
public class LateReviewTests
{
    private static readonly LocalDate Today = new(2027, 2, 25);
    private static readonly LocalDate D0 = new(2027, 3, 1), D1 = new(2027, 3, 8), D2 = new(2027, 3, 15), D3 = new(2027, 3, 22);

    private static YearPlan Plan(LocalDate previousOfB)
    {
        var settings = new YearPlanSettings(Period.FromMonths(12), []);
        var patients = new[]
        {
            new PlanningPatient(Id("P"), new LocalDate(2026, 3, 9)), // due 2027-03-09
            new PlanningPatient(Id("A"), new LocalDate(2026, 3, 15)), // due 2027-03-15
            new PlanningPatient(Id("B"), previousOfB),
        };
        var input = new YearPlanInput(2027, patients, [new(D0, 1), new(D1, 1), new(D2, 1), new(D3, 1)], settings, Today);
        return YearPlanner.Restore(input, [
            new PlannedReview(Id("P"), D0, new LocalDate(2027, 3, 9), ReviewReason.Annual),
            new PlannedReview(Id("A"), D1, new LocalDate(2027, 3, 15), ReviewReason.Annual),
            new PlannedReview(Id("B"), D2, previousOfB.PlusMonths(12), ReviewReason.Annual),
        ]);
    }

    [Fact]
    public void ShouldMoveAChainOfTwoReviewsRatherThanMakeAReviewLateWhenNoSingleReviewCanGiveWay()
    {
        // A (due 15 March) cannot give way alone: the only day before its due date is B's 15 March, which is full. B (due
        // 22 March) can move to the free 22 March, A to 15 March, and P gets 8 March, on time.
        var result = YearReplanner.Replan(Plan(new LocalDate(2026, 3, 22)), [new PlanChange.RoundCancelled(D0)], Today);

        Assert.Equal(D1, result.Plan.ReviewOf(Id("P"))!.Date);
        Assert.Equal(D2, result.Plan.ReviewOf(Id("A"))!.Date);
        Assert.Equal(D3, result.Plan.ReviewOf(Id("B"))!.Date);
        Assert.Equal(0, result.Plan.LateCount);
        Assert.Equal("Flyttad för att ge plats åt en patient som annars skulle få vårdplaneringen efter 2027-03-09.", result.Moves.Single(m => m.PatientId == Id("B")).Reason);
    }

    [Fact]
    public void ShouldSayWhyAReviewIsLateWhenNoOnTimePlacementExists()
    {
        // B is due 15 March too: the only place up to 9 March (8 March) cannot be freed without making A or B late.
        var result = YearReplanner.Replan(Plan(new LocalDate(2026, 3, 15)), [new PlanChange.RoundCancelled(D0)], Today);

        var p = result.Plan.ReviewOf(Id("P"))!;
        Assert.True(p.IsLate);
        Assert.Equal(D3, p.Date);
        Assert.Equal(
            "Ronden 2027-03-01 är inställd. Försenad: den enda platsen från 2027-02-25 till och med senast-datumet 2027-03-09 är bokad, och ingen bokad vårdplanering kan flyttas utan att själv bli försenad.",
            result.Moves.Single(m => m.PatientId == Id("P")).Reason);
        Assert.Equal(D1, result.Plan.ReviewOf(Id("A"))!.Date);
        Assert.Equal(D2, result.Plan.ReviewOf(Id("B"))!.Date);
    }
}
