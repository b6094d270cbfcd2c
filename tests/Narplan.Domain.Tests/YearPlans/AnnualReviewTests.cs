using Narplan.Domain.Patients;
using Narplan.Domain.YearPlans;
using NodaTime;
using static Narplan.Domain.Tests.YearPlans.TestPatientIds;

namespace Narplan.Domain.Tests.YearPlans;

public class PreparationTaskTests
{
    [Fact]
    public void TenWorkingDaysBeforeAnOrdinaryThursdayShouldBeTwoWeeksEarlier() =>
        Assert.Equal(4.March(2027), PreparationTasks.WorkingDaysBefore(18.March(2027), 10));

    [Fact]
    public void TenWorkingDaysBeforeTheThursdayAfterEasterShouldSkipGoodFridayAndEasterMonday() =>
        // Easter 2027: Långfredag 26 March, Annandag påsk 29 March.
        Assert.Equal(16.March(2027), PreparationTasks.WorkingDaysBefore(1.April(2027), 10));

    [Fact]
    public void FiveWorkingDaysBeforeTheMondayAfterMidsummerShouldSkipMidsummerEveAndLandOnTheFridayBefore() =>
        // Midsommarafton 2027 is Friday 25 June.
        Assert.Equal(18.June(2027), PreparationTasks.WorkingDaysBefore(28.June(2027), 5));

    [Fact]
    public void TheScheduleShouldHaveSixTasksAndTheSamplesAfterTheOrder()
    {
        Assert.Equal(6, PreparationTasks.Schedule.Count);
        var order = PreparationTasks.Schedule.Single(t => t.Kind == ReviewTaskKind.DoctorOrdersTests);
        var samples = PreparationTasks.Schedule.Single(t => t.Kind == ReviewTaskKind.NurseTakesSamples);
        Assert.Equal(ReviewTaskOwner.Doctor, order.Owner);
        Assert.True(samples.WorkingDaysBefore < order.WorkingDaysBefore);
    }

    [Fact]
    public void ATaskShouldFollowItsReviewUntilItIsDone()
    {
        var review = new AnnualReview(Guid.NewGuid(), Guid.NewGuid(), 2027, 1.March(2026), null);
        var task = new ReviewTask(review, ReviewTaskKind.Phase20, ReviewTaskOwner.Nurse, null, 1.February(2027));
        Assert.True(task.IsOverdue(2.February(2027)));
        task.Follow(15.February(2027), null);
        Assert.False(task.IsOverdue(2.February(2027)));
        task.MarkDone(3.February(2027));
        task.Follow(1.March(2027), null);
        Assert.Equal(15.February(2027), task.DueOn);
        Assert.False(task.IsOverdue(1.April(2027)));
    }
}

public class AnnualReviewTests
{
    private static AnnualReview Planned()
    {
        var review = new AnnualReview(Guid.NewGuid(), Guid.NewGuid(), 2027, 1.March(2026), null);
        review.Place(4.February(2027), 1.March(2027), ReviewReason.Annual, ReviewSlotSource.RoundOccurrence, null);
        return review;
    }

    [Fact]
    public void AManualMoveShouldBeKeptWhenThePlannerPlacesItOnTheSameDate()
    {
        var review = Planned();
        review.MoveByHand(18.February(2027));
        review.Place(18.February(2027), 1.March(2027), ReviewReason.Annual, ReviewSlotSource.RoundOccurrence, null);
        Assert.True(review.IsManuallyMoved);
        review.Place(25.February(2027), 1.March(2027), ReviewReason.Annual, ReviewSlotSource.RoundOccurrence, "Ronden 2027-02-18 är inställd.");
        Assert.False(review.IsManuallyMoved);
        Assert.Equal("Ronden 2027-02-18 är inställd.", review.ChangeNote);
    }

    [Fact]
    public void MarkingDoneShouldRecordTheOutcomeAndRefuseAFutureDate()
    {
        var review = Planned();
        var ex = Assert.Throws<DomainException>(() => review.MarkDone(5.February(2027), new(true, true, true, null, null, false), 4.February(2027)));
        Assert.Contains("framtiden", ex.Message);
        review.MarkDone(4.February(2027), new(true, false, true, "Ingen HLR.", "  ", true), 4.February(2027));
        Assert.Equal(AnnualReviewStatus.Done, review.Status);
        Assert.True(review.MedicationReviewDone && review.CarePlanUpdated && review.HomeVisitByRegularDoctor);
        Assert.Equal("Ingen HLR.", review.TreatmentLimitations);
        Assert.Null(review.PalliativeConsideration);
        Assert.Throws<DomainException>(() => review.Place(1.March(2027), null, ReviewReason.Annual, ReviewSlotSource.RoundOccurrence, null));
    }

    [Fact]
    public void ADoneDateOutsideThePlanningYearShouldBeRefused() =>
        Assert.Throws<DomainException>(() => Planned().MarkDone(30.December(2026), new(true, true, true, null, null, false), 4.February(2027)));
}

public class YearPlanSettingsRecordTests
{
    [Fact]
    public void TheDefaultVacationShouldBeWeeks26To32AndChristmasToEpiphany()
    {
        var vacations = new KommunVacationSetting(Guid.NewGuid()).Vacations();
        var settings = new YearPlanSettings(Period.FromMonths(12), vacations);
        Assert.False(settings.IsPlanningDay(1.July(2027)));
        Assert.False(settings.IsPlanningDay(5.January(2027)));
        Assert.True(settings.IsPlanningDay(7.January(2027)));
        Assert.False(settings.IsPlanningDay(12.August(2027)));
        Assert.True(settings.IsPlanningDay(19.August(2027)));
    }

    [Fact]
    public void HalfARangeShouldBeRefused() =>
        Assert.Throws<DomainException>(() => new KommunVacationSetting(Guid.NewGuid()).Set(26, null, null, null));

    [Fact]
    public void TheRunShouldReadBackTheSlotsItStored()
    {
        var run = new YearPlanRun(Guid.NewGuid(), 2027);
        run.Record(1.January(2027), [new ReviewSlot(14.January(2027), 3), new ReviewSlot(7.January(2027), 6)], new YearPlanRunSettings(12, 3, []), Instant.FromUtc(2026, 12, 1, 9, 0));
        Assert.Equal([new ReviewSlot(7.January(2027), 6), new ReviewSlot(14.January(2027), 3)], run.ParseSlots());
    }

    [Fact]
    public void RestoringAPlanShouldKeepTheBookingsAndPlaceTheRest()
    {
        var slots = Enumerable.Range(0, 20).Select(i => new ReviewSlot(7.January(2027).PlusWeeks(i), 2)).ToList();
        var input = new YearPlanInput(2027, [new(Id("a"), 1.March(2026)), new(Id("b"), 1.April(2026)), new(Id("c"), null)], slots, YearPlanSettings.Default);
        var plan = YearPlanner.Restore(input, [new PlannedReview(Id("a"), 4.March(2027), 1.March(2027).PlusDays(0), ReviewReason.Annual), new PlannedReview(Id("gone"), 7.January(2027), null, ReviewReason.Annual)]);
        Assert.Equal(4.March(2027), plan.ReviewOf(Id("a"))!.Date);
        Assert.NotNull(plan.ReviewOf(Id("b")));
        Assert.Equal(7.January(2027), plan.ReviewOf(Id("c"))!.Date);
        Assert.Null(plan.ReviewOf(Id("gone")));
    }
}
