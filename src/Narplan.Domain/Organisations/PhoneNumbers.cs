using System.Text.RegularExpressions;

namespace Narplan.Domain.Organisations;

/// <summary>
/// Swedish phone numbers as people write them ("0513-17190", "076-282 89 52", "010-435 80 00").
/// The written form is kept, because nurses read it aloud; only stray whitespace is trimmed.
/// </summary>
public static partial class PhoneNumbers
{
    [GeneratedRegex(@"^\+?[0-9][0-9 \-]{4,18}[0-9]$")]
    private static partial Regex Shape();

    public static bool IsValid(string? value) =>
        value is not null && Shape().IsMatch(value.Trim()) && value.Count(char.IsDigit) is >= 5 and <= 15;

    public static string Normalize(string value) =>
        IsValid(value) ? Regex.Replace(value.Trim(), " {2,}", " ")
            : throw new DomainException($"”{value}” är inte ett giltigt telefonnummer. Skriv t.ex. 0513-171 90.");

    public static string? NormalizeOptional(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : Normalize(value);

    /// <summary>The digits for a <c>tel:</c> link, with a leading + kept.</summary>
    public static string ToTelUri(string value) =>
        "tel:" + (value.TrimStart().StartsWith('+') ? "+" : "") + new string(value.Where(char.IsDigit).ToArray());
}
