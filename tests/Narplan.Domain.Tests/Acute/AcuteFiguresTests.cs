using Narplan.Domain.Acute;

namespace Narplan.Domain.Tests.Acute;

public class AcuteFiguresTests
{
    [Fact]
    public void ShouldCountContactsWithARedOrGreenAssessment()
    {
        var share = AcuteFigures.DecisionSupportShare(
        [
            new DecisionSupportAssessment(DecisionSupportTool.BViS, DecisionSupportResult.Red),
            new DecisionSupportAssessment(DecisionSupportTool.ViSam, DecisionSupportResult.Green),
            null,
        ]);

        Assert.Equal(new Share(2, 3), share);
        Assert.Equal("2 av 3 (67 %)", share.Text);
    }

    [Fact]
    public void ShouldGiveNoShareWithoutContacts()
    {
        var share = AcuteFigures.DecisionSupportShare([]);

        Assert.Null(share.Value);
        Assert.Equal("Inga kontakter", share.Text);
    }

    [Fact]
    public void ShouldCountEveryOutcomeIncludingThoseThatDidNotOccur()
    {
        var counts = AcuteFigures.OutcomeCounts(
            [AcuteContactOutcome.Advice, AcuteContactOutcome.Advice, AcuteContactOutcome.Ambulance]);

        Assert.Equal(2, counts[AcuteContactOutcome.Advice]);
        Assert.Equal(1, counts[AcuteContactOutcome.Ambulance]);
        Assert.Equal(0, counts[AcuteContactOutcome.UnplannedHomeVisit]);
        Assert.Equal(5, counts.Count);
        Assert.Equal("Oplanerat hembesök bokat", AcuteContactOutcomes.Name(AcuteContactOutcome.UnplannedHomeVisit));
    }
}
