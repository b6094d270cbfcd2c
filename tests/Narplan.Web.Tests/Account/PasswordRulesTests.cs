using Narplan.Domain.Access;
using Narplan.Web.Features.Account;

namespace Narplan.Web.Tests.Account;

/// <summary>Issue 17.4 / decision 0064: length over composition, and the bundled list of common and breached passwords.</summary>
public sealed class PasswordRulesTests
{
    [Fact]
    public void ShouldBundleAFewThousandCommonPasswordsInLowerCase()
    {
        Assert.InRange(PasswordRules.Common.Count, 4000, 10000);
        Assert.Contains("password", PasswordRules.Common);
        Assert.Contains("sommar", PasswordRules.Common);
        Assert.All(PasswordRules.Common, p => Assert.Equal(p.ToLowerInvariant(), p));
    }

    [Theory]
    [InlineData("Password1234")] // a listed word with digits after it
    [InlineData("Sommar2026!!")] // a Swedish common word with a year and signs
    [InlineData("qwertyqwerty")] // a listed word twice
    [InlineData("aaaaaaaaaaaa")] // one character repeated
    [InlineData("2026iloveyou")] // a listed phrase with a year before it
    [InlineData("abcabcabcabc")] // a short part repeated
    public void ShouldRefuseACommonPasswordEvenWithDecorations(string password) =>
        Assert.Contains("för vanligt", PasswordRules.Problem(password, "ny.person@kommun.se"));

    [Theory]
    [InlineData("kort-fras")] // 9 characters
    [InlineData("elva tecken")] // 11 characters
    public void ShouldRefuseAPasswordShorterThanTwelveCharacters(string password) =>
        Assert.Contains("minst 12 tecken", PasswordRules.Problem(password, null));

    [Fact]
    public void ShouldRefuseAPasswordLongerThan128Characters() =>
        Assert.Contains("högst 128", PasswordRules.Problem(new string('x', 60) + "y" + new string('z', 68), null));

    [Theory]
    [InlineData("korrekt häst batteri häftstift")] // a passphrase: no digits, capitals or signs needed
    [InlineData("blåbärssylt på fredag")]
    [InlineData("Narplan-demo-2026")]
    public void ShouldAcceptALongPassphraseWithoutAnyCompositionRule(string password) =>
        Assert.Null(PasswordRules.Problem(password, "ny.person@kommun.se"));

    [Fact]
    public void ShouldRefuseAPasswordContainingTheEmailName() =>
        Assert.Contains("e-postadress", PasswordRules.Problem("nora.nystrom-i-lidkoping", "nora.nystrom@lidkoping.se"));

    [Fact]
    public void ShouldUseTwelveAsTheMinimumLength() => Assert.Equal(12, PasswordPolicy.MinimumLength);
}
