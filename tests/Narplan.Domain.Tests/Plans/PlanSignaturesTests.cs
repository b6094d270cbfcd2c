using Narplan.Domain.Plans;
using NodaTime;

namespace Narplan.Domain.Tests.Plans;

/// <summary>The printed "Underskrifter" block carries who approved, with title, organisation and date.</summary>
public class PlanSignaturesTests
{
    [Fact]
    public void ShouldGiveEachSignatoryWhoApprovedTheDateInSwedishTime()
    {
        var version = PlanTestData.OnReferral(PlanTestData.FilledPlan());
        // 23:30 UTC on 1 March is 00:30 on 2 March in Stockholm.
        version.Approve(PlanTestData.CareCentre, "Marie Linder Jakobsson", version.ContentRevision, Instant.FromUtc(2026, 3, 1, 23, 30), 2.March(2026));

        var lines = PlanSignatures.For(version);

        var vc = lines.Single(l => l.Name == "Marie Linder Jakobsson");
        Assert.Equal((2.March(2026), "Vårdcentralschef", "Närhälsan Herrljunga vårdcentral"), (vc.ApprovedOn!.Value, vc.Title, vc.Organisation));
        Assert.Equal("Datum: 2026-03-02\nGodkänd i Närplan av Marie Linder Jakobsson", vc.DateAndSignature);
        var kommun = lines.Single(l => l.Name == "Susanne Johnsen");
        Assert.Null(kommun.ApprovedOn);
        Assert.Equal("Datum:\n\nUnderskrift:", kommun.DateAndSignature);
    }

    [Fact]
    public void ShouldLeaveOutAnApprovalOfAnEarlierText()
    {
        var version = PlanTestData.OnReferral(PlanTestData.FilledPlan());
        version.Approve(PlanTestData.Kommun, "Susanne Johnsen", version.ContentRevision, PlanTestData.Noon, 2.March(2026));
        var section = version.Section("inledning");
        version.EditSection("inledning", section.Revision, "Ny inledning.");

        Assert.All(PlanSignatures.For(version), l => Assert.Null(l.ApprovedOn));
    }

    [Fact]
    public void ShouldGiveAnApproverWhoIsNotAListedSignatoryALineOfTheirOwn()
    {
        var version = PlanTestData.OnReferral(PlanTestData.FilledPlan());
        version.Approve(PlanTestData.Kommun, "Per Sandberg", version.ContentRevision, PlanTestData.Noon, 2.March(2026));

        var lines = PlanSignatures.For(version, (party, name) => name == "Per Sandberg" ? "Enhetschef" : null);

        Assert.Equal(3, lines.Count);
        var extra = lines[^1];
        Assert.Equal(("Kommun", "Per Sandberg", "Enhetschef", "Herrljunga kommun", (LocalDate?)2.March(2026)),
            (extra.PartyLabel, extra.Name, extra.Title, extra.Organisation, extra.ApprovedOn));
    }

    [Fact]
    public void ShouldDateEverySignatoryOfAFaststalldVersion()
    {
        var version = PlanTestData.OnReferral(PlanTestData.FilledPlan());
        PlanTestData.ApproveByAll(version);

        Assert.Equal(PlanStatus.Faststalld, version.Status);
        Assert.All(PlanSignatures.For(version), l => Assert.Equal(2.March(2026), l.ApprovedOn));
    }

    [Fact]
    public void ShouldCarryUppdateradOverToTheNextVersion()
    {
        var plan = PlanTestData.FilledPlan();
        plan.Latest.UpdateDetails(plan.Latest.Details with { Updated = 1.April(2026) });
        PlanTestData.OnReferral(plan);
        PlanTestData.ApproveByAll(plan.Latest);
        plan.Publish(1, 1.April(2026));

        var next = plan.StartNextRevision();

        Assert.Equal(1.April(2026), next.Details.Updated);
    }
}
