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

/// <summary>Issue 20 / DOMAIN.md §10: Socialstyrelsen's items for the last week of life, n of N among expected deaths (decision 0088).</summary>
public class PalliativeLastWeekFiguresTests
{
    private static DeathForFollowUp Expected(bool conversation, bool? pain, bool? oral, bool? opioid, bool? anxiolytic, bool? ulcers) =>
        new(Guid.NewGuid(), true, conversation, new LastWeekOfLife(pain, oral, opioid, anxiolytic, ulcers));

    [Fact]
    public void ShouldCountEachItemAmongExpectedDeathsWithUnknownAsNotDone()
    {
        DeathForFollowUp[] deaths =
        [
            Expected(true, true, true, true, true, true),
            Expected(true, true, false, true, null, true),
            Expected(false, null, null, null, null, null),
            // A death recorded before the items existed: no answers at all.
            new(Guid.NewGuid(), true, true),
            // An unexpected death counts among the deaths only, whatever was answered.
            new(Guid.NewGuid(), false, false, new LastWeekOfLife(true, true, true, true, true)),
        ];

        var figures = PalliativeFigures.For(deaths);

        Assert.Equal(5, figures.Deaths);
        Assert.Equal(4, figures.ExpectedDeaths);
        Assert.Equal(new TargetShare(3, 4, 98), figures.BreakpointConversation.Share);
        Assert.Equal(new TargetShare(2, 4, 100), figures.PainRating.Share);
        Assert.Equal(2, figures.PainRating.Unknown);
        Assert.Equal(new TargetShare(1, 4, 90), figures.OralHealthAssessment.Share);
        Assert.Equal(2, figures.OralHealthAssessment.Unknown);
        Assert.Equal(new TargetShare(2, 4, 98), figures.AsNeededOpioid.Share);
        Assert.Equal(new TargetShare(1, 4, 98), figures.AsNeededAnxiolytic.Share);
        Assert.Equal(3, figures.AsNeededAnxiolytic.Unknown);
        Assert.Equal(new TargetShare(2, 4, 90), figures.FreeOfPressureUlcers.Share);
        Assert.Equal(
            ["Brytpunktssamtal", "Smärtskattning", "Munhälsobedömning", "Vid behov-ordination av opioid", "Vid behov-ordination av ångestdämpande", "Fri från trycksår"],
            figures.Items.Select(i => i.Name));
    }

    [Fact]
    public void ShouldMeetThePainRatingTargetOnlyAtOneHundredPercent()
    {
        var all = PalliativeFigures.For([Expected(true, true, true, true, true, true), Expected(true, true, true, true, true, true)]);
        var oneMissing = PalliativeFigures.For([Expected(true, true, true, true, true, true), Expected(true, false, true, true, true, true)]);

        Assert.True(all.PainRating.Share.MeetsTarget);
        Assert.False(oneMissing.PainRating.Share.MeetsTarget);
        Assert.Null(PalliativeFigures.For([]).PainRating.Share.MeetsTarget);
    }
}
