using Narplan.Domain.Acute;
using NodaTime;

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
            [new DecisionSupportTrigger(" Puls enligt regionens dokument "), new DecisionSupportTrigger("Temperatur enligt regionens dokument")]);

        Assert.True(profile.HasTriggers);
        Assert.Equal(["Puls enligt regionens dokument", "Temperatur enligt regionens dokument"], profile.Triggers.Select(t => t.Text));
        Assert.Throws<DomainException>(() => new DecisionSupportTrigger(" "));
        Assert.Throws<DomainException>(() => new DecisionSupportTrigger(new string('x', DecisionSupportTrigger.MaxLength + 1)));
    }

    [Fact]
    public void ShouldShowNoTriggersBeforeTheFirstVersionAndTheLatestVersionFromItsDate()
    {
        var first = new DecisionSupportProfileVersion(
            DecisionSupportProfileKey.Skaraborg, new LocalDate(2026, 12, 1), DecisionSupportTool.BViS, [new DecisionSupportTrigger("Test 1")]);
        var second = new DecisionSupportProfileVersion(
            DecisionSupportProfileKey.Skaraborg, new LocalDate(2027, 1, 1), DecisionSupportTool.BViS, []);
        DecisionSupportProfileVersion[] versions = [second, first];

        Assert.Null(DecisionSupportProfileVersion.InForce(versions, DecisionSupportProfileKey.Skaraborg, new LocalDate(2026, 11, 30)));
        Assert.Same(first, DecisionSupportProfileVersion.InForce(versions, DecisionSupportProfileKey.Skaraborg, new LocalDate(2026, 12, 31)));
        Assert.Same(second, DecisionSupportProfileVersion.InForce(versions, DecisionSupportProfileKey.Skaraborg, new LocalDate(2027, 1, 1)));
        Assert.Null(DecisionSupportProfileVersion.InForce(versions, DecisionSupportProfileKey.Vgr, new LocalDate(2027, 1, 1)));
    }

    [Fact]
    public void ShouldKeepOnlyTickedLinesThatAreTheChecklistsOwnInItsOrder()
    {
        var profile = new DecisionSupportProfile(
            "Test – BViS", DecisionSupportTool.BViS,
            [new DecisionSupportTrigger("Test: andningsfrekvens över 25/min"), new DecisionSupportTrigger("Test: nytillkommen förvirring")]);

        var met = profile.Met(["Test: nytillkommen förvirring", "Ett påhittat kriterium", "Test: andningsfrekvens över 25/min", "Test: nytillkommen förvirring"]);

        Assert.Equal(["Test: andningsfrekvens över 25/min", "Test: nytillkommen förvirring"], met);
        Assert.Empty(profile.Met(null));
        Assert.Empty(DecisionSupportProfile.Skaraborg().Met(["Test: andningsfrekvens över 25/min"]));
    }
}
