using Narplan.Domain.FollowUp;
using NodaTime;

namespace Narplan.Domain.Tests.FollowUp;

/// <summary>
/// The follow-up periods of DOMAIN.md §10 ("per närområde and period (spring/autumn, year)"), decision 0080: spring is
/// 1 January – 30 June, autumn 1 July – 31 December, as the rounds' half-years already count them.
/// </summary>
public sealed class FollowUpPeriodTests
{
    [Fact]
    public void ShouldCountMidsommaraftonAndThe30thOfJuneInTheSpringAndThe1stOfJulyInTheAutumn()
    {
        var spring = FollowUpPeriod.Parse("2026-h1")!;
        var autumn = FollowUpPeriod.Parse("2026-h2")!;

        Assert.True(spring.Contains(new LocalDate(2026, 6, 19))); // midsommarafton
        Assert.True(spring.Contains(new LocalDate(2026, 6, 30)));
        Assert.False(spring.Contains(new LocalDate(2026, 7, 1)));
        Assert.True(autumn.Contains(new LocalDate(2026, 7, 1)));
        Assert.True(autumn.Contains(new LocalDate(2026, 12, 31))); // nyårsafton
        Assert.Equal("Våren 2026", spring.Name);
        Assert.Equal("Hösten 2026", autumn.Name);
    }

    [Fact]
    public void ShouldMakeAYearOfBothHalvesAndCompareEachPeriodWithTheOneJustBefore()
    {
        var year = FollowUpPeriod.Parse("2026")!;

        Assert.Equal(new LocalDate(2026, 1, 1), year.From);
        Assert.Equal(new LocalDate(2026, 12, 31), year.To);
        Assert.Equal([(2026, false), (2026, true)], year.WholeHalfYears());
        Assert.Equal("2025", year.Previous.Key);
        Assert.Equal("2025-h2", FollowUpPeriod.Spring(2026).Previous.Key);
        Assert.Equal("2026-h1", FollowUpPeriod.Autumn(2026).Previous.Key);
    }

    [Fact]
    public void ShouldCompareDatesOfOnesOwnWithAsManyDaysJustBeforeAcrossALeapDay()
    {
        var period = FollowUpPeriod.Parse("2028-03-01--2028-03-31")!;

        Assert.Equal(31, period.Days);
        Assert.Equal(new LocalDate(2028, 1, 30), period.Previous.From); // 29 February 2028 is counted
        Assert.Equal(new LocalDate(2028, 2, 29), period.Previous.To);
        Assert.Empty(period.WholeHalfYears());
    }

    [Fact]
    public void ShouldRefuseAPeriodThatEndsBeforeItStartsInSwedish()
    {
        var e = Assert.Throws<DomainException>(() => FollowUpPeriod.Between(new LocalDate(2026, 6, 30), new LocalDate(2026, 1, 1)));

        Assert.Contains("slutar", e.Message);
        Assert.Contains("innan den börjar", e.Message);
        Assert.Throws<DomainException>(() => FollowUpPeriod.Parse("2026-06-30--2026-01-01"));
    }

    [Theory]
    [InlineData("2026-h3")]
    [InlineData("h1")]
    [InlineData("0001")]
    [InlineData("2026-13-01--2026-12-31")]
    [InlineData("")]
    public void ShouldNotReadAKeyThatIsNoPeriod(string key) => Assert.Null(FollowUpPeriod.Parse(key));
}
