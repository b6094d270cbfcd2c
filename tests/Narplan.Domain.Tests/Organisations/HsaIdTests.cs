using Narplan.Domain.Organisations;

namespace Narplan.Domain.Tests.Organisations;

/// <summary>HSA-id: "SE" + the issuing organisation's ten-digit organisation number (Luhn-checked) + "-" + an alphanumeric suffix.</summary>
public class HsaIdTests
{
    [Theory]
    [InlineData("SE2321000131-E000000000001", "SE2321000131-E000000000001")] // the example
    [InlineData("  se2321000016-abc123 ", "SE2321000016-ABC123")] // trimmed, upper case
    [InlineData("SE2120001462-1", "SE2120001462-1")] // a one-character suffix
    public void ShouldAcceptAWellFormedHsaIdInCanonicalForm(string text, string canonical)
    {
        Assert.True(HsaId.TryParse(text, out var id));
        Assert.Equal(canonical, id.Value);
        Assert.Equal(canonical, HsaId.Parse(text).ToString());
    }

    [Fact]
    public void ShouldExposeTheIssuingOrganisationNumber() =>
        Assert.Equal("2321000131", HsaId.Parse("SE2321000131-E000000000001").OrganisationNumber);

    [Theory]
    [InlineData("", "Ange ett HSA-id.")]
    [InlineData("E000000000001", "är inte ett HSA-id")] // suffix only
    [InlineData("19121212-1212", "är inte ett HSA-id")] // a personal identity number
    [InlineData("SE232100013-E0001", "är inte ett HSA-id")] // nine digits
    [InlineData("SE2321000131E0001", "är inte ett HSA-id")] // no hyphen
    [InlineData("SE2321000131-", "är inte ett HSA-id")] // no suffix
    [InlineData("SE2321000131-E 001", "är inte ett HSA-id")] // space in the suffix
    [InlineData("SE2321000131-Å001", "är inte ett HSA-id")] // not ASCII
    [InlineData("DK2321000131-E0001", "är inte ett HSA-id")] // another country prefix
    [InlineData("SE2321000132-E0001", "har fel kontrollsiffra")] // Luhn digit off by one
    [InlineData("SE2321000131-E00000000000000000001", "för långt")] // 35 characters
    public void ShouldRefuseAMalformedHsaIdInSwedish(string text, string expected)
    {
        Assert.False(HsaId.TryParse(text, out _, out var error));
        Assert.Contains(expected, error);
        var thrown = Assert.Throws<DomainException>(() => HsaId.Parse(text));
        Assert.Contains(expected, thrown.Message);
    }

    [Fact]
    public void ShouldTreatAnEmptyOptionalFieldAsNoHsaId()
    {
        Assert.Null(HsaId.NormalizeOptional("  "));
        Assert.Equal("SE2321000131-E1", HsaId.NormalizeOptional("se2321000131-e1"));
    }
}
