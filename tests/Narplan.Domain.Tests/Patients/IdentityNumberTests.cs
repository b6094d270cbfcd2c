using Narplan.Domain.Patients;
using NodaTime;
using static Narplan.Domain.Patients.IdentityNumber.Messages;

namespace Narplan.Domain.Tests.Patients;

public class IdentityNumberTests
{
    private static readonly LocalDate Today = 24.November(2026);

    public static TheoryData<string, string, IdentityNumberKind, string, string, Sex?> ValidNumbers => new()
    {
        // description, typed value, kind, normalized, birth date (ISO), sex
        { "Skatteverket's example in appendix B, ten digits", "640823-3234", IdentityNumberKind.Personnummer, "196408233234", "1964-08-23", Sex.Male },
        { "twelve digits with hyphen", "19640823-3234", IdentityNumberKind.Personnummer, "196408233234", "1964-08-23", Sex.Male },
        { "twelve digits without separator", "196408233234", IdentityNumberKind.Personnummer, "196408233234", "1964-08-23", Sex.Male },
        { "ten digits without separator mean '-'", "6408233234", IdentityNumberKind.Personnummer, "196408233234", "1964-08-23", Sex.Male },
        { "spaces are ignored", " 640823 - 3234 ", IdentityNumberKind.Personnummer, "196408233234", "1964-08-23", Sex.Male },
        { "Tolvan Tolvansson, twelve digits", "19121212-1212", IdentityNumberKind.Personnummer, "191212121212", "1912-12-12", Sex.Male },
        { "'+' puts a ten-digit number a century back", "121212+1212", IdentityNumberKind.Personnummer, "191212121212", "1912-12-12", Sex.Male },
        { "'-' means at most 99 this year", "121212-1212", IdentityNumberKind.Personnummer, "201212121212", "2012-12-12", Sex.Male },
        { "even ninth digit is a woman", "20240229-2383", IdentityNumberKind.Personnummer, "202402292383", "2024-02-29", Sex.Female },
        { "29 February in a leap year", "240229-2383", IdentityNumberKind.Personnummer, "202402292383", "2024-02-29", Sex.Female },
        { "2000 was a leap year (divisible by 400)", "20000229-1235", IdentityNumberKind.Personnummer, "200002291235", "2000-02-29", Sex.Male },
        { "samordningsnummer from appendix B (3 October 1970)", "701063-2326", IdentityNumberKind.Samordningsnummer, "197010632326", "1970-10-03", Sex.Female },
        { "samordningsnummer on 29 February in a leap year", "240289-1234", IdentityNumberKind.Samordningsnummer, "202402891234", "2024-02-29", Sex.Male },
        { "reservnummer with hyphen", "19350412-R123", IdentityNumberKind.Reservnummer, "19350412R123", "1935-04-12", null },
        { "reservnummer in lower case, no separator", "19350412r12x", IdentityNumberKind.Reservnummer, "19350412R12X", "1935-04-12", null },
    };

    [Theory]
    [MemberData(nameof(ValidNumbers))]
    public void ShouldAcceptAndNormalize(string description, string value, IdentityNumberKind kind, string normalized, string birthDate, Sex? sex)
    {
        var result = IdentityNumber.Parse(value, Today);

        Assert.True(result.IsValid, $"{description}: {result.Error}");
        Assert.Null(result.Error);
        Assert.Equal(kind, result.Value!.Kind);
        Assert.Equal(normalized, result.Value.Normalized);
        Assert.Equal(birthDate, NodaTime.Text.LocalDatePattern.Iso.Format(result.Value.BirthDate));
        Assert.Equal(sex, result.Value.Sex);
    }

    public static TheoryData<string, string, string> InvalidNumbers => new()
    {
        // description, typed value, Swedish error
        { "empty", "  ", Empty },
        { "wrong check digit", "640823-3235", CheckDigit },
        { "wrong check digit, twelve digits", "19121212-1213", CheckDigit },
        { "29 February 2023 (not a leap year)", "20230229-2384", NotLeapYear(2023) },
        { "29 February 1900 (divisible by 100, not by 400)", "19000229-1235", NotLeapYear(1900) },
        { "31 April", "640431-3234", Date },
        { "month 13", "641323-3234", Month },
        { "day 00", "640800-3234", Date },
        { "samordningsnummer day 92 (check digit right)", "241392-1236", CoordinationDayTooLarge },
        { "samordningsnummer 29 February in a non-leap year", "250289-1234", NotLeapYear(2025) },
        { "day 45 is neither a date nor a samordningsnummer", "640845-3234", Date },
        { "born after the reference date", "20261224-1236", Future },
        { "'+' on a twelve-digit number of a young person", "20121212+1212", PlusButYoung },
        { "letters in a ten-digit number", "640823-32A4", ReserveFormat },
        { "too few digits", "640823-323", Format },
        { "too many digits", "1964082332345", Format },
        { "separator in the wrong place", "6408-233234", Format },
        { "two separators", "640823--3234", Format },
        { "other characters", "640823/3234", Format },
        { "reservnummer with '+'", "19350412+R123", ReserveFormat },
        { "reservnummer with an impossible date", "19350230-R123", Date },
        { "reservnummer with other characters", "19350412-RÅ12", ReserveFormat },
    };

    [Theory]
    [MemberData(nameof(InvalidNumbers))]
    public void ShouldRefuseWithASwedishReason(string description, string value, string error)
    {
        var result = IdentityNumber.Parse(value, Today);

        Assert.False(result.IsValid, description);
        Assert.Null(result.Value);
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public void TwentyNinthFebruaryShouldBeValidIn2024AndNotIn2023()
    {
        Assert.Equal(29.February(2024), IdentityNumber.Parse("20240229-2383", Today).Value!.BirthDate);
        Assert.Equal("Den 29 februari finns inte 2023: det är inget skottår.", IdentityNumber.Parse("20230229-2384", Today).Error);
    }

    [Fact]
    public void AHyphenShouldMeanThePersonTurnsAtMost99InTheReferenceYear()
    {
        Assert.Equal(1.January(2026), IdentityNumber.Parse(WithCheckDigit("260101", '-', "123"), Today).Value!.BirthDate);
        Assert.Equal(1.January(1926), IdentityNumber.Parse(WithCheckDigit("260101", '+', "123"), Today).Value!.BirthDate);
        Assert.Equal(25.November(1927), IdentityNumber.Parse(WithCheckDigit("271125", '-', "123"), Today).Value!.BirthDate);
    }

    [Fact]
    public void AHyphenedNumberOfADateLaterThisYearShouldBeInTheFuture()
    {
        Assert.Equal(Future, IdentityNumber.Parse(WithCheckDigit("261125", '-', "123"), Today).Error);
    }

    [Fact]
    public void PlusShouldBeUsedFromTheYearThePersonTurns100NotFromTheBirthday()
    {
        // Born 24 December 1926: in November 2026 not yet 100, but it is the year they turn 100.
        var value = WithCheckDigit("261224", '+', "123");

        Assert.Equal(24.December(1926), IdentityNumber.Parse(value, Today).Value!.BirthDate);
        Assert.Equal(24.December(1926), IdentityNumber.Parse(value, 1.January(2027)).Value!.BirthDate);
        Assert.Equal(24.December(1826), IdentityNumber.Parse(value, 31.December(2025)).Value!.BirthDate);
    }

    private static string WithCheckDigit(string date, char separator, string serial) =>
        $"{date}{separator}{serial}{IdentityNumber.CheckDigit(date + serial)}";

    [Theory]
    [InlineData("640823323", 4)]
    [InlineData("121212121", 2)]
    [InlineData("811228987", 4)]
    [InlineData("701063232", 6)]
    public void TheCheckDigitShouldFollowAppendixB(string nine, int expected) =>
        Assert.Equal(expected, IdentityNumber.CheckDigit(nine));

    [Fact]
    public void MaskingShouldKeepOnlyTheDatePart()
    {
        var number = IdentityNumber.ParseOrThrow("121212+1212", Today);

        Assert.Equal("19121212-****", number.Masked);
        Assert.Equal("19121212-****", number.ToString());
        Assert.Equal("19121212-1212", number.Display);
        Assert.Equal("19350412-****", IdentityNumber.Mask("19350412-R123"));
        Assert.Equal("****", IdentityNumber.Mask("1212"));
    }

    [Fact]
    public void ParseOrThrowShouldRaiseADomainExceptionWithTheReason()
    {
        var error = Assert.Throws<DomainException>(() => IdentityNumber.ParseOrThrow("640823-3235", Today));

        Assert.Equal(CheckDigit, error.Message);
    }

    [Fact]
    public void EqualNumbersWrittenDifferentlyShouldBeEqual()
    {
        Assert.Equal(IdentityNumber.ParseOrThrow("640823-3234", Today), IdentityNumber.ParseOrThrow("196408233234", Today));
        Assert.NotEqual(IdentityNumber.ParseOrThrow("640823-3234", Today), IdentityNumber.ParseOrThrow("121212-1212", Today));
    }

    /// <summary>The stored (normalised) form parses back to the same number and birth date: the acute SBAR's age reads it.</summary>
    [Theory]
    [InlineData("19121212-1212", 1912, 12, 12)]
    [InlineData("701063-2326", 1970, 10, 3)]
    [InlineData("19350412-R001", 1935, 4, 12)]
    public void ShouldParseItsOwnNormalisedFormBackWithTheRealBirthDate(string typed, int year, int month, int day)
    {
        var number = IdentityNumber.ParseOrThrow(typed, Today);
        var again = IdentityNumber.ParseOrThrow(number.Normalized, Today);
        Assert.Equal(number, again);
        Assert.Equal(new LocalDate(year, month, day), again.BirthDate);
    }
}
