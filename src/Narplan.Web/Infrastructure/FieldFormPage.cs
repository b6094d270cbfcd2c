namespace Narplan.Web.Infrastructure;

/// <summary>The outcome of a command whose refusal may name the form field it is about (decision 0099).</summary>
public interface IFieldResult
{
    bool Succeeded { get; }

    string? Error { get; }

    /// <summary>The refused field's name on the form, or null when the refusal is about the whole form.</summary>
    string? Field { get; }

    bool NotFound { get; }

    bool Conflict { get; }

    bool Forbidden { get; }
}

/// <summary>
/// A <see cref="NarplanPage"/> whose forms show a message beside each refused field (decision 0099): the field messages
/// (<see cref="FieldErrors"/>, read by <c>FieldError</c> and by <see cref="Described"/>/<see cref="Invalid"/> for the
/// input's ARIA attributes), the message above the form (<see cref="FormError"/>), the date fields read in Swedish, and
/// the step after a command (<see cref="AfterCommand"/>): post-redirect-get on success, else the message and the status.
/// </summary>
public abstract class FieldFormPage : NarplanPage
{
    /// <summary>Above a form refused for its fields.</summary>
    public const string FieldsRefusedMessage = "Rätta de markerade fälten. Övriga uppgifter finns kvar i formuläret.";

    /// <summary>The message beside each refused field, by the field's name.</summary>
    protected Dictionary<string, string> FieldErrors { get; } = [];

    /// <summary>The message above the form, or null.</summary>
    protected string? FormError { get; set; }

    /// <summary>The date in <paramref name="text"/>, null when empty; a bad date puts a Swedish message in <paramref name="errors"/>.</summary>
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

    /// <summary>The date in the form's <paramref name="field"/>, null when empty or not a date (then with its message).</summary>
    protected LocalDate? ParseDate(string? text, string field) => ParseDate(text, field, FieldErrors);

    /// <summary>
    /// As <see cref="ParseDate(string?, string)"/>, but a bad date's message is the parser's own, which quotes what was
    /// typed (<c>”31/2” är inget datum (ÅÅÅÅ-MM-DD).</c>).
    /// </summary>
    protected LocalDate? ParseDateShowingInput(string? text, string field)
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

        FieldErrors[field] = parsed.Error!;
        return null;
    }

    /// <summary>The form is refused for its fields: the message above it and 422.</summary>
    protected void Refused()
    {
        FormError = FieldsRefusedMessage;
        SetRefusedStatus();
    }

    /// <summary>
    /// After a command: on success back to <paramref name="url"/> with the saved flag; a refused field gets its message
    /// (422); any other refusal its message above the form and its status (403, 404, 409 or 422).
    /// </summary>
    protected void AfterCommand(IFieldResult result, string url)
    {
        if (result.Succeeded)
        {
            RedirectSaved(url);
            return;
        }

        if (result.Field is { } field)
        {
            FieldErrors[field] = result.Error!;
            Refused();
            return;
        }

        FormError = result.Error;
        SetRefusedStatus(forbidden: result.Forbidden, notFound: result.NotFound, conflict: result.Conflict);
    }

    /// <summary>The id of the field's message for <c>aria-describedby</c>, when the field was refused.</summary>
    protected string? Described(string field) => FieldErrors.ContainsKey(field) ? $"err-{field}" : null;

    /// <summary><c>aria-invalid</c> for a refused field.</summary>
    protected string? Invalid(string field) => FieldErrors.ContainsKey(field) ? "true" : null;

    protected static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
