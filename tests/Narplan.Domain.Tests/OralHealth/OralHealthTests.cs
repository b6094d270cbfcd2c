using Narplan.Domain.OralHealth;
using Narplan.Domain.Organisations;
using Narplan.Domain.Places;

namespace Narplan.Domain.Tests.OralHealth;

/// <summary>
/// Seed 000, "Munhälsa – uppsökande och nödvändig tandvård": "Personer med intyg om nödvändig tandvård årligen erbjuds
/// munhälsobedömning" and "Intygsutfärdare regelbundet genomgår utbildning".
/// </summary>
public sealed class OralHealthTests
{
    private static readonly Region Vgr = new("Västra Götalandsregionen", "VGR", Narplan.Domain.Acute.DecisionSupportProfileKey.Vgr);
    private static readonly Kommun Herrljunga = new(Vgr, null, "Herrljunga");
    private static readonly Kommun Lidkoping = new(Vgr, null, "Lidköping");
    private static readonly CareUnit Hagagarden = new(Herrljunga, "Hagagården", CareUnitType.SarskiltBoende, 40);
    private static readonly CareUnit Lugnet = new(Lidkoping, "Lugnet", CareUnitType.SarskiltBoende, 30);

    private static OralHealthCertifier Certifier(NodaTime.LocalDate? trained = null) =>
        OralHealthCertifier.Appoint(Herrljunga.Id, Hagagarden, "Hedda Testberg", trained, 2.December(2026));

    [Fact]
    public void ShouldMakeTheMunhalsobedomningDueOneYearAfterTheLast()
    {
        var record = OralHealthRecord.Issue(Guid.NewGuid(), Herrljunga.Id, Certifier(), 10.March(2025), 2.December(2026));
        record.RecordAssessment(14.April(2025), 2.December(2026));

        Assert.Equal(14.April(2026), record.AssessmentDueOn);
        Assert.False(record.IsOverdueOn(14.April(2026)));
        Assert.True(record.IsOverdueOn(15.April(2026)));
    }

    [Fact]
    public void ShouldMakeTheFirstBedomningDueOneYearAfterTheNIntyg()
    {
        var record = OralHealthRecord.Issue(Guid.NewGuid(), Herrljunga.Id, Certifier(), 29.February(2024), 2.December(2026));

        Assert.Equal(28.February(2025), record.AssessmentDueOn);
    }

    [Fact]
    public void ShouldKeepTheDueDateWhenTheOfferIsDeclined()
    {
        var record = OralHealthRecord.Issue(Guid.NewGuid(), Herrljunga.Id, Certifier(), 10.March(2025), 2.December(2026));

        record.RecordOffer(1.March(2026), declined: true, 2.December(2026));

        Assert.True(record.LastOfferDeclined);
        Assert.Equal(10.March(2026), record.AssessmentDueOn);
    }

    [Fact]
    public void ShouldFlagTrainingOlderThanTheIntervalOrMissing()
    {
        Assert.False(Certifier(2.December(2024)).IsTrainingDueOn(2.December(2026)));
        Assert.True(Certifier(1.December(2024)).IsTrainingDueOn(2.December(2026)));
        Assert.True(Certifier().IsTrainingDueOn(2.December(2026)));
    }

    [Fact]
    public void ShouldRefuseAnIntygsutfardareForAUnitOutsideTheKommun()
    {
        var refusal = Assert.Throws<FieldRefusal>(() => OralHealthCertifier.Appoint(Herrljunga.Id, Lugnet, "Hedda Testberg", null, 2.December(2026)));

        Assert.Equal("CareUnitId", refusal.Field);
        Assert.Contains("hör inte till kommunen", refusal.Message);
    }

    [Fact]
    public void ShouldRefuseAnNIntygByAnotherKommunsIntygsutfardare()
    {
        var refusal = Assert.Throws<FieldRefusal>(() => OralHealthRecord.Issue(Guid.NewGuid(), Lidkoping.Id, Certifier(), 10.March(2025), 2.December(2026)));

        Assert.Equal("CertifierId", refusal.Field);
    }

    [Fact]
    public void ShouldRefuseATrainingDateInTheFuture()
    {
        var certifier = Certifier(1.December(2024));

        var refusal = Assert.Throws<FieldRefusal>(() => certifier.RecordTraining(3.December(2026), 2.December(2026)));

        Assert.Equal("TrainedOn", refusal.Field);
        Assert.Equal(1.December(2024), certifier.LastTrainedOn);
    }
}
