using Narplan.Domain.Governance;
using NodaTime;

namespace Narplan.Domain.Tests.Governance;

/// <summary>
/// Seed 004 on DPS: "Delregionalt politiskt samråd utser ordförande och vice ordförande för två år i taget.
/// Ordförandeskapet och vice ordförandeskapet alternerar mellan kommun och VGR. Huvudregeln är att vice ordförande
/// efter två år blir ordförande och en ny vice ordförande väljs." The styrgrupp alternates the same way.
/// </summary>
public sealed class ChairRotationTests
{
    private static ChairTerm Term(int firstYear, Appointee chair, Appointee? vice) =>
        new(new DateInterval(new LocalDate(firstYear, 1, 1), new LocalDate(firstYear + 1, 12, 31)), chair, vice);

    private static readonly Appointee KommunPolitician = new("Anna Kommunsson", Principal.Kommun);
    private static readonly Appointee RegionPolitician = new("Bertil Regionsson", Principal.Region);

    [Fact]
    public void ShouldAlternateTheDpsChairBetweenKommunAndVgrOver2022To2031()
    {
        var rotation = new ChairRotation(viceBecomesChair: true);
        var terms = rotation.Rotation(Term(2022, KommunPolitician, RegionPolitician), 5).ToList();

        Assert.Equal([2022, 2024, 2026, 2028, 2030], terms.Select(t => t.FirstYear));
        Assert.Equal([2023, 2025, 2027, 2029, 2031], terms.Select(t => t.LastYear));
        Assert.Equal(
            [Principal.Kommun, Principal.Region, Principal.Kommun, Principal.Region, Principal.Kommun],
            terms.Select(t => t.Chair.Side));
        Assert.All(terms, t => Assert.NotEqual(t.Chair.Side, t.Vice!.Side));
        Assert.Equal(RegionPolitician, terms[1].Chair);
    }

    [Fact]
    public void ShouldAlternateTheStyrgruppChairWithoutNamingTheViceAsNextChair()
    {
        var rotation = new ChairRotation(viceBecomesChair: false);
        var terms = rotation.Rotation(Term(2022, RegionPolitician, KommunPolitician), 5).ToList();

        Assert.Equal(
            [Principal.Region, Principal.Kommun, Principal.Region, Principal.Kommun, Principal.Region],
            terms.Select(t => t.Chair.Side));
        Assert.Equal("Väljs", terms[1].Chair.Name);
    }

    [Fact]
    public void ShouldRefuseAThirdConsecutiveChairFromTheSameSide()
    {
        var rotation = new ChairRotation(viceBecomesChair: false);
        var history = new[] { Term(2022, KommunPolitician, RegionPolitician), Term(2024, KommunPolitician, RegionPolitician) };

        var error = Assert.Throws<DomainException>(() => rotation.Validate(history, Term(2026, KommunPolitician, RegionPolitician)));
        Assert.Contains("två perioder i rad", error.Message);
    }

    [Fact]
    public void ShouldFlagButAcceptASecondConsecutiveChairFromTheSameSide()
    {
        var rotation = new ChairRotation(viceBecomesChair: true);
        var flags = rotation.Validate([Term(2022, KommunPolitician, RegionPolitician)], Term(2024, KommunPolitician, RegionPolitician));

        Assert.Contains(flags, f => f.Contains("alternerar inte"));
        Assert.Contains(flags, f => f.Contains("Huvudregeln"));
    }

    [Fact]
    public void ShouldAcceptTheViceBecomingChairWithoutFlags()
    {
        var rotation = new ChairRotation(viceBecomesChair: true);
        var flags = rotation.Validate(
            [Term(2022, KommunPolitician, RegionPolitician)],
            Term(2024, RegionPolitician, new Appointee("Cecilia Ny", Principal.Kommun)));

        Assert.Empty(flags);
    }

    [Fact]
    public void ShouldRefuseChairAndViceFromTheSameSide()
    {
        var rotation = new ChairRotation(viceBecomesChair: true);
        Assert.Throws<DomainException>(() => rotation.Validate([], Term(2022, KommunPolitician, new Appointee("C", Principal.Kommun))));
    }

    [Fact]
    public void ShouldRefuseATermThatIsNotTwoCalendarYears()
    {
        var rotation = new ChairRotation(viceBecomesChair: true);
        var threeYears = new ChairTerm(new DateInterval(1.January(2022), 31.December(2024)), KommunPolitician, RegionPolitician);
        Assert.Throws<DomainException>(() => rotation.Validate([], threeYears));
    }
}
