using Narplan.Domain.Acute;
using Narplan.Domain.Organisations;
using Narplan.Domain.Places;
using Narplan.Domain.Responsibility;

namespace Narplan.Domain.Tests.Places;

/// <summary>Seed 002: "Det kan vara en till två läkare kopplade till respektive hemvårdsområde".</summary>
public class RegularDoctorsTests
{
    private static readonly Region Vgr = new("Västra Götalandsregionen", "VGR", DecisionSupportProfileKey.Vgr);
    private static readonly Kommun Lidkoping = new(Vgr, null, "Lidköping");
    private static readonly RegionalUnit Narhalsan = new(Lidkoping, "Närhälsan Lidköping vårdcentral", RegionalUnitKind.Vardcentral, Ownership.Public, "031-390 06 01");
    private static readonly Guid Eriksson = Guid.NewGuid(), Wallin = Guid.NewGuid(), Berg = Guid.NewGuid();

    private static CareUnit Norr() => new(Lidkoping, "Hemvårdsområde Norr", CareUnitType.OrdinartBoende, 120);

    [Fact]
    public void ShouldKeepTwoRegularDoctorsOfAHemvardsomradeInTheOrderGiven()
    {
        var unit = Norr();

        var responsibility = unit.AssignResponsibilityWithDoctors(Narhalsan, [Wallin, Eriksson], null, MeetingForm.PaPlats, 1.January(2026));

        Assert.Equal([Wallin, Eriksson], responsibility.RegularDoctorIds);
        Assert.Equal(Wallin, responsibility.RegularDoctorId);
        Assert.Equal(Eriksson, responsibility.SecondRegularDoctorId);
        Assert.Equal([Wallin, Eriksson], unit.ResponsibilityOn(2.February(2026))!.RegularDoctorIds);
    }

    [Fact]
    public void ShouldRefuseAThirdDoctorOnAUnitWithASwedishMessageAndKeepTheCurrentResponsibility()
    {
        var unit = Norr();
        unit.AssignResponsibilityWithDoctors(Narhalsan, [Eriksson], null, MeetingForm.PaPlats, 1.January(2026));

        var e = Assert.Throws<DomainException>(() =>
            unit.AssignResponsibilityWithDoctors(Narhalsan, [Eriksson, Wallin, Berg], null, MeetingForm.PaPlats, 1.March(2026)));

        Assert.Contains("högst två fasta läkarkontakter", e.Message);
        Assert.Single(unit.Responsibilities);
        Assert.Null(unit.Responsibilities[0].ValidUntil);
    }

    [Fact]
    public void ShouldRefuseTheSameDoctorAsBothFirstAndSecond()
    {
        var e = Assert.Throws<DomainException>(() =>
            Norr().AssignResponsibilityWithDoctors(Narhalsan, [Eriksson, Eriksson], null, MeetingForm.PaPlats, 1.January(2026)));

        Assert.Contains("Samma läkare", e.Message);
    }

    [Fact]
    public void ShouldKeepOneDoctorOrNoneAsBefore()
    {
        Assert.Equal([Eriksson], Norr().AssignResponsibility(Narhalsan, Eriksson, null, MeetingForm.PaPlats, 1.January(2026)).RegularDoctorIds);
        Assert.Empty(Norr().AssignResponsibility(Narhalsan, null, null, MeetingForm.PaPlats, 1.January(2026)).RegularDoctorIds);
    }

    [Theory]
    [InlineData("Sofia Eriksson; Oskar Wallin", new[] { "Sofia Eriksson", "Oskar Wallin" })]
    [InlineData("Sofia Eriksson och Oskar Wallin", new[] { "Sofia Eriksson", "Oskar Wallin" })]
    [InlineData("Sofia Eriksson, Oskar Wallin, Lisa Berg", new[] { "Sofia Eriksson", "Oskar Wallin", "Lisa Berg" })]
    [InlineData("  ", new string[0])]
    public void ShouldSplitABilaga1DoctorCellIntoNamesInOrder(string cell, string[] names)
    {
        Assert.Equal(names, RegularDoctorNames.Split(cell));
    }

    [Fact]
    public void ShouldWriteTwoDoctorsInOrderSeparatedBySemicolon()
    {
        Assert.Equal("Sofia Eriksson; Oskar Wallin", RegularDoctorNames.Join(["Sofia Eriksson", null, "Oskar Wallin"]));
        Assert.Null(RegularDoctorNames.Join([null, " "]));
    }
}
