using Narplan.Domain.Acute;
using Narplan.Domain.OnCall;
using Narplan.Domain.Tests.OnCall;
using NodaTime;

namespace Narplan.Domain.Tests.Acute;

public class AcuteContactTests
{
    private static readonly Instant Called = 24.December(2026).At(21, 0);

    private static OnCallAnswer Jour(ResponsePromises? promises) => new()
    {
        Kind = ResponderKind.Beredskapsjour,
        ResponderName = "Beredskapsläkare",
        Phone = "077-011 02 88",
        From = Called,
        Until = 25.December(2026).At(8, 0),
        Next = new OnCallHandover(ResponderKind.Beredskapsjour, "Beredskapsläkare", 25.December(2026).At(8, 0)),
        CallOrder = [],
        Promises = promises,
    };

    private static AcuteContact Contact(ResponsePromises? promises = null) => AcuteContact.Record(
        Guid.NewGuid(), Guid.NewGuid(), Called, "Ida Sjöström", "Andfådd",
        new VitalSigns(24, 93, SpO2Scale.Scale1, AirOrOxygen.Air, 105, 118, Consciousness.Alert, 38.4m),
        new DecisionSupportAssessment(DecisionSupportTool.BViS, DecisionSupportResult.Red), null, null,
        Jour(promises ?? SeedOnCallProfiles.Skaraborg().Promises));

    [Fact]
    public void ShouldKeepTheNews2ResultAndThePromisesInForceAtTheCall()
    {
        var contact = Contact();

        Assert.Equal(8, contact.News2Total);
        Assert.Equal(News2Band.High, contact.News2Band);
        Assert.Equal(30, contact.TelephonePromiseMinutes);
        Assert.Equal(120, contact.OnSitePromiseMinutes);
        Assert.Equal(Duration.FromMinutes(30), contact.Promises!.TelephoneContactWithin);
    }

    [Fact]
    public void ShouldKeepTheTickedTriggersTrimmedOnceEachAndNoneByDefault()
    {
        var contact = AcuteContact.Record(
            Guid.NewGuid(), Guid.NewGuid(), Called, "Ida Sjöström", "Andfådd", new VitalSigns(Pulse: 118), null, null, null,
            Jour(SeedOnCallProfiles.Skaraborg().Promises), [" Puls över 130/min ", "Puls över 130/min", ""]);

        Assert.Equal(["Puls över 130/min"], contact.TriggersMet);
        Assert.Empty(Contact().TriggersMet);
    }

    [Fact]
    public void ShouldRefuseADoctorAnswerInTheFuture()
    {
        var contact = Contact();

        var refused = Assert.Throws<DomainException>(() => contact.RecordTimes(24.December(2026).At(22, 0), null, null, 24.December(2026).At(21, 30)));

        Assert.Contains("framtiden", refused.Message);
        Assert.Null(contact.DoctorAnswered);
    }

    [Fact]
    public void ShouldCountAnAnswerAfter31MinutesAsOverThePromise()
    {
        var contact = Contact();
        contact.RecordTimes(24.December(2026).At(21, 31), null, null, 24.December(2026).At(23, 0));

        Assert.Equal(PromiseStatus.Over, contact.Evaluate().Telephone.Status);
    }

    [Fact]
    public void ShouldBookAnUnplannedVisitAfterJulaftonNoLaterThanMonday28December()
    {
        var contact = Contact();
        contact.RecordTimes(24.December(2026).At(21, 10), null, null, 24.December(2026).At(23, 0));

        Assert.Equal(28.December(2026), contact.LatestUnplannedVisitDate);
        Assert.Throws<DomainException>(() => contact.RecordOutcome(AcuteContactOutcome.UnplannedHomeVisit, 29.December(2026), null));
        contact.RecordOutcome(AcuteContactOutcome.UnplannedHomeVisit, 28.December(2026), null);
        Assert.Equal(28.December(2026), contact.UnplannedVisitOn);
    }

    [Fact]
    public void ShouldNotApplyPromisesWhenTheResolverGaveNone()
    {
        var contact = AcuteContact.Record(
            Guid.NewGuid(), Guid.NewGuid(), Called, "Ida", "Feber", new VitalSigns(), null, null, null, Jour(null) with { Promises = null });

        Assert.Null(contact.Promises);
        Assert.Equal(PromiseStatus.NotApplicable, contact.Evaluate().Telephone.Status);
        Assert.Null(contact.News2Total);
    }
}
