namespace Narplan.Web.Features.Account;

/// <summary>
/// The sign-in history's audit rows (issue 16.5: no page writes audit rows itself): a successful sign-in under the
/// account, a failed one under the name that was tried — the rows "Mitt konto" shows as the user's sign-in history
/// (<see cref="OwnAccount"/>). <paramref name="method"/> is "lokal" for a password, or the external provider's name.
/// </summary>
public sealed class SignInAudit(NarplanDbContext db, IClock clock)
{
    /// <summary>The method name of a password sign-in.</summary>
    public const string Local = "lokal";

    public async Task SucceededAsync(NarplanUser user, string method, CancellationToken ct = default)
    {
        db.AuditEntries.Add(new AuditEntry(clock.GetCurrentInstant(), user.Id, user.DisplayName, user.OrganisationId, user.Role.ToString(),
            AuditAction.SignIn, "Login", method, null, ""));
        await db.SaveChangesAsync(ct);
    }

    public async Task FailedAsync(string triedName, string method, string reason, CancellationToken ct = default)
    {
        db.AuditEntries.Add(new AuditEntry(clock.GetCurrentInstant(), null, triedName, null, "Anonym",
            AuditAction.SignInFailed, "Login", method, null, reason));
        await db.SaveChangesAsync(ct);
    }
}
