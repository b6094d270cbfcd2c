namespace Narplan.Web.Features.Account;

/// <summary>One sign-in (or failed attempt) as the user's own history shows it.</summary>
public sealed record SignInRow(Instant At, bool Succeeded, string How, string Details);

/// <summary>
/// What users do to their own account (issue 17.4): change the password (the old one first; every other session ends),
/// see their own sign-in history, and switch between their roles (one at a time; decision 0063).
/// </summary>
public sealed class OwnAccount(NarplanDbContext db, UserManager<NarplanUser> users, SignInManager<NarplanUser> signIn, IClock clock)
{
    public async Task<NarplanUser?> UserAsync(ClaimsPrincipal principal) => await users.GetUserAsync(principal);

    public async Task<IReadOnlyList<AccountRole>> RolesAsync(NarplanUser user, CancellationToken ct = default)
    {
        var roles = await db.UserRoleAssignments.AsNoTracking().Where(r => r.UserId == user.Id).OrderBy(r => r.GrantedAt).ToListAsync(ct);
        var ids = roles.Select(r => r.OrganisationId).ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return [.. roles.Select(r => new AccountRole(r.Id, r.Role, r.OrganisationId, names.GetValueOrDefault(r.OrganisationId, "?"), null, null,
            r.Role == user.Role && r.OrganisationId == user.OrganisationId))];
    }

    /// <summary>The last 50 sign-ins and failed attempts with this account's e-mail address, newest first.</summary>
    public async Task<IReadOnlyList<SignInRow>> SignInsAsync(NarplanUser user, CancellationToken ct = default)
    {
        var email = user.Email ?? "";
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(e => (e.Action == AuditAction.SignIn && e.UserId == user.Id) || (e.Action == AuditAction.SignInFailed && e.UserName == email))
            .OrderByDescending(e => e.Sequence).Take(50)
            .Select(e => new { e.At, e.Action, e.EntityId, e.Details })
            .ToListAsync(ct);
        return [.. rows.Select(r => new SignInRow(r.At, r.Action == AuditAction.SignIn, r.EntityId == "lokal" ? "Lösenord" : "SITHS", r.Details))];
    }

    /// <summary>Changes the password after checking the current one; the user stays signed in here and every other session ends.</summary>
    public async Task<string?> ChangePasswordAsync(NarplanUser user, string current, string next)
    {
        if (PasswordRules.Problem(next, user.Email) is { } problem)
        {
            return problem;
        }

        var result = await users.ChangePasswordAsync(user, current, next);
        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code == "PasswordMismatch") ? "Det nuvarande lösenordet stämmer inte." : string.Join(" ", result.Errors.Select(e => e.Description));
        }

        db.AuditEntries.Add(new AuditEntry(clock.GetCurrentInstant(), user.Id, user.DisplayName, user.OrganisationId, user.Role.ToString(),
            AuditAction.Update, "NarplanUser", user.Id, null, "Bytte sitt lösenord"));
        await db.SaveChangesAsync();
        await signIn.RefreshSignInAsync(user);
        return null;
    }

    /// <summary>Acts in another of the account's roles from now on; the account's other sessions end (they carry the old role).</summary>
    public async Task<string?> SwitchRoleAsync(NarplanUser user, Guid assignmentId)
    {
        var assignment = await db.UserRoleAssignments.AsNoTracking().SingleOrDefaultAsync(r => r.Id == assignmentId && r.UserId == user.Id);
        if (assignment is null)
        {
            return "Välj en av dina roller.";
        }

        user.Role = assignment.Role;
        user.OrganisationId = assignment.OrganisationId;
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            return "Kontot har ändrats av någon annan. Försök igen.";
        }

        db.AuditEntries.Add(new AuditEntry(clock.GetCurrentInstant(), user.Id, user.DisplayName, user.OrganisationId, user.Role.ToString(),
            AuditAction.Update, "NarplanUser", user.Id, null, "Bytte roll"));
        await db.SaveChangesAsync();
        await signIn.RefreshSignInAsync(user);
        return null;
    }
}
