using System.Diagnostics.CodeAnalysis;

namespace Narplan.Domain.Organisations;

/// <summary>
/// An HSA-id: the identity of a person or a unit in the national HSA catalogue (Inera), e.g.
/// <c>SE2321000131-E000000000001</c>. It is <c>SE</c>, the issuing organisation's ten-digit organisation number
/// (its last digit a Luhn check digit, as on every Swedish organisation number), a hyphen, and an
/// alphanumeric suffix chosen by that organisation (at most 31 characters in all). Letters are kept in upper
/// case; surrounding whitespace is trimmed. Nothing else is accepted, so a personal identity number or a
/// typo never ends up where a catalogue lookup or a SITHS login expects an HSA-id.
/// </summary>
public readonly record struct HsaId
{
    /// <summary>The longest HSA-id the catalogue issues.</summary>
    public const int MaxLength = 31;

    private HsaId(string value) => Value = value;

    /// <summary>The canonical form, e.g. <c>SE2321000131-E000000000001</c>.</summary>
    public string Value { get; }

    /// <summary>The ten-digit organisation number of the issuing organisation.</summary>
    public string OrganisationNumber => Value[2..12];

    public override string ToString() => Value;

    /// <summary>Parses an HSA-id, or throws a <see cref="DomainException"/> that says in Swedish what is wrong.</summary>
    public static HsaId Parse(string? text) =>
        TryParse(text, out var id, out var error) ? id : throw new DomainException(error);

    public static bool TryParse(string? text, out HsaId id) => TryParse(text, out id, out _);

    /// <summary>As <see cref="Parse"/>, with the Swedish reason when it is not an HSA-id.</summary>
    public static bool TryParse(string? text, out HsaId id, [NotNullWhen(false)] out string? error)
    {
        id = default;
        var value = (text ?? "").Trim().ToUpperInvariant();
        var shown = (text ?? "").Trim();
        const string Example = "Ett HSA-id skrivs t.ex. SE2321000131-E000000000001: SE, organisationsnumret (10 siffror), bindestreck och ett id.";
        if (value.Length == 0)
        {
            error = "Ange ett HSA-id. " + Example;
            return false;
        }

        if (value.Length > MaxLength)
        {
            error = $"”{Short(shown)}” är för långt för att vara ett HSA-id (högst {MaxLength} tecken). " + Example;
            return false;
        }

        if (value.Length < 14 || !value.StartsWith("SE", StringComparison.Ordinal) || value[12] != '-'
            || !value[2..12].All(char.IsAsciiDigit) || !value[13..].All(char.IsAsciiLetterOrDigit))
        {
            error = $"”{Short(shown)}” är inte ett HSA-id. " + Example;
            return false;
        }

        if (!LuhnValid(value[2..12]))
        {
            error = $"”{Short(shown)}” är inte ett HSA-id: organisationsnumret {value[2..8]}-{value[8..12]} har fel kontrollsiffra.";
            return false;
        }

        id = new HsaId(value);
        error = null;
        return true;
    }

    /// <summary>Null for an empty field, else the parsed id's canonical text (throws in Swedish when malformed).</summary>
    public static string? NormalizeOptional(string? text) => string.IsNullOrWhiteSpace(text) ? null : Parse(text).Value;

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;

    /// <summary>The Luhn (mod 10) check over all ten digits of an organisation number.</summary>
    private static bool LuhnValid(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = (digits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }

        return sum % 10 == 0;
    }
}
