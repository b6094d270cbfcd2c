using Narplan.Web.Features.YearPlans;

namespace Narplan.Web.Features.Patients;

/// <summary>
/// One section of <see cref="PatientPage"/> with its own forms. The page loads the patient once and passes it down:
/// sections do not query, since siblings render at the same time and share the page's DbContext. A section posts its own
/// form; when the command is refused it asks the page to load the patient again (<see cref="Reload"/>), and on a stale
/// save (409) the form keeps what the user typed with the version now shown.
/// </summary>
public abstract class PatientSection : ComponentBase
{
    [Parameter, EditorRequired]
    public PatientDetail Detail { get; set; } = default!;

    [Parameter, EditorRequired]
    public ClaimsPrincipal User { get; set; } = new();

    /// <summary>Today in Stockholm, as the page read it.</summary>
    [Parameter]
    public LocalDate Today { get; set; }

    /// <summary>Loads the patient again and renders the page anew; the fresh detail, or null when the patient is gone.</summary>
    [Parameter, EditorRequired]
    public Func<Task<PatientDetail?>> Reload { get; set; } = default!;

    [Inject]
    protected PatientCommands Commands { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    protected HttpContext? HttpContext { get; set; }

    protected Guid Id => Detail.Patient.Id;

    /// <summary>
    /// After a command: saved → back to the patient page with its saved flag (and the year plans it re-planned);
    /// refused → the status (404, 409 stale, else 422), the Swedish error, the patient loaded again.
    /// </summary>
    protected async Task AfterAsync(PatientCommandResult result, string savedFlag, Action<string> showError, Action<int> takeVersion)
    {
        if (result.Succeeded)
        {
            Navigation.NavigateTo($"{PatientPage.Url(Id)}?{NarplanPage.SavedParameter}={savedFlag}{YearPlanFollowedNotice.Query(result.YearPlans)}");
            return;
        }

        HttpContext.SetPageStatus(result.NotFound ? 404 : result.Conflict ? 409 : 422);
        showError(result.Error!);
        var fresh = await Reload();
        if (result.Conflict && fresh is not null)
        {
            // Keep what the user typed; the next save is made against the version now shown.
            takeVersion(fresh.Patient.Version);
        }
    }
}
