using Narplan.Domain.Acute;
using Narplan.Domain.Organisations;
using Narplan.Domain.Places;

namespace Narplan.Domain.Tests.Organisations;

public class KommunCodeTests
{
    [Theory]
    [InlineData("1466")] // Herrljunga
    [InlineData("1494")] // Lidköping
    [InlineData("1382")] // Falkenberg
    [InlineData("0114")] // Upplands Väsby: a leading zero is part of the code
    [InlineData(" 2584 ")] // Kiruna, trimmed
    public void ShouldAcceptAnOfficialFourDigitCode(string text) =>
        Assert.Equal(text.Trim(), KommunCode.Parse(text));

    [Theory]
    [InlineData("146", "ska vara exakt fyra siffror")]
    [InlineData("14660", "ska vara exakt fyra siffror")]
    [InlineData("14a6", "ska vara exakt fyra siffror")]
    [InlineData("", "Ange kommunkoden")]
    [InlineData("0266", "länskod")] // 02 is no län since 1968
    [InlineData("1166", "länskod")] // 11 Kristianstads län was merged into Skåne (12) in 1997
    public void ShouldRefuseACodeThatIsNotFourDigitsOfALän(string text, string expected) =>
        Assert.Contains(expected, Assert.Throws<DomainException>(() => KommunCode.Parse(text)).Message);

    [Fact]
    public void ShouldRefuseANewUnitInAnEndedKommun()
    {
        var region = new Region("Västra Götalandsregionen", "VGR", DecisionSupportProfileKey.Vgr);
        var kommun = new Kommun(region, null, "Herrljunga");
        kommun.End(new NodaTime.LocalDate(2026, 1, 1));

        var unit = Assert.Throws<DomainException>(() => new CareUnit(kommun, "Hemgården", CareUnitType.SarskiltBoende, 40));
        Assert.Equal("Herrljunga är avslutad från 2026-01-01. Nya enheter kan inte skapas i en avslutad kommun.", unit.Message);
        Assert.Throws<DomainException>(() => new RegionalUnit(kommun, "Ny vårdcentral", RegionalUnitKind.Vardcentral, Ownership.Private, null));
    }

    [Fact]
    public void ShouldTellWhetherAnOrganisationExistsOnADate()
    {
        var region = new Region("Region Halland", "Halland", DecisionSupportProfileKey.Halland);
        var kommun = new Kommun(region, null, "Falkenberg");
        kommun.End(new NodaTime.LocalDate(2027, 1, 1));
        Assert.True(kommun.IsActiveOn(new NodaTime.LocalDate(2026, 12, 31)));
        Assert.False(kommun.IsActiveOn(new NodaTime.LocalDate(2027, 1, 1)));
    }
}
