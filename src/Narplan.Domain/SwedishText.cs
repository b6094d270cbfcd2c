namespace Narplan.Domain;

/// <summary>Numbers and dates written the Swedish way in messages and generated text ("37,5", "24 december 2026").</summary>
internal static class SwedishText
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Create("d MMMM yyyy", Swedish);
    private static readonly LocalDateTimePattern DateTimePattern = LocalDateTimePattern.Create("d MMMM yyyy 'kl.' HH:mm", Swedish);

    /// <summary>One decimal with a decimal comma; an ASCII minus sign (sv-SE would use U+2212).</summary>
    public static string OneDecimal(decimal value) =>
        value.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>A decimal as typed back to the user, decimal comma, no trailing zeros beyond what was given.</summary>
    public static string Number(decimal value) =>
        value.ToString(CultureInfo.InvariantCulture).Replace('.', ',');

    public static string Date(LocalDate date) => DatePattern.Format(date);

    public static string DateTime(LocalDateTime dateTime) => DateTimePattern.Format(dateTime);

    /// <summary>A percentage rounded to a whole percent, e.g. "97 %".</summary>
    public static string Percent(double share) =>
        Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + " %";
}
