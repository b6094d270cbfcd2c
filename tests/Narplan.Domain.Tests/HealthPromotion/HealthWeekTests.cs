using Narplan.Domain.HealthPromotion;
using NodaTime;

namespace Narplan.Domain.Tests.HealthPromotion;

/// <summary>Seed 000: "I Herrljunga har man infört sedan 2024 att hålla en hälsovecka under året och den infaller alltid V 36."</summary>
public sealed class HealthWeekTests
{
    [Theory]
    [InlineData(2020, 8, 31, 9, 6)] // a leap year: week 36 begins in August
    [InlineData(2026, 8, 31, 9, 6)] // begins in August
    [InlineData(2027, 9, 6, 9, 12)] // begins in September
    [InlineData(2031, 9, 1, 9, 7)] // begins on 1 September
    public void ShouldPutTheHealthWeekInIsoWeek36FromMondayToSunday(int year, int firstMonth, int firstDay, int lastMonth, int lastDay)
    {
        var activity = HealthPromotionActivity.Plan(Guid.NewGuid(), HealthPromotionKind.HealthWeek, null, year, null, null, null, null);

        Assert.Equal(new LocalDate(year, firstMonth, firstDay), activity.FirstDay);
        Assert.Equal(new LocalDate(year, lastMonth, lastDay), activity.LastDay);
        Assert.Equal(IsoDayOfWeek.Monday, activity.FirstDay.DayOfWeek);
        Assert.Equal(36, activity.Week);
        Assert.Equal("Hälsovecka", activity.Title);
    }

    [Fact]
    public void ShouldRefuseAnActivityEndingBeforeItStartsBesideTheLastDay()
    {
        var e = Assert.Throws<FieldRefusal>(() => HealthPromotionActivity.Plan(
            Guid.NewGuid(), HealthPromotionKind.HealthTalks, null, null, new LocalDate(2026, 9, 10), new LocalDate(2026, 9, 1), null, null));

        Assert.Equal(nameof(HealthPromotionActivity.LastDay), e.Field);
    }
}
