using Narplan.Domain.YearPlans;
using NodaTime;

namespace Narplan.Domain.Tests.YearPlans;

/// <summary>
/// The settings stored with a planning run are compared as settings, not as text (issue 16 item 2, decision 0095): the
/// vacations' order and the text's spacing are no change; the interval, the slot rule or a vacation period is.
/// </summary>
public class YearPlanRunSettingsTests
{
    private static readonly VacationPeriod Summer = VacationPeriod.IsoWeeks(26, 32);
    private static readonly VacationPeriod Winter = VacationPeriod.Dates(new AnnualDate(12, 23), new AnnualDate(1, 6));
    private static readonly YearPlanRunSettings Settings = new(12, 3, [Summer, Winter]);

    [Fact]
    public void ShouldReadTheTextThatRunsStoredBeforeTheSettingsWereTyped()
    {
        // The text UnitPlanSettings.Text wrote into YearPlanRun.Settings: a stored run must not count as changed settings.
        Assert.Equal(Settings, YearPlanRunSettings.Parse("12 mån; 3/rond; vecka 26–32; 23/12–6/1"));
        Assert.Equal(new YearPlanRunSettings(12, null, []), YearPlanRunSettings.Parse("12 mån; kontakttid"));
    }

    [Fact]
    public void ShouldWriteTheSameTextAsBefore() =>
        Assert.Equal("12 mån; 3/rond; vecka 26–32; 23/12–6/1", Settings.Format());

    [Theory]
    [InlineData("12 mån; 3/rond; 23/12–6/1; vecka 26–32")]
    [InlineData("12 mån;3/rond;vecka 26-32;23/12-6/1")]
    [InlineData("  12 mån ;  3 / rond ; vecka 26 – 32 ; 23/12 – 6/1 ")]
    [InlineData("12 mån; 3/rond; vecka 26–32; 23/12–6/1; vecka 26–32")]
    public void ShouldNotCountOrderSpacingOrARepeatedPeriodAsAChange(string stored)
    {
        var read = YearPlanRunSettings.Parse(stored);

        Assert.Equal(Settings, read);
        Assert.Equal(Settings.GetHashCode(), read!.GetHashCode());
    }

    [Fact]
    public void ShouldNotCountTheVacationsOrderAsAChange() =>
        Assert.Equal(Settings, new YearPlanRunSettings(12, 3, [Winter, Summer]));

    [Theory]
    [InlineData("18 mån; 3/rond; vecka 26–32; 23/12–6/1", "the interval")]
    [InlineData("12 mån; 2/rond; vecka 26–32; 23/12–6/1", "reviews per round")]
    [InlineData("12 mån; kontakttid; vecka 26–32; 23/12–6/1", "contact time instead of rounds")]
    [InlineData("12 mån; 3/rond; vecka 26–32", "a vacation period removed")]
    [InlineData("12 mån; 3/rond; vecka 27–32; 23/12–6/1", "a vacation period changed")]
    [InlineData("12 mån; 3/rond; vecka 26–32; 23/12–6/1; 1/5–1/5", "a vacation period added")]
    public void ShouldCountARealChange(string stored, string what) =>
        Assert.True(Settings != YearPlanRunSettings.Parse(stored), what);

    [Theory]
    [InlineData("")]
    [InlineData("12 mån")]
    [InlineData("tolv mån; 3/rond")]
    [InlineData("12 mån; 3/rond; sommar")]
    [InlineData("12 mån; 3/rond; 31/2–6/3")]
    public void ShouldReadNothingFromAnUnreadableText(string stored) =>
        Assert.Null(YearPlanRunSettings.Parse(stored));

    [Fact]
    public void ShouldReadBackWhatItWrites()
    {
        var contactTime = new YearPlanRunSettings(6, null, [VacationPeriod.Dates(new AnnualDate(2, 28), new AnnualDate(3, 1))]);

        Assert.Equal(contactTime, YearPlanRunSettings.Parse(contactTime.Format()));
        Assert.Equal(Settings, YearPlanRunSettings.Parse(Settings.Format()));
    }

    [Fact]
    public void ShouldGiveThePlannerTheIntervalAndTheVacations()
    {
        var planner = Settings.ForPlanner();

        Assert.Equal(Period.FromMonths(12), planner.MaxInterval);
        Assert.Equal([Summer, Winter], planner.Vacations);
    }
}
