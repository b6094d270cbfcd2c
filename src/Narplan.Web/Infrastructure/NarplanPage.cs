using Microsoft.AspNetCore.Components.Authorization;

namespace Narplan.Web.Infrastructure;

/// <summary>
/// The prologue every statically rendered page with a form repeated (decision 0097): the signed-in user, the "saved" flag
/// the post-redirect-get step leaves in the address (<c>?sparat=…</c>) and the status a refused form answers with.
/// A page says <c>@inherits NarplanPage</c>, reads <see cref="SignedInUserAsync"/> in <c>OnInitializedAsync</c>, turns
/// <see cref="SavedFlag"/> into its own Swedish text (<see cref="SavedText"/>) and, after a successful POST, sends the
/// browser back to itself with <see cref="RedirectSaved"/>, so a reload does not post again.
/// <para>
/// A page renders once, when it has loaded: <see cref="ComponentBase"/> also renders at the first awaited query that does
/// not finish at once, with the page's fields half set — on PostgreSQL that rendered the year plan with its unit but not
/// yet its settings (a 500 now and then). Statically rendered pages send only the last render, so the early one was
/// wasted work and a trap; <see cref="SetParametersAsync"/> runs the lifecycle without it.
/// </para>
/// </summary>
public abstract class NarplanPage : ComponentBase
{
    /// <summary>The query parameter the post-redirect-get step sets after a save.</summary>
    public const string SavedParameter = "sparat";

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    protected HttpContext? HttpContext { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthState { get; set; }

    /// <summary>What the last save on this page left in the address (<c>?sparat=…</c>), or null.</summary>
    [SupplyParameterFromQuery(Name = SavedParameter)]
    protected string? SavedFlag { get; set; }

    private bool initialized;

    /// <summary>
    /// The lifecycle of <see cref="ComponentBase"/> (initialise once, then parameters set) with one render at its end,
    /// never one in between while a load is awaited.
    /// </summary>
    public override async Task SetParametersAsync(ParameterView parameters)
    {
        parameters.SetParameterProperties(this);
        if (!initialized)
        {
            initialized = true;
            OnInitialized();
            await OnInitializedAsync();
        }

        OnParametersSet();
        await OnParametersSetAsync();
        StateHasChanged();
    }

    /// <summary>The signed-in user (an anonymous principal where the page has no authentication state).</summary>
    protected async Task<ClaimsPrincipal> SignedInUserAsync() => AuthState is null ? new ClaimsPrincipal() : (await AuthState).User;

    /// <summary><paramref name="text"/> when the address says this page just saved with <paramref name="flag"/>, else null.</summary>
    protected string? SavedText(string text, string flag = "1") => SavedFlag == flag ? text : null;

    /// <summary>Post-redirect-get after a successful save: the browser loads <paramref name="url"/> with <c>sparat=<paramref name="flag"/></c> added.</summary>
    protected void RedirectSaved(string url, string flag = "1") =>
        Navigation.NavigateTo($"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{SavedParameter}={Uri.EscapeDataString(flag)}");

    /// <summary>The status of a refused form: 403 forbidden, 404 not found, 409 stale (someone saved first), else 422.</summary>
    protected void SetRefusedStatus(bool forbidden = false, bool notFound = false, bool conflict = false) =>
        HttpContext.SetPageStatus(forbidden ? 403 : notFound ? 404 : conflict ? 409 : 422);
}
