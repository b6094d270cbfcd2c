using Microsoft.AspNetCore.Components.Forms;

namespace Narplan.Web.Features.Governance;

/// <summary>
/// One coordinator form's state on a statically rendered page: its edit context, the Swedish refusal shown beside the
/// field it belongs to (and above the form), or the saved message. A refused form keeps the user's input.
/// </summary>
public sealed class FormState
{
    private readonly ValidationMessageStore _store;

    public FormState(object model)
    {
        Context = new EditContext(model);
        _store = new ValidationMessageStore(Context);
    }

    public EditContext Context { get; }

    public string? Error { get; private set; }

    public string? Saved { get; private set; }

    public IReadOnlyList<string> Flags { get; private set; } = [];

    /// <summary>Shows <paramref name="result"/> and sets the page's status (422 refused, 403 forbidden, 409 stale); true when saved.</summary>
    public bool Show(GovernanceResult result, string savedText, HttpContext? http)
    {
        _store.Clear();
        if (result.Succeeded)
        {
            Saved = savedText;
            Flags = result.Flags;
            return true;
        }

        Error = result.Error;
        if (result.Field is { } field)
        {
            var bracket = field.IndexOf('[', StringComparison.Ordinal);
            _store.Add(Context.Field(bracket < 0 ? field : field[..bracket]), result.Error!);
        }

        http.SetPageStatus(result.Forbidden ? 403 : result.Conflict ? 409 : 422);
        Context.NotifyValidationStateChanged();
        return false;
    }
}
