using Narplan.Domain.Calendars;
using NodaTime;

namespace Narplan.Web.Features.Sip;

/// <summary>What the SIP pages' forms share: reading a date field into a Swedish message beside it.</summary>
public static class SipForm
{
    public const string RefusedMessage = "Rätta de markerade fälten. Övriga uppgifter finns kvar i formuläret.";

    /// <summary>The date in <paramref name="text"/>, null when empty; a bad date puts a message in <paramref name="errors"/>.</summary>
    public static LocalDate? ParseDate(string? text, string field, IDictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parsed = DateText.ParseDate(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        errors[field] = parsed.Error == SupportedDates.OutOfRangeMessage ? parsed.Error! : "Ange ett giltigt datum (ÅÅÅÅ-MM-DD).";
        return null;
    }

    /// <summary>An enum value by name, or null (never a number: "1" is not a choice on the form).</summary>
    public static T? ParseEnum<T>(string? text) where T : struct, Enum =>
        !string.IsNullOrEmpty(text) && !char.IsAsciiDigit(text[0]) && !text.StartsWith('-') && Enum.TryParse<T>(text, out var value) && Enum.IsDefined(value) ? value : null;
}
