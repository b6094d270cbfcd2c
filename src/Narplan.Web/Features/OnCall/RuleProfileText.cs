namespace Narplan.Web.Features.OnCall;

/// <summary>
/// The lists of a rule profile as lines an administrator edits in a text box, fields separated by "|":
/// numbers as <c>Namn | nummer | intern</c>, escalation steps as <c>Text | nummer | tider | intern</c>, scope one
/// item per line. Parsing gives Swedish errors with line numbers and keeps nothing half-read.
/// </summary>
public static class RuleProfileText
{
    private const string InternalMarker = "intern";

    public static string FormatNumbers(IEnumerable<OnCallContact> numbers) =>
        string.Join('\n', numbers.Select(n => Join(n.Name, n.Phone, n.IsInternal ? InternalMarker : null)));

    public static string FormatSteps(IEnumerable<EscalationStep> steps) =>
        string.Join('\n', steps.Select(s => Join(s.Text, s.Phone, s.Hours, s.IsInternal ? InternalMarker : null)));

    public static string FormatScope(IEnumerable<string> scope) => string.Join('\n', scope);

    /// <param name="text">The lines.</param>
    /// <param name="numberUnknown">
    /// The administrator has ticked that the area's number is not known yet: no lines is then allowed, and every
    /// answer says <see cref="OnCallAnswer.NumberMissing"/> (decision 0037). Without the tick, no lines is an error.
    /// </param>
    public static (List<OnCallContact> Numbers, List<string> Errors) ParseNumbers(string? text, bool numberUnknown = false)
    {
        var numbers = new List<OnCallContact>();
        var errors = new List<string>();
        foreach (var (line, fields) in Lines(text))
        {
            if (fields.Length < 2 || fields.Length > 3 || fields[0].Length == 0)
            {
                errors.Add($"Jourens nummer, rad {line}: skriv ”Namn | nummer” och eventuellt ”| intern”.");
                continue;
            }

            if (!PhoneNumbers.IsValid(fields[1]))
            {
                errors.Add($"Jourens nummer, rad {line}: ”{fields[1]}” är inte ett giltigt telefonnummer.");
                continue;
            }

            if (fields.Length == 3 && !IsInternalMarker(fields[2]))
            {
                errors.Add($"Jourens nummer, rad {line}: tredje fältet får bara vara ”intern”.");
                continue;
            }

            numbers.Add(new OnCallContact(fields[0], PhoneNumbers.Normalize(fields[1]), IsInternal: fields.Length == 3));
        }

        if (numbers.Count == 0 && errors.Count == 0 && !numberUnknown)
        {
            errors.Add("Ange minst ett nummer till beredskapsjouren.");
        }

        if (numbers.Count > 0 && numberUnknown)
        {
            errors.Add("Du har angett nummer men också kryssat i att numret saknas. Ta bort krysset eller numren.");
        }

        return (numbers, errors);
    }

    public static (List<EscalationStep> Steps, List<string> Errors) ParseSteps(string? text)
    {
        var steps = new List<EscalationStep>();
        var errors = new List<string>();
        foreach (var (line, fields) in Lines(text))
        {
            var isInternal = fields.Length > 1 && IsInternalMarker(fields[^1]);
            var parts = isInternal ? fields[..^1] : fields;
            if (parts.Length is < 1 or > 3 || parts[0].Length == 0)
            {
                errors.Add($"Eskalering, rad {line}: skriv ”Text | nummer | tider | intern”, där allt utom texten kan utelämnas.");
                continue;
            }

            var phone = parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null;
            if (phone is not null && !PhoneNumbers.IsValid(phone))
            {
                errors.Add($"Eskalering, rad {line}: ”{phone}” är inte ett giltigt telefonnummer.");
                continue;
            }

            var hours = parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null;
            steps.Add(new EscalationStep(parts[0], phone is null ? null : PhoneNumbers.Normalize(phone), hours, isInternal));
        }

        return (steps, errors);
    }

    public static List<string> ParseScope(string? text) => [.. Lines(text).Select(l => string.Join(" | ", l.Fields))];

    private static IEnumerable<(int Line, string[] Fields)> Lines(string? text) =>
        (text ?? "").Split('\n')
            .Select((raw, i) => (Line: i + 1, Raw: raw.Trim()))
            .Where(l => l.Raw.Length > 0)
            .Select(l => (l.Line, l.Raw.Split('|').Select(f => f.Trim()).ToArray()));

    private static bool IsInternalMarker(string field) =>
        string.Equals(field, InternalMarker, StringComparison.OrdinalIgnoreCase)
        || string.Equals(field, "internt", StringComparison.OrdinalIgnoreCase);

    private static string Join(params string?[] fields)
    {
        var list = fields.ToList();
        while (list.Count > 1 && list[^1] is null)
        {
            list.RemoveAt(list.Count - 1);
        }

        return string.Join(" | ", list.Select(f => f ?? ""));
    }

    public static string Minutes(int? minutes) => minutes?.ToString(CultureInfo.InvariantCulture) ?? "";
}
