namespace Narplan.Web.Infrastructure;

/// <summary>
/// A section of "Mina uppgifter": the rows one register has for the signed-in user, read once per user through the
/// section's own <typeparamref name="TService"/> in its own scope (decision 0098) — sibling sections load at the same
/// time, and one <c>DbContext</c> must never run two queries at once (PostgreSQL).
/// </summary>
public abstract class TasksSection<TService, TRow> : ComponentBase
    where TService : notnull
{
    private ClaimsPrincipal? loadedFor;

    [Parameter, EditorRequired] public ClaimsPrincipal User { get; set; } = new();

    [Inject] private SectionScopes Scopes { get; set; } = default!;

    /// <summary>The user's rows; empty until read (and when the section reads nothing for this user).</summary>
    protected IReadOnlyList<TRow> Rows { get; private set; } = [];

    /// <summary>Reads the user's rows.</summary>
    protected abstract Task<IReadOnlyList<TRow>> LoadAsync(TService service);

    /// <summary>False for a user the register has no tasks for: the section then opens no scope at all.</summary>
    protected virtual bool ReadsFor(ClaimsPrincipal user) => true;

    protected override async Task OnParametersSetAsync()
    {
        if (ReferenceEquals(loadedFor, User))
        {
            return;
        }

        loadedFor = User;
        if (!ReadsFor(User))
        {
            return;
        }

        await using var scope = await Scopes.OpenAsync();
        Rows = await LoadAsync(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
