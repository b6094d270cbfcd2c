using Narplan.Domain.YearPlans;
using NodaTime;

namespace Narplan.Domain.Tests.YearPlans;

/// <summary>Issue 18 item 6: "the year plan opens on the year that has a plan (in December, next year)".</summary>
public class PlanYearTests
{
    [Fact]
    public void ShouldOpenOnNextYearOn2December2026EvenWhenOnly2026HasAPlan() =>
        Assert.Equal(2027, PlanYear.Default(new LocalDate(2026, 12, 2), y => y == 2026));

    [Fact]
    public void ShouldOpenOnThisYearOn15June2026WhenThisYearHasAPlan() =>
        Assert.Equal(2026, PlanYear.Default(new LocalDate(2026, 6, 15), y => y is 2026 or 2027));

    [Fact]
    public void ShouldOpenOnNextYearOn30November2026WhenOnlyNextYearHasAPlan() =>
        Assert.Equal(2027, PlanYear.Default(new LocalDate(2026, 11, 30), y => y == 2027));

    [Fact]
    public void ShouldOpenOnThisYearOn1January2027WhenNoYearHasAPlan() =>
        Assert.Equal(2027, PlanYear.Default(new LocalDate(2027, 1, 1), _ => false));
}
