using Narplan.Domain.Governance;

namespace Narplan.Domain.Tests.Governance;

public sealed class PopulationFileTests
{
    private static readonly string[] Expected = ["1466", "1490"];

    [Fact]
    public void ShouldReadScbsCodeAndNameInOneFieldWithSpacesInNumbers()
    {
        var rows = PopulationFile.Parse("\uFEFFregion;Folkmängd\n\"1466 Herrljunga\";\"9 512\"\n\"1490 Borås\";\"114 137\"\n", Expected);
        Assert.Equal([("1466", "Herrljunga", 9512L), ("1490", "Borås", 114137L)], rows.Select(r => (r.KommunCode, r.Name, r.Population)));
    }

    [Fact]
    public void ShouldReadThreeColumnsWithCommas()
    {
        var rows = PopulationFile.Parse("1466,Herrljunga,9512\r\n1490,Borås,114137\r\n", Expected);
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public void ShouldRefuseAFileWithAMissingKommun()
    {
        var error = Assert.Throws<DomainException>(() => PopulationFile.Parse("1466;Herrljunga;9512", Expected));
        Assert.Contains("1490", error.Message);
    }

    [Fact]
    public void ShouldRefuseADuplicateCodeWithItsLineNumber()
    {
        var error = Assert.Throws<DomainException>(() => PopulationFile.Parse("1466;Herrljunga;9512\n1466;Herrljunga;9512\n1490;Borås;1", Expected));
        Assert.Contains("Rad 2", error.Message);
    }

    [Theory]
    [InlineData("146;Herrljunga;9512")]
    [InlineData("1466;Herrljunga;-5")]
    [InlineData("1466;Herrljunga;många")]
    public void ShouldRefuseABadRow(string line) =>
        Assert.Throws<DomainException>(() => PopulationFile.Parse(line + "\n1490;Borås;1", Expected));
}
