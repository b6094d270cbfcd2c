using Narplan.Domain.OnCall;
using Narplan.Domain.Organisations;
using Narplan.Domain.Patients;
using Narplan.Domain.Places;
using NodaTime;

namespace Narplan.Domain.Tests.OnCall;

public class PatientOnCallRouteTests
{
    private static readonly Region Vgr = new("Västra Götalandsregionen", "VGR", Narplan.Domain.Acute.DecisionSupportProfileKey.Vgr);
    private static readonly Kommun Lidkoping = new(Vgr, null, "Lidköping");
    private static readonly LocalDate Today = 24.November(2026);
    private static readonly CareUnit HomeNorth = new(Lidkoping, "Hemvårdsområde Norr", CareUnitType.OrdinartBoende, 120);
    private static readonly CareUnit Fregatten = new(Lidkoping, "Korttidsenheten Fregatten", CareUnitType.Korttidsboende, 20);
    private static readonly CareUnit Galeasen = Respite(new(Lidkoping, "Galeasen", CareUnitType.Korttidsboende, 10));

    private static CareUnit Respite(CareUnit unit)
    {
        unit.MarkRespiteKeepingRegularDoctor(true);
        return unit;
    }

    private static CareUnit? UnitOf(Guid id) => new[] { HomeNorth, Fregatten, Galeasen }.SingleOrDefault(u => u.Id == id);

    /// <summary>At home from 1 March 2026, with a korttids stay at <paramref name="at"/> over midsommar 2026 (15–26 June).</summary>
    private static Patient WithStay(CareUnit at, LocalDate? lastDay = null)
    {
        var patient = Patient.Enrol(
            IdentityNumber.ParseOrThrow("19121212-1212", Today), "Tolvan Tolvansson", HomeNorth, 1.March(2026), null, Today);
        patient.StartShortTermStay(at, 15.June(2026), lastDay ?? 26.June(2026), null, Today);
        return patient;
    }

    [Fact]
    public void ShouldRouteToTheKorttidsUnitOnMidsummerEveDuringAStay()
    {
        var route = PatientOnCallRoute.For(WithStay(Fregatten), 19.June(2026), UnitOf);

        Assert.Equal(PatientRouteReason.ShortTermCare, route.Reason);
        Assert.Equal(Fregatten.Id, route.UnitId);
        Assert.Equal(27.June(2026), route.Until);
        Assert.Equal(15.June(2026), route.Stay!.On);
    }

    [Fact]
    public void ShouldKeepTheOwnUnitDuringAStayAtAVaxelvardUnit()
    {
        var route = PatientOnCallRoute.For(WithStay(Galeasen), 19.June(2026), UnitOf);

        Assert.Equal(PatientRouteReason.RespiteKeepsRegularDoctor, route.Reason);
        Assert.Equal(HomeNorth.Id, route.UnitId);
        Assert.NotNull(route.Stay);
    }

    [Theory]
    [InlineData(2026, 6, 15, true)]   // first day, included
    [InlineData(2026, 6, 26, true)]   // last day, included
    [InlineData(2026, 6, 14, false)]  // the day before
    [InlineData(2026, 6, 27, false)]  // the day after
    public void ShouldCoverTheFirstAndLastDayOfTheStayAndNoOther(int year, int month, int day, bool atKorttids)
    {
        var route = PatientOnCallRoute.For(WithStay(Fregatten), new LocalDate(year, month, day), UnitOf);

        Assert.Equal(atKorttids ? Fregatten.Id : HomeNorth.Id, route.UnitId);
    }

    [Fact]
    public void ShouldSayWhenAPlannedStayStartsBeforeIt()
    {
        var route = PatientOnCallRoute.For(WithStay(Fregatten), 1.June(2026), UnitOf);

        Assert.Equal((PatientRouteReason.OwnUnit, (LocalDate?)15.June(2026)), (route.Reason, route.Until));
    }

    [Fact]
    public void AnOpenEndedStayShouldRouteToTheKorttidsUnitUntilItIsEnded()
    {
        var patient = Patient.Enrol(
            IdentityNumber.ParseOrThrow("19121212-1212", Today), "Tolvan Tolvansson", HomeNorth, 1.March(2026), null, Today);
        patient.StartShortTermStay(Fregatten, 15.June(2026), null, null, Today);

        var route = PatientOnCallRoute.For(patient, 24.December(2026), UnitOf);

        Assert.Equal((PatientRouteReason.ShortTermCare, Fregatten.Id, (LocalDate?)null), (route.Reason, route.UnitId, route.Until));
    }

    [Fact]
    public void AStayAtAnUnknownUnitShouldLeaveThePatientWithTheirOwnUnit()
    {
        var route = PatientOnCallRoute.For(WithStay(Fregatten), 19.June(2026), _ => null);

        Assert.Equal((PatientRouteReason.OwnUnit, HomeNorth.Id), (route.Reason, route.UnitId));
    }
}
