namespace Narplan.Domain.Patients;

/// <summary>Which kind of identity number a patient has (DOMAIN.md appendix B).</summary>
public enum IdentityNumberKind
{
    /// <summary>Personnummer from Skatteverket's folkbokföring.</summary>
    Personnummer,

    /// <summary>Samordningsnummer: day of birth + 60, same check digit rule.</summary>
    Samordningsnummer,

    /// <summary>A local reservnummer given by the care provider (decision 0013): birth date plus a local part with a letter.</summary>
    Reservnummer,
}

/// <summary>Legal sex as the identity number carries it (ninth digit: odd = man, even = woman).</summary>
public enum Sex
{
    Female,
    Male,
}

/// <summary>
/// A valid Swedish identity number: personnummer, samordningsnummer or local reservnummer (DOMAIN.md appendix B,
/// decision 0013). Only <see cref="Parse"/> creates one, so every instance is valid.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Normalized"/> is the stored form, twelve characters <c>YYYYMMDDNNNC</c> without separator. For a
/// samordningsnummer the day is kept as written (day of birth + 60); <see cref="BirthDate"/> is the real date.
/// A reservnummer is <c>YYYYMMDD</c> plus four local characters (digits and A–Z, at least one letter) and has no
/// check digit and no sex.
/// </para>
/// <para>
/// The ten-digit form needs a century: with <c>-</c> the person turns at most 99 in the reference year, with
/// <c>+</c> (used from the year the person turns 100) they turn 100–199. The reference date is passed in, never
/// read from the wall clock.
/// </para>
/// </remarks>
public sealed class IdentityNumber : IEquatable<IdentityNumber>
{
    private IdentityNumber(IdentityNumberKind kind, string normalized, LocalDate birthDate, Sex? sex)
    {
        Kind = kind;
        Normalized = normalized;
        BirthDate = birthDate;
        Sex = sex;
    }

    public IdentityNumberKind Kind { get; }

    /// <summary>Twelve characters, <c>YYYYMMDDNNNC</c>: the form that is stored and compared.</summary>
    public string Normalized { get; }

    /// <summary>The date of birth (for a samordningsnummer the day minus 60).</summary>
    public LocalDate BirthDate { get; }

    /// <summary>From the ninth digit; null for a reservnummer, whose local part carries no sex.</summary>
    public Sex? Sex { get; }

    /// <summary>The twelve-character form with a hyphen as people read it: <c>19121212-1212</c>.</summary>
    public string Display => $"{Normalized[..8]}-{Normalized[8..]}";

    /// <summary>
    /// The form shown where the whole number is not needed (lists, headings, protected identities):
    /// the date part and four stars, <c>19121212-****</c>.
    /// </summary>
    public string Masked => Mask(Normalized);

    /// <summary>Masks a stored or typed number for display without validating it: the first eight characters and <c>-****</c>.</summary>
    public static string Mask(string? value)
    {
        var compact = new string((value ?? "").Where(char.IsLetterOrDigit).ToArray());
        return compact.Length >= 8 ? $"{compact[..8]}-****" : "****";
    }

    /// <summary>
    /// Reads a typed or imported number: <c>YYMMDD-NNNC</c>, <c>YYMMDD+NNNC</c>, <c>YYMMDDNNNC</c>, <c>YYYYMMDD-NNNC</c>,
    /// <c>YYYYMMDDNNNC</c>, or a reservnummer <c>YYYYMMDD-XXXX</c>. Surrounding and inner spaces are ignored.
    /// </summary>
    /// <param name="value">The text as typed.</param>
    /// <param name="today">The reference date for the century of a ten-digit number and for "not born in the future".</param>
    public static IdentityNumberParseResult Parse(string? value, LocalDate today)
    {
        var text = new string((value ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        if (text.Length == 0)
        {
            return Fail(Messages.Empty);
        }

        var separator = '\0';
        var separatorAt = text.IndexOfAny(['-', '+']);
        if (separatorAt >= 0)
        {
            separator = text[separatorAt];
            if (text.IndexOfAny(['-', '+'], separatorAt + 1) >= 0 || (separatorAt != 6 && separatorAt != 8))
            {
                return Fail(Messages.Format);
            }

            text = text.Remove(separatorAt, 1);
            if (text.Length - separatorAt != 4)
            {
                return Fail(Messages.Format);
            }
        }

        if (text.Any(c => c is >= 'A' and <= 'Z'))
        {
            return ParseReservnummer(text, separator, today);
        }

        if (!text.All(char.IsAsciiDigit) || (text.Length != 10 && text.Length != 12))
        {
            return Fail(Messages.Format);
        }

        int year;
        var yy = Digits(text, text.Length - 10, 2);
        if (text.Length == 12)
        {
            year = Digits(text, 0, 4);
            if (separator == '+' && today.Year - year < 100)
            {
                return Fail(Messages.PlusButYoung);
            }
        }
        else
        {
            // "-": turns at most 99 this year; "+": turns 100–199 (from the year of the 100th birthday).
            var youngest = today.Year - (separator == '+' ? 100 : 0);
            year = youngest - Mod(youngest - yy, 100);
        }

        var month = Digits(text, text.Length - 8, 2);
        var day = Digits(text, text.Length - 6, 2);
        var kind = IdentityNumberKind.Personnummer;
        if (day > 60)
        {
            kind = IdentityNumberKind.Samordningsnummer;
            day -= 60;
            if (day > 31)
            {
                return Fail(Messages.CoordinationDayTooLarge);
            }
        }

        if (DateOf(year, month, day) is not { } birthDate)
        {
            return Fail(DateError(year, month, day));
        }

        if (birthDate > today)
        {
            return Fail(Messages.Future);
        }

        var nine = text[^10..^1];
        if (CheckDigit(nine) != text[^1] - '0')
        {
            return Fail(Messages.CheckDigit);
        }

        var normalized = $"{year:D4}{text[^8..]}";
        var sex = (text[^2] - '0') % 2 == 1 ? Patients.Sex.Male : Patients.Sex.Female;
        return new IdentityNumberParseResult(new IdentityNumber(kind, normalized, birthDate, sex), null);
    }

    /// <summary>Like <see cref="Parse"/>, but a refused number throws a <see cref="DomainException"/> with the Swedish reason.</summary>
    public static IdentityNumber ParseOrThrow(string? value, LocalDate today)
    {
        var result = Parse(value, today);
        return result.Value ?? throw new DomainException(result.Error!);
    }

    /// <summary>
    /// The check digit (Luhn, "10-modulo") over the nine digits <c>YYMMDDNNN</c>: weights 2,1,2,1,…, the digits of each
    /// product added, C = (10 − sum mod 10) mod 10. 640823-323 gives 4.
    /// </summary>
    public static int CheckDigit(ReadOnlySpan<char> nineDigits)
    {
        if (nineDigits.Length != 9)
        {
            throw new ArgumentException("Nine digits are needed.", nameof(nineDigits));
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var product = (nineDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }

        return (10 - sum % 10) % 10;
    }

    public bool Equals(IdentityNumber? other) => other is not null && other.Normalized == Normalized;

    public override bool Equals(object? obj) => Equals(obj as IdentityNumber);

    public override int GetHashCode() => Normalized.GetHashCode(StringComparison.Ordinal);

    /// <summary>The masked form: an identity number never lands whole in a log line or an exception by accident.</summary>
    public override string ToString() => Masked;

    private static IdentityNumberParseResult ParseReservnummer(string text, char separator, LocalDate today)
    {
        // Decision 0013: YYYYMMDD, optionally "-", then four characters 0-9/A-Z with at least one letter.
        if (text.Length != 12 || separator == '+' || !text[..8].All(char.IsAsciiDigit)
            || !text[8..].All(c => char.IsAsciiDigit(c) || c is >= 'A' and <= 'Z'))
        {
            return Fail(Messages.ReserveFormat);
        }

        var (year, month, day) = (Digits(text, 0, 4), Digits(text, 4, 2), Digits(text, 6, 2));
        if (DateOf(year, month, day) is not { } birthDate)
        {
            return Fail(DateError(year, month, day));
        }

        if (birthDate > today)
        {
            return Fail(Messages.Future);
        }

        return new IdentityNumberParseResult(new IdentityNumber(IdentityNumberKind.Reservnummer, text, birthDate, null), null);
    }

    private static LocalDate? DateOf(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, day)
            : null;

    private static string DateError(int year, int month, int day) =>
        month is < 1 or > 12 ? Messages.Month
        : month == 2 && day == 29 ? Messages.NotLeapYear(year)
        : Messages.Date;

    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            value = value * 10 + (text[i] - '0');
        }

        return value;
    }

    private static int Mod(int a, int m) => ((a % m) + m) % m;

    private static IdentityNumberParseResult Fail(string error) => new(null, error);

    /// <summary>The Swedish reasons a number is refused. None of them repeats the number.</summary>
    public static class Messages
    {
        public const string Empty = "Ange ett personnummer, samordningsnummer eller reservnummer.";
        public const string Format = "Numret har fel form. Skriv ÅÅMMDD-NNNN, ÅÅÅÅMMDD-NNNN eller ÅÅÅÅMMDDNNNN.";
        public const string ReserveFormat = "Ett reservnummer skrivs ÅÅÅÅMMDD-XXXX, där XXXX är fyra siffror eller bokstäver A–Z med minst en bokstav.";
        public const string CheckDigit = "Kontrollsiffran stämmer inte.";
        public const string Month = "Månaden finns inte (01–12).";
        public const string Date = "Födelsedatumet finns inte.";
        public const string CoordinationDayTooLarge = "Dagen i ett samordningsnummer är födelsedagen plus 60 och kan inte vara större än 91.";
        public const string Future = "Födelsedatumet ligger i framtiden.";
        public const string PlusButYoung = "Plustecken används först det år personen fyller 100, men födelseåret ger en yngre person.";

        public static string NotLeapYear(int year) => $"Den 29 februari finns inte {year}: det är inget skottår.";
    }
}

/// <summary>The answer of <see cref="IdentityNumber.Parse"/>: the number, or a Swedish reason it was refused.</summary>
public sealed record IdentityNumberParseResult(IdentityNumber? Value, string? Error)
{
    public bool IsValid => Value is not null;
}
