namespace Narplan.Web.Features.Sip;

/// <summary>What the SIP pages' forms share beside <see cref="Narplan.Web.Infrastructure.FieldFormPage"/>: reading a choice.</summary>
public static class SipForm
{
    /// <summary>An enum value by name, or null (never a number: "1" is not a choice on the form).</summary>
    public static T? ParseEnum<T>(string? text) where T : struct, Enum =>
        !string.IsNullOrEmpty(text) && !char.IsAsciiDigit(text[0]) && !text.StartsWith('-') && Enum.TryParse<T>(text, out var value) && Enum.IsDefined(value) ? value : null;
}
