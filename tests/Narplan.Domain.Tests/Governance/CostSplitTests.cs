using Narplan.Domain.Governance;

namespace Narplan.Domain.Tests.Governance;

/// <summary>
/// Seed 004: "VGR betalar 50 procent och kommunerna 50 procent av kostnaderna, baserat på befolkningsmängd den 1 juli
/// föregående år." The eight kommuner of Södra Älvsborg with their official codes; the populations are invented
/// round figures for the test.
/// </summary>
public sealed class CostSplitTests
{
    private static readonly KommunPopulation[] SodraAlvsborg =
    [
        new("1442", "Vårgårda", 12_000),
        new("1443", "Bollebygd", 9_900),
        new("1452", "Tranemo", 11_700),
        new("1463", "Mark", 35_000),
        new("1465", "Svenljunga", 10_600),
        new("1466", "Herrljunga", 9_500),
        new("1490", "Borås", 114_000),
        new("1491", "Ulricehamn", 25_100),
    ];

    [Fact]
    public void ShouldGiveTheKommunerExactlyHalfOfAMillionKronor()
    {
        var split = CostSplit.Split(1_000_000, SodraAlvsborg);
        Assert.Equal(500_000, split.RegionKronor);
        Assert.Equal(500_000, split.KommunerKronor);
        Assert.Equal(500_000, split.Kommuner.Sum(k => k.Kronor));
        Assert.Equal(8, split.Kommuner.Count);
    }

    [Theory]
    [InlineData(1_000_001)]
    [InlineData(999_999)]
    [InlineData(7)]
    [InlineData(0)]
    [InlineData(123_456_789)]
    public void ShouldAlwaysAddUpToTheTotal(long total)
    {
        var split = CostSplit.Split(total, SodraAlvsborg);
        Assert.Equal(total, split.RegionKronor + split.Kommuner.Sum(k => k.Kronor));
        Assert.True(split.RegionKronor <= split.KommunerKronor);
    }

    [Fact]
    public void ShouldSplitByPopulationWithEachPartWithinOneKronaOfItsExactShare()
    {
        var split = CostSplit.Split(1_000_000, SodraAlvsborg);
        var population = SodraAlvsborg.Sum(k => k.Population);
        foreach (var part in split.Kommuner)
        {
            var exact = 500_000m * part.Kommun.Population / population;
            Assert.InRange(part.Kronor, Math.Floor(exact), Math.Floor(exact) + 1);
        }
    }

    [Fact]
    public void ShouldRefuseADuplicateKommunCode()
    {
        var error = Assert.Throws<DomainException>(() => CostSplit.Split(1_000, [.. SodraAlvsborg, new("1490", "Borås igen", 1)]));
        Assert.Contains("1490", error.Message);
    }

    [Fact]
    public void ShouldRefuseANegativeBudget() =>
        Assert.Throws<DomainException>(() => CostSplit.Split(-1, SodraAlvsborg));
}
