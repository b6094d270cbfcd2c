using Narplan.Domain.Palliative;

namespace Narplan.Domain.Tests.Palliative;

public class PalliativeFiguresTests
{
    private static IEnumerable<DeathForFollowUp> Deaths(int withConversation, int without, int unexpected) =>
        Enumerable.Range(0, withConversation).Select(_ => new DeathForFollowUp(Guid.NewGuid(), true, true))
            .Concat(Enumerable.Range(0, without).Select(_ => new DeathForFollowUp(Guid.NewGuid(), true, false)))
            .Concat(Enumerable.Range(0, unexpected).Select(_ => new DeathForFollowUp(Guid.NewGuid(), false, false)));

    [Fact]
    public void ShouldMeetTheTargetAtExactly98Percent()
    {
        var share = PalliativeFigures.BreakpointConversationShare(Deaths(49, 1, 3));

        Assert.Equal(new TargetShare(49, 50, 98), share);
        Assert.True(share.MeetsTarget);
        Assert.Equal("49 av 50 (98 %), mål minst 98 %", share.Text);
    }

    [Fact]
    public void ShouldMissTheTargetJustBelow98Percent()
    {
        var share = PalliativeFigures.BreakpointConversationShare(Deaths(48, 1, 0));

        Assert.False(share.MeetsTarget);
        Assert.Equal(48.0 / 49, share.Value);
    }

    [Fact]
    public void ShouldCountOnlyExpectedDeathsAndListThoseWithoutAConversation()
    {
        var deaths = Deaths(2, 1, 5).ToList();

        Assert.Equal(3, PalliativeFigures.BreakpointConversationShare(deaths).Total);
        Assert.Equal([deaths[2].PatientId], PalliativeFigures.ExpectedDeathsWithoutBreakpointConversation(deaths));
    }

    [Fact]
    public void ShouldSayThereIsNothingToCountWithoutExpectedDeaths()
    {
        var share = PalliativeFigures.BreakpointConversationShare(Deaths(0, 0, 2));

        Assert.Null(share.Value);
        Assert.Null(share.MeetsTarget);
        Assert.Equal("Inga fall att räkna, mål minst 98 %", share.Text);
    }
}
