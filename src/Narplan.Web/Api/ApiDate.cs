namespace Narplan.Web.Api;

/// <summary>
/// A date in an endpoint's query (ÅÅÅÅ-MM-DD), read the same way everywhere: a missing date is the endpoint's own
/// default, and one that cannot be read is a Swedish 400 naming the parameter and what was sent.
/// </summary>
public static class ApiDate
{
    /// <summary>
    /// Reads the query parameter <paramref name="name"/>; <paramref name="fallback"/> when it is missing (or, with the
    /// problem, when it cannot be read). <paramref name="example"/> is shown in the problem when given.
    /// </summary>
    public static (LocalDate Value, string? Problem) Parse(string? text, string name, LocalDate fallback, string? example = null)
    {
        if (text is null)
        {
            return (fallback, null);
        }

        var parsed = DateText.ParseDate(text);
        return parsed.Success ? (parsed.Value, null) : (fallback, Problem(name, text, parsed.Error, example));
    }

    /// <summary>The Swedish problem for <paramref name="text"/>, which <see cref="DateText.ParseDate"/> refused with <paramref name="error"/>.</summary>
    public static string Problem(string name, string? text, string? error, string? example = null) =>
        error == SupportedDates.OutOfRangeMessage
            ? $"'{name}': {error}"
            : $"'{name}' måste vara ett datum på formen ÅÅÅÅ-MM-DD{(example is null ? "" : $", t.ex. {example}")} (fick '{text}').";
}
