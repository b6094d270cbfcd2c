using System.Diagnostics.CodeAnalysis;

namespace Narplan.Domain.Organisations;

/// <summary>
/// A kommun's official four-digit code (kommunkod, SCB): the two-digit län code followed by two digits, e.g. 1466
/// Herrljunga (14 Västra Götalands län), 1382 Falkenberg (13 Hallands län). The län codes in use since 1998 are 01,
/// 03–10, 12–14 and 17–25; any other prefix is refused, as is anything that is not exactly four digits.
/// </summary>
public static class KommunCode
{
    private static readonly HashSet<string> CountyCodes =
        ["01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19", "20", "21", "22", "23", "24", "25"];

    public static bool TryParse(string? text, [NotNullWhen(true)] out string? code, [NotNullWhen(false)] out string? error)
    {
        var value = (text ?? "").Trim();
        code = null;
        if (value.Length == 0)
        {
            error = "Ange kommunkoden (fyra siffror, t.ex. 1466).";
            return false;
        }

        if (value.Length != 4 || !value.All(char.IsAsciiDigit))
        {
            error = $"Kommunkoden ”{(value.Length > 20 ? value[..20] + "…" : value)}” ska vara exakt fyra siffror, t.ex. 1466.";
            return false;
        }

        if (!CountyCodes.Contains(value[..2]))
        {
            error = $"Kommunkoden {value} finns inte: de två första siffrorna ska vara en länskod (01, 03–10, 12–14 eller 17–25).";
            return false;
        }

        code = value;
        error = null;
        return true;
    }

    /// <summary>The code, or a <see cref="DomainException"/> in Swedish.</summary>
    public static string Parse(string? text) => TryParse(text, out var code, out var error) ? code : throw new DomainException(error);
}
