using Narplan.Domain.Plans;

namespace Narplan.Domain.Tests.Plans;

public class PlanComparisonTests
{
    [Fact]
    public void ShouldCompareSectionsAndBilaga1RowsBetweenVersions()
    {
        var plan = PlanTestData.FilledPlan();
        var v1 = PlanTestData.OnReferral(plan);
        PlanTestData.ApproveByAll(v1);
        var v2 = plan.StartNextRevision();
        v2.EditSection("egenvard", v2.Section("egenvard").Revision, "Egenvårdsintyg följs upp en gång per år.");

        Appendix1Row[] rows1 = [PlanTestData.Hagagarden, new("Eken", "Särskilt boende", "Närhälsan Herrljunga vårdcentral", "Karin Åberg", null, "På plats", null)];
        Appendix1Row[] rows2 =
        [
            PlanTestData.Hagagarden with { RegularDoctor = "Jonas Lind" },
            new("Korttidsenheten", "Korttidsboende", "Närhälsan Herrljunga vårdcentral", "Jonas Lind", "tisdagar 13.00", "På plats", null),
        ];

        var comparison = PlanComparison.Of(v1, rows1, [], v2, rows2, []);

        var section = Assert.Single(comparison.Sections);
        Assert.Equal("Egenvård", section.Heading);
        Assert.Contains(section.Diff, p => p.Kind == DiffKind.Added && p.Text.Contains("Egenvårdsintyg"));
        Assert.Contains(comparison.Appendix1, c => c is { Unit: "Korttidsenheten", Kind: ChangeKind.Added });
        Assert.Contains(comparison.Appendix1, c => c is { Unit: "Eken", Kind: ChangeKind.Removed });
        var changed = Assert.Single(comparison.Appendix1, c => c.Kind == ChangeKind.Changed);
        Assert.Equal("Fast läkarkontakt: Karin Åberg → Jonas Lind", Assert.Single(changed.Fields));
    }

    [Fact]
    public void IdenticalVersionsShouldHaveNoChanges()
    {
        var plan = PlanTestData.FilledPlan();
        PlanTestData.ApproveByAll(PlanTestData.OnReferral(plan));
        var v2 = plan.StartNextRevision();
        var comparison = PlanComparison.Of(plan.Version(1), [PlanTestData.Hagagarden], [], v2, [PlanTestData.Hagagarden], []);
        Assert.False(comparison.HasChanges);
    }
}
