using Narplan.Domain.Governance;

namespace Narplan.Domain.Tests.Governance;

public sealed class BodyRulesTests
{
    /// <summary>Seed 004: "en representant ifrån kommunen, en ifrån primärvård och en ifrån SÄS (sammanlagt max tre personer)".</summary>
    [Fact]
    public void ShouldRefuseAFourthExtraMemberOfTheArbetsutskott()
    {
        BodyRules.ValidateWorkingCommittee([Sector.Kommun, Sector.Primarvard, Sector.Specialistvard]);
        var error = Assert.Throws<DomainException>(() =>
            BodyRules.ValidateWorkingCommittee([Sector.Kommun, Sector.Primarvard, Sector.Specialistvard, Sector.Kommun]));
        Assert.Contains("högst 3", error.Message);
    }

    [Fact]
    public void ShouldRefuseTwoKommunRepresentativesInTheArbetsutskott() =>
        Assert.Throws<DomainException>(() => BodyRules.ValidateWorkingCommittee([Sector.Kommun, Sector.Kommun]));

    /// <summary>Seed 004: "Kommun, primärvård och specialistvård ska dock vara representerade i samtliga uppdragsgrupper."</summary>
    [Fact]
    public void ShouldRefuseAnUppdragsgruppWithoutSpecialistvard()
    {
        var assignment = Assignment.Create("Trygg hemgång", "Rutin", 1.March(2026), 31.December(2026));
        var error = Assert.Throws<DomainException>(() => BodyRules.ValidateCommission([Sector.Kommun, Sector.Primarvard], assignment));
        Assert.Contains("specialistvård saknas", error.Message);
    }

    /// <summary>Seed 004: "Uppdrag ges av styrgruppen och de ska vara tydliga och tidsbestämda."</summary>
    [Fact]
    public void ShouldRefuseAnAssignmentWithoutAnEndDate()
    {
        var error = Assert.Throws<DomainException>(() => Assignment.Create("Trygg hemgång", "Rutin", 1.March(2026), null));
        Assert.Contains("slutdatum", error.Message);
    }

    [Fact]
    public void ShouldRefuseAnAssignmentEndingBeforeItStarts() =>
        Assert.Throws<DomainException>(() => Assignment.Create("Fråga", "", 1.March(2026), 28.February(2026)));

    /// <summary>Seed 004: "Delregionalt politiskt samråd träffas fyra gånger per år."</summary>
    [Theory]
    [InlineData(3, true)]
    [InlineData(4, false)]
    [InlineData(5, false)]
    public void ShouldFlagAYearWithFewerThanFourDpsMeetings(int meetings, bool flagged) =>
        Assert.Equal(flagged, BodyRules.PoliticalConsultationMeetingFlag(2026, meetings) is not null);

    /// <summary>Seed 004 on the lokal ledningsgrupp: "Kommunen ansvarar för ordförandeskapet och kallar till möten."</summary>
    [Fact]
    public void ShouldRefuseARegionChairOfTheLokalLedningsgrupp() =>
        Assert.Throws<DomainException>(() => BodyRules.ValidateLocalManagementChair(Principal.Region));
}
