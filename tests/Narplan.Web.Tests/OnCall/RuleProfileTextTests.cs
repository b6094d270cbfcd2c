using Narplan.Domain.OnCall;
using Narplan.Web.Features.OnCall;

namespace Narplan.Web.Tests.OnCall;

public class RuleProfileTextTests
{
    [Fact]
    public void TheVgrPresetShouldRoundTripThroughTheTextBoxes()
    {
        var vgr = SeedOnCallProfiles.Skaraborg();

        var (numbers, numberErrors) = RuleProfileText.ParseNumbers(RuleProfileText.FormatNumbers(vgr.OnCallNumbers));
        var (steps, stepErrors) = RuleProfileText.ParseSteps(RuleProfileText.FormatSteps(vgr.EscalationSteps));

        Assert.Empty(numberErrors);
        Assert.Empty(stepErrors);
        Assert.Equal(vgr.OnCallNumbers, numbers);
        Assert.Equal(vgr.EscalationSteps, steps);
        Assert.Equal(vgr.Scope, RuleProfileText.ParseScope(RuleProfileText.FormatScope(vgr.Scope)));
    }

    [Fact]
    public void ABadLineShouldBeNamedByItsNumberAndNothingElseLost()
    {
        var (numbers, errors) = RuleProfileText.ParseNumbers("Beredskapsläkare | 077-011 02 88 | intern\n\nReserv | 12ab");

        Assert.Single(numbers);
        Assert.Equal(["Jourens nummer, rad 3: ”12ab” är inte ett giltigt telefonnummer."], errors);
    }

    [Fact]
    public void AProfileShouldNeedAtLeastOneOnCallNumber()
    {
        var (_, errors) = RuleProfileText.ParseNumbers("  \n ");

        Assert.Equal(["Ange minst ett nummer till beredskapsjouren."], errors);
    }
}
