namespace Narplan.Web.Features.Organisations.Administration;

/// <summary>
/// The organisation register's pages (decision 0099): a <see cref="NarplanPage"/> that shows a command's outcome as one
/// message above the forms — the refusal in Swedish with its status (<see cref="AdminForm.StatusOf"/>), or what was saved.
/// </summary>
public abstract class AdminPage : NarplanPage
{
    /// <summary>The message above the forms, or null.</summary>
    protected string? Message { get; set; }

    /// <summary>Whether <see cref="Message"/> is a refusal.</summary>
    protected bool IsError { get; set; } = true;

    /// <summary>The opened page's status: 404 when what it administers is not <paramref name="found"/>, 403 when not <paramref name="allowed"/>.</summary>
    protected void SetOpenStatus(bool found, bool allowed)
    {
        if (!found)
        {
            HttpContext.SetPageStatus(404);
        }
        else if (!allowed)
        {
            HttpContext.SetPageStatus(403);
        }
    }

    /// <summary>Shows <paramref name="result"/>: its Swedish error and status, or <paramref name="success"/>. True when it succeeded.</summary>
    protected bool Show(CommandResult result, string success)
    {
        IsError = !result.Succeeded;
        Message = result.Error ?? success;
        if (!result.Succeeded)
        {
            HttpContext.SetPageStatus(AdminForm.StatusOf(result));
        }

        return result.Succeeded;
    }
}
