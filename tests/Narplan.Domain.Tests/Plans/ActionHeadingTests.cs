using Narplan.Domain.Plans;

namespace Narplan.Domain.Tests.Plans;

/// <summary>Numbered handlingsplan headings added and removed in an open version.</summary>
public class ActionHeadingTests
{
    private static NeighbourhoodPlan Plan()
    {
        var plan = NeighbourhoodPlan.ActionPlan(PlanTestData.Kommun, "Lokal handlingsplan", PlanTestData.Details());
        plan.AddActionHeading("inledning", "Inledning", 1, "Målet med lokal vårdsamverkan …");
        plan.AddActionHeading("1", "1. Närområdesplan", 1, "");
        plan.AddActionHeading("1.1", "1.1 Närområdesplan", 2, "", [new("Aktuell plan", "Ansvarsfördelning.", "December 2023", "Nordstans vårdcentral", "December 2024")]);
        plan.AddActionHeading("2", "2. Nära vård", 1, "");
        return plan;
    }

    [Fact]
    public void ANewHeadingShouldTakeItsPlaceByNumberAfterTheIntroduction()
    {
        var plan = Plan();
        plan.AddNumberedHeading(1, "1.2", "Samverkansdokument");
        plan.AddNumberedHeading(1, "3", "Uppföljning");
        Assert.Equal(["inledning", "1", "1.1", "1.2", "2", "3"], plan.Latest.Sections.Select(s => s.Key));
        Assert.Equal([1, 2, 3, 4, 5, 6], plan.Latest.Sections.Select(s => s.Order));
        Assert.Equal(SectionContent.ActionRows, plan.Latest.Section("1.2").Content);
    }

    [Fact]
    public void AddingOrRemovingAHeadingShouldMakeEarlierApprovalsNotCount()
    {
        var plan = Plan();
        var version = plan.Latest;
        version.SendForReferral([], []);
        version.Approve(PlanTestData.CareCentre, "Marie", version.ContentRevision, PlanTestData.Noon, 2.March(2026));
        plan.AddNumberedHeading(1, "2.1", "Digitalisering");
        Assert.Equal(2, version.PartiesAwaitingApproval().Count);

        version.Approve(PlanTestData.CareCentre, "Marie", version.ContentRevision, PlanTestData.Noon, 2.March(2026));
        plan.RemoveNumberedHeading(1, "2.1");
        Assert.Equal(2, version.PartiesAwaitingApproval().Count);
    }

    [Fact]
    public void AHeadingWithACommentShouldBeKept()
    {
        var plan = Plan();
        plan.AddNumberedHeading(1, "3", "Uppföljning");
        plan.Latest.SendForReferral([], []);
        plan.Latest.Comment("3", PlanTestData.Kommun, "Lena", "Vad ska stå här?", PlanTestData.Noon);
        var e = Assert.Throws<DomainException>(() => plan.RemoveNumberedHeading(1, "3"));
        Assert.Equal("Rubriken ”3. Uppföljning” har synpunkter från remissen och kan inte tas bort.", e.Message);
    }

    [Fact]
    public void TheIntroductionShouldNotBeRemovableAsANumberedHeading() =>
        Assert.Throws<DomainException>(() => Plan().RemoveNumberedHeading(1, "inledning"));
}
