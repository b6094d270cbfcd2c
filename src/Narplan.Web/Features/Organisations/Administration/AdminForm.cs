using Microsoft.AspNetCore.Http;

namespace Narplan.Web.Features.Organisations.Administration;

/// <summary>Reads the administration forms' fields; a malformed value becomes a Swedish message, never an exception.</summary>
public sealed class AdminForm(IFormCollection form)
{
    public List<string> Errors { get; } = [];

    public string? this[string key] => form.TryGetValue(key, out var v) ? v.ToString() : null;

    public string Text(string key) => this[key]?.Trim() ?? "";

    public Guid? Id(string key) => Guid.TryParse(this[key], out var id) ? id : null;

    public int Int(string key, string label)
    {
        var text = Text(key);
        if (text.Length == 0)
        {
            return 0;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Errors.Add($"{label} måste vara ett heltal.");
        return 0;
    }

    /// <summary>An optional date through the shared <see cref="DateText"/> rule.</summary>
    public LocalDate? Date(string key, string label)
    {
        var text = Text(key);
        if (text.Length == 0)
        {
            return null;
        }

        var parsed = DateText.ParseDate(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        Errors.Add($"{label}: {parsed.Error}");
        return null;
    }

    public T Enum<T>(string key, T fallback) where T : struct, System.Enum =>
        System.Enum.TryParse<T>(this[key], ignoreCase: false, out var value) && System.Enum.IsDefined(value) ? value : fallback;

    public static int StatusOf(CommandResult result) =>
        result.Forbidden ? 403 : result.NotFound ? 404 : result.Conflict ? 409 : 422;
}
