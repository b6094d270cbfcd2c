using Narplan.Domain.Plans;

namespace Narplan.Domain.Tests.Plans;

public class ActionPlanTests
{
    private static NeighbourhoodPlan Vanersborg()
    {
        var plan = NeighbourhoodPlan.ActionPlan(PlanTestData.Kommun, "Lokal handlingsplan", PlanTestData.Details());
        plan.AddActionHeading("1.1", "1.1 Närområdesplan", 2, "",
        [
            new("Aktuell Närområdesplan", "Ansvarsfördelning mellan vårdcentralerna.", "December 2023", "Nordstans vårdcentral", "December 2024"),
        ]);
        return plan;
    }

    [Fact]
    public void RowsShouldStartNotStartedAndBeFollowedUpWithStatusAndNote()
    {
        var plan = Vanersborg();
        var section = plan.Latest.Section("1.1");
        Assert.Equal(ActionStatus.EjPaborjad, section.Rows[0].Status);

        plan.Latest.FollowUpRow("1.1", 0, ActionStatus.Klar, "Klar i december.");
        Assert.Equal(ActionStatus.Klar, plan.Latest.Section("1.1").Rows[0].Status);
        Assert.Equal("Klar i december.", plan.Latest.Section("1.1").Rows[0].FollowUpNote);
    }

    [Fact]
    public void ARowWithoutGoalOrActivityShouldBeRefused()
    {
        var plan = Vanersborg();
        var section = plan.Latest.Section("1.1");
        Assert.Throws<DomainException>(() => plan.Latest.ReplaceRows("1.1", section.Revision, [new(" ", "", "", "", "")]));
        Assert.Single(plan.Latest.Section("1.1").Rows);
    }

    [Fact]
    public void TemplateSectionsShouldNotBeAddableToANeighbourhoodPlan() =>
        Assert.Throws<DomainException>(() => PlanTestData.FilledPlan().AddActionHeading("x", "X", 1, ""));
}
