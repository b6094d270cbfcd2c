using Narplan.Domain.Acute;

namespace Narplan.Domain.Tests.Acute;

public class DecisionSupportProfileTests
{
    [Fact]
    public void ShouldShipThePresetsWithoutInventedTriggers()
    {
        Assert.Equal(DecisionSupportTool.ViSam, DecisionSupportProfile.Vgr().Tool);
        Assert.Equal(DecisionSupportTool.BViS, DecisionSupportProfile.Skaraborg().Tool);
        Assert.False(DecisionSupportProfile.Vgr().HasTriggers);
        Assert.Empty(DecisionSupportProfile.Skaraborg().Triggers);
    }

    [Fact]
    public void ShouldKeepTheTriggersARegionEntersInOrder()
    {
        var profile = new DecisionSupportProfile(
            "Test – BViS", DecisionSupportTool.BViS,
            [new DecisionSupportTrigger(" Puls ", "enligt regionens dokument"), new DecisionSupportTrigger("Temperatur", "enligt regionens dokument")]);

        Assert.True(profile.HasTriggers);
        Assert.Equal(["Puls", "Temperatur"], profile.Triggers.Select(t => t.Parameter));
        Assert.Throws<DomainException>(() => new DecisionSupportTrigger("Puls", " "));
    }
}
