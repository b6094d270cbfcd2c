using Narplan.Domain.Patients;
using Narplan.Domain.YearPlans;
using NodaTime;
using static Narplan.Domain.Tests.YearPlans.TestPatientIds;
using static Narplan.Domain.Tests.YearPlans.YearPlannerOptimalityTests;
using static Narplan.Domain.Tests.YearPlans.YearPlannerTests;

namespace Narplan.Domain.Tests.YearPlans;

public class YearReplannerTests
{
    private static readonly LocalDate Today = 1.March(2027);

    /// <summary>60 patients, a Tuesday round with room for 3 (129 places): a plan with free room left.</summary>
    private static YearPlan Current() =>
        YearPlanner.Plan(new YearPlanInput(2027, ReviewedIn2026(60, everyDays: 5), WeeklyRound(3), YearPlanSettings.Default));

    private static void AssertUnchangedExcept(YearPlan before, YearPlan after, params PatientId[] patientIds)
    {
        foreach (var review in before.Reviews.Where(r => !patientIds.Contains(r.PatientId)))
        {
            Assert.Equal(review.Date, after.ReviewOf(review.PatientId)?.Date);
        }
    }

    [Fact]
    public void ANewPatientShouldGetTheFirstFreeRoomAndMoveNobodyElse()
    {
        var before = Current();

        var result = YearReplanner.Replan(before, [new PlanChange.PatientAdded(new PlanningPatient(Id("ny"), null))], Today);

        var move = Assert.Single(result.Moves);
        Assert.Equal(Id("ny"), move.PatientId);
        Assert.Null(move.From);
        Assert.Equal("Ny patient: vårdplanering så snart det finns plats.", move.Reason);
        var firstFree = YearPlanner.UsableDays(before.Input).First(d => d.Date >= Today && before.DailyLoads.GetValueOrDefault(d.Date) < d.Capacity).Date;
        Assert.Equal(firstFree, move.To);
        AssertUnchangedExcept(before, result.Plan, Id("ny"));
    }

    [Fact]
    public void ACancelledRoundShouldMoveOnlyItsReviews()
    {
        var before = Current();
        var busy = before.Reviews.Where(r => r.Date > Today).GroupBy(r => r.Date).First(g => g.Count() == 2);

        var result = YearReplanner.Replan(before, [new PlanChange.RoundCancelled(busy.Key)], Today);

        Assert.Equal(busy.Select(r => r.PatientId).Order(), result.Moves.Select(m => m.PatientId).Order());
        Assert.All(result.Moves, m =>
        {
            Assert.Equal(busy.Key, m.From);
            Assert.NotEqual(busy.Key, m.To);
            Assert.Equal($"Ronden {busy.Key:yyyy-MM-dd} är inställd.", m.Reason);
            Assert.True(m.To <= result.Plan.ReviewOf(m.PatientId)!.DueBy);
        });
        Assert.False(result.Plan.DailyLoads.ContainsKey(busy.Key));
        AssertUnchangedExcept(before, result.Plan, [.. busy.Select(r => r.PatientId)]);
        AssertNeverOverbooked(result.Plan);
    }

    [Fact]
    public void ADoctorsAbsenceShouldMoveTheReviewsInIt()
    {
        var before = Current();
        var (from, to) = (5.April(2027), 16.April(2027));
        var inside = before.Reviews.Where(r => r.Date >= from && r.Date <= to).Select(r => r.PatientId).ToArray();
        Assert.NotEmpty(inside);

        var result = YearReplanner.Replan(before, [new PlanChange.DoctorAbsent(from, to)], Today);

        Assert.Equal(inside.Order(), result.Moves.Select(m => m.PatientId).Order());
        Assert.All(result.Moves, m => Assert.Equal("Läkaren är frånvarande 2027-04-05–2027-04-16.", m.Reason));
        Assert.DoesNotContain(result.Plan.Reviews, r => r.Date >= from && r.Date <= to);
        AssertUnchangedExcept(before, result.Plan, inside);
    }

    [Theory]
    [InlineData(true, "Patienten har avlidit.")]
    [InlineData(false, "Patienten har flyttat från enheten.")]
    public void APatientWhoLeavesShouldFreeTheirDateAndMoveNobodyElse(bool died, string reason)
    {
        var before = Current();
        var leaving = before.Reviews.First(r => r.Date > Today);
        PlanChange change = died ? new PlanChange.PatientDied(leaving.PatientId) : new PlanChange.PatientMovedAway(leaving.PatientId);

        var result = YearReplanner.Replan(before, [change], Today);

        Assert.Equal(new ReviewMove(leaving.PatientId, leaving.Date, null, reason), Assert.Single(result.Moves));
        Assert.Null(result.Plan.ReviewOf(leaving.PatientId));
        AssertUnchangedExcept(before, result.Plan, leaving.PatientId);
    }

    [Fact]
    public void ADeteriorationShouldBringOnlyThatReviewForward()
    {
        var before = Current();
        var later = before.Reviews.Last();

        var result = YearReplanner.Replan(before, [new PlanChange.PatientDeteriorated(later.PatientId, 26.February(2027))], Today);

        var move = Assert.Single(result.Moves);
        Assert.True(move.To < later.Date);
        Assert.True(move.To >= Today);
        Assert.Equal("Försämring 2027-02-26: vårdplaneringen tidigareläggs.", move.Reason);
        Assert.Equal(ReviewReason.Deterioration, result.Plan.ReviewOf(later.PatientId)!.Reason);
    }

    [Fact]
    public void AKeptReviewShouldGiveWayWhenADisplacedOneWouldOtherwiseBeLate()
    {
        // Tuesdays 2, 9 and 16 March, one place each. "brådskande" is due 10 March on the 9th; "senare" (due in
        // December) is on the 2nd. Cancelling the 9th leaves room only on the 16th: "senare" gives way.
        var slots = new[] { new ReviewSlot(2.March(2027), 1), new ReviewSlot(9.March(2027), 1), new ReviewSlot(16.March(2027), 1) };
        var input = new YearPlanInput(2027, [Patient("brådskande", 10.March(2027)), Patient("senare", 1.December(2027))], slots, YearPlanSettings.Default, Today);
        var before = YearReplanner.MoveByHand(YearReplanner.MoveByHand(YearPlanner.Plan(input), Id("senare"), 16.March(2027)), Id("brådskande"), 9.March(2027));
        before = YearReplanner.MoveByHand(before, Id("senare"), 2.March(2027));

        var result = YearReplanner.Replan(before, [new PlanChange.RoundCancelled(9.March(2027))], Today);

        Assert.Equal(2.March(2027), result.Plan.ReviewOf(Id("brådskande"))!.Date);
        Assert.Equal(16.March(2027), result.Plan.ReviewOf(Id("senare"))!.Date);
        Assert.Equal(0, result.Plan.LateCount);
        Assert.Equal(2, result.Moves.Count);
        Assert.Contains(result.Moves, m => m.PatientId == Id("senare") && m.Reason.StartsWith("Flyttad för att ge plats"));
    }

    [Fact]
    public void AManualMoveShouldBeKeptByLaterReplanning()
    {
        var before = Current();
        var review = before.Reviews.Where(r => r.Date > Today).MaxBy(r => r.DueBy)!;
        var freeDay = YearPlanner.UsableDays(before.Input)
            .First(d => d.Date > Today && d.Date <= review.DueBy && d.Date != review.Date && before.DailyLoads.GetValueOrDefault(d.Date) < d.Capacity).Date;
        var moved = YearReplanner.MoveByHand(before, review.PatientId, freeDay);

        var result = YearReplanner.Replan(moved, [new PlanChange.PatientAdded(new PlanningPatient(Id("ny"), null))], Today);

        Assert.Equal(freeDay, result.Plan.ReviewOf(review.PatientId)!.Date);
        Assert.DoesNotContain(result.Moves, m => m.PatientId == review.PatientId);
    }

    [Fact]
    public void AManualMoveShouldBeRefusedOnAFullOrLateOrMissingDate()
    {
        var before = Current();
        var review = before.Reviews.First(r => r.Date > Today);

        Assert.Equal("2027-03-06 finns ingen rond eller kontakttid att boka (eller så är det helg- eller semesterdag).",
            Assert.Throws<DomainException>(() => YearReplanner.MoveByHand(before, review.PatientId, 6.March(2027))).Message);
        var after = YearPlanner.UsableDays(before.Input).First(d => d.Date > review.DueBy).Date;
        Assert.StartsWith($"{after:yyyy-MM-dd} ligger efter förfallodagen",
            Assert.Throws<DomainException>(() => YearReplanner.MoveByHand(before, review.PatientId, after)).Message);
    }

    [Fact]
    public void ReviewsBeforeTodayShouldStayAsHistory()
    {
        var before = Current();
        var past = before.Reviews.Where(r => r.Date < Today).ToList();
        Assert.NotEmpty(past);

        var result = YearReplanner.Replan(before, [new PlanChange.DoctorAbsent(1.January(2027), 1.April(2027))], Today);

        Assert.All(past, r => Assert.Equal(r.Date, result.Plan.ReviewOf(r.PatientId)!.Date));
        Assert.All(result.Moves, m => Assert.True(m.From >= Today));
    }

    [Fact]
    public void AnUnknownPatientOrADuplicateShouldBeRefused()
    {
        var before = Current();

        Assert.Equal($"Patienten {Id("okänd")} finns inte i årsplanen.",
            Assert.Throws<DomainException>(() => YearReplanner.Replan(before, [new PlanChange.PatientDied(Id("okänd"))], Today)).Message);
        Assert.Equal($"Patienten {Id("p000")} finns redan i årsplanen.",
            Assert.Throws<DomainException>(() => YearReplanner.Replan(before, [new PlanChange.PatientAdded(new PlanningPatient(Id("p000"), null))], Today)).Message);
    }
}
