using Narplan.Domain.Organisations;

namespace Narplan.Domain.Tests.Organisations;

public class PhoneNumbersTests
{
    [Theory]
    [InlineData("077-011 02 88", "tel:0770110288")]
    [InlineData("076-880 86 80", "tel:0768808680")]
    [InlineData("031-190 180", "tel:031190180")]
    [InlineData("010-435 80 00", "tel:0104358000")]
    [InlineData("+46 10 435 80 00", "tel:+46104358000")]
    public void ShouldTurnTheWrittenNumbersOfTheSeedsIntoTelLinks(string written, string tel)
    {
        Assert.True(PhoneNumbers.IsValid(written));
        Assert.Equal(tel, PhoneNumbers.ToTelUri(written));
    }

    [Theory]
    [InlineData("")]
    [InlineData("123")]
    [InlineData("ring växeln")]
    [InlineData("0513-17190 ankn 2")]
    public void ShouldRefuseWhatIsNotAPhoneNumber(string text)
    {
        Assert.False(PhoneNumbers.IsValid(text));
    }
}
