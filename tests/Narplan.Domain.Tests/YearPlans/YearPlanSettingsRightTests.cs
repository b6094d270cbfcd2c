using Narplan.Domain.YearPlans;
using NodaTime;

namespace Narplan.Domain.Tests.YearPlans;

public class YearPlanSettingsRightTests
{
    private static readonly Guid Centre = Guid.NewGuid();

    /// <summary>
    /// Seed 002: "Medicinska årlig vårdplanering … planeras in på separata tider." A Monday contact time from 1 January 2027
    /// gives no slot on annandag påsk (29 March 2027) but one on Monday 24 May 2027 (annandag pingst is no helgdag), and
    /// flags the skipped date in Swedish.
    /// </summary>
    [Fact]
    public void AContactTimeShouldSkipAndFlagAHolidayInSwedish()
    {
        var time = new ContactTime(Centre, null, IsoDayOfWeek.Monday, new LocalTime(13, 0), 120, 2, "Vårdcentralen, rum 4", everyOtherWeek: false, new LocalDate(2027, 1, 1));

        var slots = time.SlotsBetween(new LocalDate(2027, 3, 1), new LocalDate(2027, 5, 31));

        Assert.DoesNotContain(slots, s => s.Date == new LocalDate(2027, 3, 29));
        Assert.Contains(slots, s => s.Date == new LocalDate(2027, 5, 24) && s.Capacity == 2);
        var skipped = Assert.Single(time.SkippedBetween(new LocalDate(2027, 3, 1), new LocalDate(2027, 5, 31)));
        Assert.Equal("Kontakttiden 2027-03-29 utgår: Annandag påsk.", skipped.Reason);
    }

    [Fact]
    public void AContactTimeEveryOtherWeekShouldCountWeeksFromItsFirstWeek()
    {
        var time = new ContactTime(Centre, null, IsoDayOfWeek.Tuesday, new LocalTime(9, 0), 60, 1, "Rum 2", everyOtherWeek: true, new LocalDate(2027, 1, 5));

        Assert.Equal([new LocalDate(2027, 1, 5), new LocalDate(2027, 1, 19), new LocalDate(2027, 2, 2)],
            time.SlotsBetween(new LocalDate(2027, 1, 1), new LocalDate(2027, 2, 8)).Select(s => s.Date));
    }

    [Fact]
    public void AContactTimeOnASaturdayOrWithoutPlaceShouldBeRefusedInSwedish()
    {
        Assert.Equal("Kontakttiden ska ligga på en vardag (måndag–fredag).", Assert.Throws<DomainException>(() =>
            new ContactTime(Centre, null, IsoDayOfWeek.Saturday, new LocalTime(9, 0), 60, 1, "Rum", false, new LocalDate(2027, 1, 1))).Message);
        Assert.StartsWith("Ange var kontakttiden är", Assert.Throws<DomainException>(() =>
            new ContactTime(Centre, null, IsoDayOfWeek.Monday, new LocalTime(9, 0), 60, 1, " ", false, new LocalDate(2027, 1, 1))).Message);
    }

    /// <summary>DOMAIN.md §6: "the review interval and which medication review (enkel/fördjupad) it includes are settings per region".</summary>
    [Fact]
    public void TheRegionsSettingInForceShouldBeTheLatestVersionStartingOnOrBeforeTheDate()
    {
        var region = Guid.NewGuid();
        var first = new RegionReviewSetting(region, new LocalDate(2026, 1, 1));
        var second = new RegionReviewSetting(region, new LocalDate(2027, 7, 1));
        second.Set(6, MedicationReviewKind.Simple);

        Assert.Null(RegionReviewSetting.InForce([first, second], new LocalDate(2025, 12, 31)));
        Assert.Same(first, RegionReviewSetting.InForce([first, second], new LocalDate(2027, 6, 30)));
        Assert.Same(second, RegionReviewSetting.InForce([second, first], new LocalDate(2027, 7, 1)));
        Assert.Equal(MedicationReviewKind.Extended, first.MedicationReview);
        Assert.Equal("Intervallet ska vara 3–24 månader.", Assert.Throws<DomainException>(() => second.Set(25, MedicationReviewKind.Extended)).Message);
    }

    [Fact]
    public void AnEnkelMedicationReviewShouldLeaveOutThePhase20Task()
    {
        Assert.Equal(6, PreparationTasks.For(MedicationReviewKind.Extended).Count());
        var simple = PreparationTasks.For(MedicationReviewKind.Simple).Select(t => t.Kind).ToList();
        Assert.Equal(5, simple.Count);
        Assert.DoesNotContain(ReviewTaskKind.Phase20, simple);
    }
}
