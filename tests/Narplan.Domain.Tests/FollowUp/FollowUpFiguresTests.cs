using Narplan.Domain.FollowUp;
using Narplan.Domain.SelfCare;
using Narplan.Domain.YearPlans;
using NodaTime;

namespace Narplan.Domain.Tests.FollowUp;

/// <summary>The follow-up's counting rules (decision 0080) as facts on named dates.</summary>
public sealed class FollowUpFiguresTests
{
    private static readonly Guid Unit = Guid.NewGuid();

    private static ReviewForFollowUp Review(AnnualReviewStatus status, LocalDate? dueBy, LocalDate? doneOn, bool extended = true, bool homeVisit = false, int year = 2026) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Unit, status, doneOn ?? dueBy, dueBy, doneOn, year, doneOn is not null, extended ? MedicationReviewKind.Extended : MedicationReviewKind.Simple, homeVisit);

    [Fact]
    public void ShouldCountAReviewDueOnMidsommaraftonHeldTheSameDayAsOnTimeInTheSpring()
    {
        var spring = FollowUpPeriod.Spring(2026);
        var reviews = new[]
        {
            Review(AnnualReviewStatus.Done, new LocalDate(2026, 6, 19), new LocalDate(2026, 6, 19), homeVisit: true),  // on time, on the due day
            Review(AnnualReviewStatus.Done, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 20), extended: false),   // late, simple medication review
            Review(AnnualReviewStatus.Planned, new LocalDate(2026, 5, 4), null),                                     // overdue by today
            Review(AnnualReviewStatus.Done, new LocalDate(2026, 7, 1), new LocalDate(2026, 6, 29)),                   // due in the autumn, held in the spring
            Review(AnnualReviewStatus.Removed, new LocalDate(2026, 4, 1), null),                                      // left the plan: not counted
        };

        var f = FollowUpFigures.Reviews(reviews, spring, new LocalDate(2026, 12, 2));

        Assert.Equal(3, f.Due);
        Assert.Equal(2, f.DoneOfDue);
        Assert.Equal(1, f.OnTime);
        Assert.Equal(2, f.Late);
        Assert.Equal(0, f.Open);
        Assert.Equal(3, f.DoneInPeriod);
        Assert.Equal(2, f.ExtendedMedicationReviews);
        Assert.Equal(1, f.HomeVisits);
    }

    [Fact]
    public void ShouldCountAReviewNotYetDueByTodayAsOpenNotLate()
    {
        var f = FollowUpFigures.Reviews([Review(AnnualReviewStatus.Planned, new LocalDate(2026, 12, 20), null)], FollowUpPeriod.Autumn(2026), new LocalDate(2026, 12, 2));

        Assert.Equal((1, 0, 0, 1), (f.Due, f.Late, f.DoneOfDue, f.Open));
    }

    [Fact]
    public void ShouldCountAnEgenvardsintygFollowedUpInThePeriodAndOneOverdueAsDueButOnlyTheFirstAsFollowedUp()
    {
        // Seed 000: egenvårdsintyg "följs upp en gång/år".
        var today = new LocalDate(2026, 12, 2);
        var followed = SelfCareCertificate.Write(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Karin Åberg", SelfCareWriterRole.Doctor, new LocalDate(2025, 2, 1), "Insulin", today);
        followed.RecordFollowUp(new LocalDate(2026, 2, 3), "Karin Åberg", today);
        var overdue = SelfCareCertificate.Write(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Jonas Lind", SelfCareWriterRole.Nurse, new LocalDate(2025, 10, 15), "Stomi", today);
        var notYet = SelfCareCertificate.Write(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Jonas Lind", SelfCareWriterRole.Nurse, new LocalDate(2026, 3, 1), "Sondmatning", today);

        var year = FollowUpFigures.SelfCare([followed, overdue, notYet], FollowUpPeriod.Year(2026), today);
        var spring = FollowUpFigures.SelfCare([followed, overdue, notYet], FollowUpPeriod.Spring(2026), today);

        Assert.Equal(new SelfCareFollowUpFigures(2, 1), year);
        Assert.Equal(new SelfCareFollowUpFigures(1, 1), spring); // the overdue one fell due on 15 October, in the autumn
    }

    [Fact]
    public void ShouldMeetATargetOf98PercentWith49Of50AndNotWith48()
    {
        Indicator Share(int n) => new("brytpunktssamtal", "Brytpunktssamtal", IndicatorKind.Share, IndicatorFigure.Share(n, 50), 98);

        Assert.True(Share(49).MeetsTarget);
        Assert.False(Share(48).MeetsTarget);
        Assert.Null(Indicator.NoData("x", "Saknas", targetPercent: 98).MeetsTarget);
    }

    [Fact]
    public void ShouldNotCompareATrendWhenEitherPeriodHasNoData()
    {
        var now = new Indicator("a", "A", IndicatorKind.Share, IndicatorFigure.Share(9, 10));
        var before = new Indicator("a", "A", IndicatorKind.Share, IndicatorFigure.Share(8, 10));

        Assert.Equal(Trend.Up, Trends.Of(now, before));
        Assert.Equal(Trend.Unknown, Trends.Of(now, Indicator.NoData("a", "A")));
        Assert.Equal(Trend.Unknown, Trends.Of(now, new Indicator("a", "A", IndicatorKind.Share, IndicatorFigure.Share(0, 0))));
        Assert.Equal("Ned (bättre)", Trends.Swedish(Trend.Down, higherIsBetter: false));
    }

    [Fact]
    public void ShouldRefuseANegativeHandEnteredCountInSwedish()
    {
        var e = Assert.Throws<DomainException>(() =>
            new FollowUpCount(Guid.NewGuid(), FollowUpCountKind.Deviations, 2026, false, -3, "Lena Holm", Instant.FromUtc(2026, 7, 2, 8, 0), null));

        Assert.Contains("kan inte vara negativt", e.Message);
    }
}
