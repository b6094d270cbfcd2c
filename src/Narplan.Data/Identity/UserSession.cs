namespace Narplan.Data.Identity;

/// <summary>
/// One signed-in session (inloggning), held in the database so that every app instance agrees
/// when it has ended. The sign-in cookie carries only the session's id as a claim; the cookie is
/// accepted while the row exists, was last used within the idle timeout and the user still has
/// the security stamp and role they signed in with and is not locked (decision 0032).
/// Logout deletes the row, so a copied cookie is worth nothing after it.
/// </summary>
public sealed class UserSession
{
    private UserSession()
    {
        UserId = "";
        SecurityStamp = "";
    }

    public UserSession(string userId, string securityStamp, UserRole role, Instant startedAt)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        SecurityStamp = securityStamp;
        Role = role;
        StartedAt = startedAt;
        LastSeenAt = startedAt;
    }

    /// <summary>Random, so it cannot be guessed from another session's id.</summary>
    public Guid Id { get; private set; }

    public string UserId { get; private set; }

    public NarplanUser? User { get; private set; }

    /// <summary>The user's security stamp at sign-in; a password change gives the user a new one.</summary>
    public string SecurityStamp { get; private set; }

    /// <summary>The role at sign-in; another role (or none) ends the session.</summary>
    public UserRole Role { get; private set; }

    public Instant StartedAt { get; private set; }

    /// <summary>The last request seen, renewed at most every few minutes so that a request is a read, not a write.</summary>
    public Instant LastSeenAt { get; private set; }
}
