using Narplan.Domain.Plans;

namespace Narplan.Domain.Tests.Plans;

public class SectionConcurrencyTests
{
    [Fact]
    public void TheSecondEditorOfTheSameRevisionShouldGetAConflictWithBothTexts()
    {
        var version = PlanTestData.FilledPlan().Latest;
        var opened = version.Section("anhorigstod").Revision;

        var first = version.EditSection("anhorigstod", opened, "Anhörigstöd erbjuds alla.");
        var second = version.EditSection("anhorigstod", opened, "Anhörigkonsulent finns.");

        Assert.IsType<SectionEditResult.Saved>(first);
        var conflict = Assert.IsType<SectionEditResult.Conflict>(second);
        Assert.Equal("Anhörigstöd erbjuds alla.", conflict.CurrentText);
        Assert.Equal("Anhörigkonsulent finns.", conflict.YourText);
        Assert.Contains("Inget har skrivits över", conflict.Message);
        Assert.Equal("Anhörigstöd erbjuds alla.", version.Section("anhorigstod").Text);
    }

    [Fact]
    public void EditsOfDifferentSectionsShouldNotConflict()
    {
        var version = PlanTestData.FilledPlan().Latest;
        var a = version.Section("anhorigstod").Revision;
        var b = version.Section("egenvard").Revision;
        Assert.IsType<SectionEditResult.Saved>(version.EditSection("anhorigstod", a, "A"));
        Assert.IsType<SectionEditResult.Saved>(version.EditSection("egenvard", b, "B"));
    }

    [Fact]
    public void TextShouldBeNormalisedToUnixLineEndings()
    {
        var version = PlanTestData.FilledPlan().Latest;
        version.EditSection("egenvard", version.Section("egenvard").Revision, "Rad 1\r\nRad 2\r\n");
        Assert.Equal("Rad 1\nRad 2", version.Section("egenvard").Text);
    }
}
