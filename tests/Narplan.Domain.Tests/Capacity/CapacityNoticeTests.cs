using Narplan.Domain.Capacity;
using Narplan.Domain.Organisations;
using Narplan.Domain.Places;
using NodaTime;

namespace Narplan.Domain.Tests.Capacity;

/// <summary>
/// Seed 002: "Vid planerad förändring av antalet boende på SÄBO … ska verksamhetschef på vårdcentralen informeras … om
/// planerat antal platser samt när denna förändring är planerad". Places become dated history (issue 19 item 5).
/// </summary>
public sealed class CapacityNoticeTests
{
    private static readonly Region Vgr = new("Västra Götalandsregionen", "VGR", Narplan.Domain.Acute.DecisionSupportProfileKey.Vgr);
    private static readonly Kommun Herrljunga = new(Vgr, null, "Herrljunga");
    private static readonly LocalDate Today = 24.November(2026);
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 9, 0);

    private static CareUnit Eken() => new(Herrljunga, "Eken", CareUnitType.SarskiltBoende, 28);

    [Fact]
    public void ShouldKeepTodaysPlacesAndAnswerThePlannedNumberFromItsDate()
    {
        var unit = Eken();

        var notice = CapacityNotice.Give(unit, null, 32, 1.June(2027), Today, Now, "Per Sandberg", null);

        Assert.Equal(28, unit.Places);
        Assert.Equal(28, unit.PlacesOn(31.May(2027)));
        Assert.Equal(32, unit.PlacesOn(1.June(2027)));
        Assert.Equal(28, notice.PlacesBefore);
        Assert.Equal([1.June(2027)], unit.PlannedPlaces(Today).Select(p => p.ValidFrom));
    }

    [Fact]
    public void ShouldMakeAChangeFromTodayTheUnitsPlacesAtOnce()
    {
        var unit = Eken();

        CapacityNotice.Give(unit, null, 30, Today, Today, Now, "Per Sandberg", null);

        Assert.Equal(30, unit.Places);
        Assert.Empty(unit.PlannedPlaces(Today));
    }

    [Fact]
    public void ShouldCatchUpTodaysPlacesWhenAPlannedDateHasCome()
    {
        var unit = Eken();
        CapacityNotice.Give(unit, null, 32, 1.June(2027), Today, Now, "Per Sandberg", null);

        Assert.False(unit.CatchUpPlaces(31.May(2027)));
        Assert.True(unit.CatchUpPlaces(1.June(2027)));
        Assert.Equal(32, unit.Places);
    }

    [Theory]
    [InlineData(-1, "Places", "negativt")]
    [InlineData(null, "Places", "Ange planerat antal")]
    [InlineData(28, "Places", "har redan 28 platser")]
    public void ShouldRefuseBadPlacesBesideThePlacesField(int? places, string field, string message)
    {
        var refusal = Assert.Throws<FieldRefusal>(() => CapacityNotice.Give(Eken(), null, places, 1.June(2027), Today, Now, "Per Sandberg", null));

        Assert.Equal(field, refusal.Field);
        Assert.Contains(message, refusal.Message);
    }

    [Fact]
    public void ShouldRefuseAChangeDatedYesterdayBesideTheDateField()
    {
        var unit = Eken();

        var refusal = Assert.Throws<FieldRefusal>(() => CapacityNotice.Give(unit, null, 32, 23.November(2026), Today, Now, "Per Sandberg", null));

        Assert.Equal(nameof(CapacityNotice.EffectiveFrom), refusal.Field);
        Assert.Contains("redan varit", refusal.Message);
        Assert.Empty(unit.PlacePeriods);
    }

    [Fact]
    public void ASecondSaveOnTheSameDayShouldCorrectTodaysChangeButNeverRewriteAnEarlierPeriod()
    {
        var unit = Eken();
        unit.ChangePlaces(30, Today, Today);

        Assert.True(unit.ChangePlaces(31, Today, Today));
        Assert.Equal(31, Assert.Single(unit.PlacePeriods).Places);
        Assert.Equal(31, unit.Places);
        Assert.Equal(28, unit.PlacesOn(Today.PlusDays(-1)));
        var tomorrow = Today.PlusDays(1);
        Assert.Throws<DomainException>(() => unit.ChangePlaces(33, Today, tomorrow));
    }

    [Fact]
    public void ShouldRefuseAPeriodThatOverlapsTheLatestOne()
    {
        var unit = Eken();
        CapacityNotice.Give(unit, null, 32, 1.June(2027), Today, Now, "Per Sandberg", null);

        var sameDay = Assert.Throws<FieldRefusal>(() => CapacityNotice.Give(unit, null, 34, 1.June(2027), Today, Now, "Per Sandberg", null));
        var before = Assert.Throws<DomainException>(() => unit.ChangePlacesFrom(1.March(2027), 30, Today));

        Assert.Equal(nameof(CapacityNotice.EffectiveFrom), sameDay.Field);
        Assert.Contains("överlappar", sameDay.Message);
        Assert.Contains("överlappar", before.Message);
        Assert.Single(unit.PlacePeriods);
    }

    [Fact]
    public void ShouldBeAcknowledgedOnlyOnce()
    {
        var notice = CapacityNotice.Give(Eken(), null, 32, 1.June(2027), Today, Now, "Per Sandberg", null);

        notice.Acknowledge(Now.Plus(Duration.FromHours(2)), "Maria Ek");

        Assert.True(notice.IsAcknowledged);
        Assert.Throws<DomainException>(() => notice.Acknowledge(Now.Plus(Duration.FromHours(3)), "Maria Ek"));
    }
}
