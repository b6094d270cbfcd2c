using Narplan.Domain.Plans;

namespace Narplan.Domain.Tests.Plans;

public class PlanLifecycleTests
{
    [Fact]
    public void ADraftWithAnEmptyMandatorySectionShouldNotGoOnReferral()
    {
        var plan = NeighbourhoodPlan.FromTemplate(PlanTestData.Kommun, "Plan", PlanTestData.Details());
        var e = Assert.Throws<DomainException>(() => plan.Latest.SendForReferral([], []));
        Assert.Contains("Palliativ vård", e.Message);
        Assert.Equal(PlanStatus.Utkast, plan.Latest.Status);
    }

    [Fact]
    public void ReferralShouldFreezeBilaga1()
    {
        var version = PlanTestData.OnReferral(PlanTestData.FilledPlan());
        Assert.Equal(PlanStatus.PaRemiss, version.Status);
        Assert.Equal("Hagagården", Assert.Single(version.Appendix1!).Unit);
    }

    [Fact]
    public void APlanShouldBeFastställdOnlyWhenEveryPartyApprovedTheSameRevision()
    {
        var version = PlanTestData.OnReferral(PlanTestData.FilledPlan());
        version.Approve(PlanTestData.Kommun, "Susanne Johnsen", version.ContentRevision, PlanTestData.Noon, 2.March(2026));
        Assert.Equal(PlanStatus.PaRemiss, version.Status);

        // The text changes after the kommun approved: its approval no longer counts.
        var section = version.Section("inledning");
        version.EditSection("inledning", section.Revision, "Ny inledning.");
        version.Approve(PlanTestData.CareCentre, "Marie Linder Jakobsson", version.ContentRevision, PlanTestData.Noon, 2.March(2026));
        Assert.Equal(PlanStatus.PaRemiss, version.Status);
        Assert.Equal("Herrljunga kommun", Assert.Single(version.PartiesAwaitingApproval()).Name);

        version.Approve(PlanTestData.Kommun, "Susanne Johnsen", version.ContentRevision, PlanTestData.Noon, 3.March(2026));
        Assert.Equal(PlanStatus.Faststalld, version.Status);
        Assert.Equal(3.March(2026), version.FixedOn);
    }

    [Fact]
    public void ApprovingAVersionThatHasSinceChangedShouldBeRefused()
    {
        var version = PlanTestData.OnReferral(PlanTestData.FilledPlan());
        var seen = version.ContentRevision;
        version.EditSection("inledning", version.Section("inledning").Revision, "Ändrad.");
        var e = Assert.Throws<DomainException>(() => version.Approve(PlanTestData.Kommun, "Susanne Johnsen", seen, PlanTestData.Noon, 2.March(2026)));
        Assert.Contains("har ändrats sedan du läste", e.Message);
        Assert.Empty(version.Approvals);
    }

    [Fact]
    public void PartiesShouldCommentPerSectionOnlyWhileOnReferral()
    {
        var plan = PlanTestData.FilledPlan();
        Assert.Throws<DomainException>(() => plan.Latest.Comment("inledning", PlanTestData.Kommun, "Lena Holm", "Bra", PlanTestData.Noon));
        var version = PlanTestData.OnReferral(plan);
        var comment = version.Comment("palliativ-vard", PlanTestData.CareCentre, "Karin Åberg", "Lägg till brytpunktsamtal.", PlanTestData.Noon);
        Assert.Equal("Närhälsan Herrljunga vårdcentral", comment.PartyName);
        Assert.Throws<DomainException>(() => version.Comment("inledning", Guid.NewGuid(), "X", "Y", PlanTestData.Noon));
    }

    [Fact]
    public void ShouldMakeAFastställdVersionReadOnlyAndStartTheNextRevisionAsACopy()
    {
        var plan = PlanTestData.FilledPlan();
        var v1 = PlanTestData.OnReferral(plan);
        PlanTestData.ApproveByAll(v1);
        Assert.Throws<DomainException>(() => v1.EditSection("inledning", 0, "x"));

        plan.Publish(1, 5.March(2026));
        var v2 = plan.StartNextRevision();
        Assert.Equal(2, v2.Number);
        Assert.Equal(PlanStatus.Utkast, v2.Status);
        Assert.Equal(v1.Section("palliativ-vard").Text, v2.Section("palliativ-vard").Text);
        Assert.Null(v2.Appendix1);
        Assert.Throws<DomainException>(() => plan.StartNextRevision());
    }

    [Fact]
    public void PublishingTheNextVersionShouldSupersedeThePreviousOne()
    {
        var plan = PlanTestData.FilledPlan();
        PlanTestData.ApproveByAll(PlanTestData.OnReferral(plan));
        plan.Publish(1, 5.March(2026));
        var v2 = plan.StartNextRevision();
        v2.EditSection("inledning", v2.Section("inledning").Revision, "Reviderad 2027.");
        PlanTestData.ApproveByAll(PlanTestData.OnReferral(plan));
        plan.Publish(2, 1.February(2027));

        Assert.Equal(PlanStatus.Ersatt, plan.Version(1).Status);
        Assert.Equal(2, plan.Published!.Number);
    }

    [Fact]
    public void ADraftShouldNotBePublishable()
    {
        var plan = PlanTestData.FilledPlan();
        Assert.Throws<DomainException>(() => plan.Publish(1, 5.March(2026)));
        Assert.Null(plan.Published);
    }

    [Fact]
    public void APlanWithFewerThanTwoDevelopmentAreasShouldBeFlagged()
    {
        var plan = PlanTestData.FilledPlan(developmentAreas: 1);
        Assert.True(plan.Latest.Details.HasTooFewDevelopmentAreas);
        Assert.Contains(plan.Latest.Warnings(PlanKind.Naromradesplan), w => w.Contains("färre än 2 utvecklingsområden"));
        Assert.DoesNotContain(PlanTestData.FilledPlan(developmentAreas: 2).Latest.Warnings(PlanKind.Naromradesplan), w => w.Contains("utvecklingsområden"));
    }

    [Fact]
    public void ASignatoryShouldSignForAParty()
    {
        var details = PlanTestData.Details() with { Signatories = [new(Guid.NewGuid(), "Kommun", "Okänd", "Chef", "Annan kommun")] };
        Assert.Throws<DomainException>(() => details.Validated());
    }

    [Fact]
    public void AFollowUpDateShouldNotBeBeforeThePlanApplies()
    {
        var details = PlanTestData.Details() with { YearlyFollowUp = 1.December(2025) };
        Assert.Throws<DomainException>(() => details.Validated());
    }
}
