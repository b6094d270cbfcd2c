namespace Narplan.Domain.Access;

/// <summary>
/// Närplan's password rule (issue 17, decision 0064), after NIST SP 800-63B and OWASP: length over composition. At
/// least <see cref="MinimumLength"/> characters and at most <see cref="MaximumLength"/> (room for a passphrase);
/// any characters, no demands for digits, capitals or signs; refused when it is a common or breached password — also
/// with digits or signs before or after it ("Sommar2026!") or the same word repeated ("qwertyqwerty") — or when it
/// contains the user's e-mail name.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;

    public const int MaximumLength = 128;

    /// <summary>What is wrong with <paramref name="password"/>, in Swedish, or null when it may be used.</summary>
    public static string? Problem(string? password, IReadOnlySet<string> common, string? email = null)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            return $"Lösenordet måste ha minst {MinimumLength} tecken. Ett bra lösenord är en fras med flera ord; siffror och specialtecken behövs inte.";
        }

        if (password.Length > MaximumLength)
        {
            return $"Lösenordet får ha högst {MaximumLength} tecken.";
        }

        var lower = password.Trim().ToLowerInvariant();
        var stem = lower.Trim(NotLetter);
        if (common.Contains(lower) || (stem.Length > 0 && common.Contains(stem)) || RepeatsOneShortPart(lower) || RepeatsCommonWord(stem, common))
        {
            return "Lösenordet är för vanligt: det finns bland kända läckta eller vanliga lösenord. Välj ett annat, gärna en fras med flera ord.";
        }

        if (email?.Split('@')[0].ToLowerInvariant() is { Length: >= 4 } name && lower.Contains(name, StringComparison.Ordinal))
        {
            return "Lösenordet får inte innehålla din e-postadress.";
        }

        return null;
    }

    private static readonly char[] NotLetter = [.. "0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ §½¤£€"];

    /// <summary>"aaaaaaaaaaaa", "abcabcabcabc", "121212121212": one part of at most four characters, repeated.</summary>
    private static bool RepeatsOneShortPart(string text)
    {
        for (var length = 1; length <= 4; length++)
        {
            if (text.Length % length == 0 && text.Length / length >= 3 && Enumerable.Range(0, text.Length).All(i => text[i] == text[i % length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"qwertyqwerty", "passwordpassword": a listed word said two or more times.</summary>
    private static bool RepeatsCommonWord(string stem, IReadOnlySet<string> common)
    {
        for (var times = 2; times <= 4; times++)
        {
            if (stem.Length % times == 0 && stem[..(stem.Length / times)] is var part && common.Contains(part)
                && string.Concat(Enumerable.Repeat(part, times)) == stem)
            {
                return true;
            }
        }

        return false;
    }
}
