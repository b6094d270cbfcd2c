using Narplan.Domain.Plans;

namespace Narplan.Domain.Tests.Plans;

public class PlanTemplateTests
{
    [Fact]
    public void TheTemplateShouldFollowSeed000TableOfContentsInOrder()
    {
        var headings = PlanTemplate.Vgr.Select(s => s.Heading).ToList();
        Assert.Equal("Inledning och syfte", headings[0]);
        Assert.Equal("Bilaga 2 Barnhälsovård", headings[^1]);
        Assert.True(headings.IndexOf("Korttidsboende/Korttidsenhet") < headings.IndexOf("Ansvarsfördelning mellan läkare på korttidsboende och ordinarie fast läkarkontakt"));
        Assert.True(headings.IndexOf("POSOM – Psykisk och socialt omhändertagande") < headings.IndexOf("Barnhälsovård"));
        Assert.Equal(44, headings.Count);
    }

    [Theory]
    [InlineData("arlig-genomgang", true)]
    [InlineData("palliativ-vard", true)]
    [InlineData("lakare-i-beredskap", true)]
    [InlineData(PlanTemplate.DevelopmentAreasKey, true)]
    [InlineData(PlanTemplate.Appendix1Key, true)]
    [InlineData("inledning", false)]
    [InlineData("radgivningsansvarig", false)]
    [InlineData("socialpsykiatri", false)]
    public void MandatorySectionsShouldBeTheStarredOnesInSeed000(string key, bool mandatory) =>
        Assert.Equal(mandatory, PlanTemplate.Find(key)!.Mandatory);

    [Fact]
    public void TheTemplatesKeysShouldBeUnique() =>
        Assert.Equal(PlanTemplate.Vgr.Count, PlanTemplate.Vgr.Select(s => s.Key).Distinct().Count());

    [Fact]
    public void ANewPlanShouldStartWithTheRegionsStandardText()
    {
        var plan = NeighbourhoodPlan.FromTemplate(PlanTestData.Kommun, "Plan", PlanTestData.Details());
        var beredskap = plan.Latest.Section("lakare-i-beredskap");
        Assert.Contains("Som helgdag räknas även midsommarafton, julafton och nyårsafton.", beredskap.Text);
        Assert.Equal(PlanStatus.Utkast, plan.Latest.Status);
        Assert.Equal(1, plan.Latest.Number);
    }
}
