using Narplan.Domain.Organisations;
using Narplan.Domain.Places;
using Narplan.Domain.Responsibility;

namespace Narplan.Domain.Tests.Places;

public class CareUnitResponsibilityTests
{
    private static readonly Region Vgr = new("Västra Götalandsregionen", "VGR", Narplan.Domain.Acute.DecisionSupportProfileKey.Vgr);
    private static readonly Kommun Lidkoping = new(Vgr, null, "Lidköping");
    private static readonly RegionalUnit CentreA = new(Lidkoping, "Närhälsan Lidköping vårdcentral", RegionalUnitKind.Vardcentral, Ownership.Public, "031-390 06 01");
    private static readonly RegionalUnit CentreB = new(Lidkoping, "Vårdcentralen Lidköping Centrum", RegionalUnitKind.Vardcentral, Ownership.Private, null);

    private static CareUnit Backliden() => new(Lidkoping, "Bäckliden", CareUnitType.SarskiltBoende, 54);

    [Fact]
    public void ShouldAnswerTheResponsibilityInForceOnADate()
    {
        var unit = Backliden();
        unit.AssignResponsibility(CentreA, null, null, MeetingForm.PaPlats, 1.January(2023));
        unit.AssignResponsibility(CentreB, null, null, MeetingForm.Teams, 1.January(2026));

        Assert.Equal(CentreA.Id, unit.ResponsibilityOn(31.December(2025))!.CareCentreId);
        Assert.Equal(CentreB.Id, unit.ResponsibilityOn(1.January(2026))!.CareCentreId);
        Assert.Null(unit.ResponsibilityOn(31.December(2022)));
    }

    [Fact]
    public void ShouldKeepHistoryWhenTheVardcentralChanges()
    {
        var unit = Backliden();
        unit.AssignResponsibility(CentreA, null, null, MeetingForm.PaPlats, 1.January(2023));
        unit.AssignResponsibility(CentreB, null, null, MeetingForm.PaPlats, 1.January(2026));

        Assert.Equal(2, unit.Responsibilities.Count);
        Assert.Equal(1.January(2026), unit.Responsibilities[0].ValidUntil);
        Assert.Null(unit.Responsibilities[1].ValidUntil);
    }

    [Fact]
    public void ShouldHaveExactlyOneResponsibleVardcentralOnEveryDayAfterTheFirst()
    {
        var unit = Backliden();
        unit.AssignResponsibility(CentreA, null, null, MeetingForm.PaPlats, 1.January(2023));
        unit.AssignResponsibility(CentreB, null, null, MeetingForm.PaPlats, 29.February(2024));
        unit.AssignResponsibility(CentreA, null, null, MeetingForm.PaPlats, 1.March(2024));

        for (var day = 1.January(2023); day <= 31.December(2026); day = day.PlusDays(1))
        {
            Assert.Single(unit.Responsibilities, r => r.Covers(day));
        }

        Assert.Equal(CentreB.Id, unit.ResponsibilityOn(29.February(2024))!.CareCentreId);
    }

    [Theory]
    [InlineData(2026, 1, 1, "same start as the current period")]
    [InlineData(2025, 6, 1, "inside the current period")]
    [InlineData(2022, 1, 1, "before all history")]
    public void ShouldRefuseAnOverlappingResponsibility(int year, int month, int day, string description)
    {
        var unit = Backliden();
        unit.AssignResponsibility(CentreA, null, null, MeetingForm.PaPlats, 1.January(2023));
        unit.AssignResponsibility(CentreB, null, null, MeetingForm.PaPlats, 1.January(2026));

        var error = Assert.Throws<DomainException>(() =>
            unit.AssignResponsibility(CentreA, null, null, MeetingForm.PaPlats, new NodaTime.LocalDate(year, month, day)));

        Assert.Contains("överlappar", error.Message);
        Assert.True(unit.Responsibilities.Count == 2, description);
    }

    [Fact]
    public void ShouldRefuseToLeaveASaboWithoutAResponsibleVardcentral()
    {
        var unit = Backliden();
        unit.AssignResponsibility(CentreA, null, null, MeetingForm.PaPlats, 1.January(2023));

        var error = Assert.Throws<DomainException>(() => unit.EndResponsibility(1.January(2026)));

        Assert.Contains("alltid ha en ansvarig vårdcentral", error.Message);
        Assert.Null(unit.Responsibilities.Single().ValidUntil);
    }

    [Fact]
    public void ShouldAllowEndingResponsibilityForAnLssBostad()
    {
        var unit = new CareUnit(Lidkoping, "Gruppbostad", CareUnitType.LssBostad, 6);
        unit.AssignResponsibility(CentreA, null, null, MeetingForm.PaVardcentralen, 1.January(2023));

        unit.EndResponsibility(1.July(2026));

        Assert.Null(unit.ResponsibilityOn(1.July(2026)));
        Assert.NotNull(unit.ResponsibilityOn(30.June(2026)));
    }

    [Fact]
    public void ShouldRefuseAUnitDoctorForDagverksamhet()
    {
        var unit = new CareUnit(Lidkoping, "Dagverksamheten", CareUnitType.Dagverksamhet, 20);

        Assert.Throws<DomainException>(() => unit.AssignResponsibility(CentreA, null, null, MeetingForm.PaPlats, 1.January(2026)));
    }

    [Fact]
    public void ShouldRefuseAResponsibilityHeldByABvc()
    {
        var bvc = new RegionalUnit(Lidkoping, "BVC", RegionalUnitKind.Bvc, Ownership.Public, null);

        Assert.Throws<DomainException>(() => Backliden().AssignResponsibility(bvc, null, null, MeetingForm.PaPlats, 1.January(2026)));
    }

    [Fact]
    public void ShouldRefuseAnInvalidDirectPhoneNumber()
    {
        var error = Assert.Throws<DomainException>(() =>
            Backliden().AssignResponsibility(CentreA, null, "ring mig", MeetingForm.PaPlats, 1.January(2026)));

        Assert.Contains("telefonnummer", error.Message);
    }

    [Fact]
    public void ShouldMarkOnlyKorttidsboendeAsVaxelvard()
    {
        var galeasen = new CareUnit(Lidkoping, "Galeasen", CareUnitType.Korttidsboende, 10);
        galeasen.MarkRespiteKeepingRegularDoctor(true);

        Assert.True(galeasen.RespiteKeepsRegularDoctor);
        Assert.Throws<DomainException>(() => Backliden().MarkRespiteKeepingRegularDoctor(true));
    }

    [Theory]
    [InlineData("", 10)]
    [InlineData("Bäckliden", -1)]
    [InlineData("Bäckliden", 10_001)]
    public void ShouldRefuseInvalidUnitDetails(string name, int places)
    {
        Assert.Throws<DomainException>(() => new CareUnit(Lidkoping, name, CareUnitType.SarskiltBoende, places));
    }
}
