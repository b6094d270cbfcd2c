namespace Narplan.Web.Features.Governance;

/// <summary>
/// The närvårdssamverkan's edit pages (decision 0099): a <see cref="NarplanPage"/> for one delregion that reads, once,
/// the signed-in user and whether they may edit its governance (<see cref="GovernanceCommands.MayEdit"/>); a user who may
/// not gets 403 and the page's refusal text.
/// </summary>
public abstract class GovernanceEditPage : NarplanPage
{
    [Parameter]
    public Guid SubRegionId { get; set; }

    /// <summary>The signed-in user, read by <see cref="OpenForEditingAsync"/>.</summary>
    protected ClaimsPrincipal User { get; private set; } = new();

    /// <summary>Whether <see cref="User"/> may edit this delregion's governance.</summary>
    protected bool MayEdit { get; private set; }

    /// <summary>Reads the user and whether they may edit; 403 when they may not.</summary>
    protected async Task OpenForEditingAsync()
    {
        User = await SignedInUserAsync();
        MayEdit = GovernanceCommands.MayEdit(User, SubRegionId);
        if (!MayEdit)
        {
            HttpContext.SetPageStatus(403);
        }
    }
}
