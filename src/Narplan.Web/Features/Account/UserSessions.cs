using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Narplan.Web.Features.Account;

/// <summary>Settings under <c>Authentication</c> for signed-in sessions.</summary>
public sealed class SessionSettings
{
    /// <summary><c>Authentication:SessionIdleTimeout</c>: a session unused this long has ended (default 8 hours).</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// How stale the stored "last seen" may get before a request renews it: a sixteenth of the idle
    /// timeout, at most five minutes. Between renewals a request only reads its session row.
    /// </summary>
    public TimeSpan RenewAfter => TimeSpan.FromTicks(Math.Min(SessionIdleTimeout.Ticks / 16, TimeSpan.FromMinutes(5).Ticks));
}

/// <summary>
/// Server-side sessions for the sign-in cookie (decision 0032). Signing in stores a
/// <see cref="UserSession"/> row and puts its id in the cookie; every request then reads that row
/// with its user by primary key (one indexed query) and the cookie is refused when the row is gone
/// (logged out), unused longer than the idle timeout, or the user's security stamp (password),
/// role or lock has changed since. State lives in the database so every app instance agrees.
/// </summary>
public static class UserSessions
{
    public const string SessionIdClaim = "narplan:sid";

    /// <summary>Set on the request when its cookie was refused, so the login page can say why.</summary>
    public const string EndedItem = "narplan.session-ended";

    public static async Task OnSigningInAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity
            || identity.FindFirst(ClaimTypes.NameIdentifier)?.Value is not { } userId)
        {
            return;
        }

        await using var scope = context.HttpContext.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NarplanDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<IClock>().GetCurrentInstant();
        var settings = scope.ServiceProvider.GetRequiredService<SessionSettings>();
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.Role }).SingleAsync();

        // The user's sessions that ran out are removed here rather than by a sweeper.
        var stale = now - Duration.FromTimeSpan(settings.SessionIdleTimeout);
        await db.UserSessions.Where(s => s.UserId == userId && s.LastSeenAt < stale).ExecuteDeleteAsync();

        var session = new UserSession(userId, user.SecurityStamp ?? "", user.Role, now);
        db.UserSessions.Add(session);
        await db.SaveChangesAsync();

        foreach (var old in identity.FindAll(SessionIdClaim).ToList())
        {
            identity.RemoveClaim(old);
        }

        identity.AddClaim(new Claim(SessionIdClaim, session.Id.ToString()));
    }

    /// <summary>Logout ends the session in the database, so the cookie is dead even if a copy is kept.</summary>
    public static async Task OnSigningOutAsync(CookieSigningOutContext context)
    {
        if (SessionId(context.HttpContext.User) is { } id)
        {
            var db = context.HttpContext.RequestServices.GetRequiredService<NarplanDbContext>();
            await db.UserSessions.Where(s => s.Id == id).ExecuteDeleteAsync();
        }
    }

    public static async Task OnValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        if (SessionId(context.Principal) is not { } id)
        {
            // A cookie from before server-side sessions, or one without a session: not accepted.
            await RejectAsync(context);
            return;
        }

        var db = services.GetRequiredService<NarplanDbContext>();
        var now = services.GetRequiredService<IClock>().GetCurrentInstant();
        var settings = services.GetRequiredService<SessionSettings>();
        var session = await db.UserSessions.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new
            {
                s.LastSeenAt,
                s.SecurityStamp,
                s.Role,
                UserStamp = s.User!.SecurityStamp,
                UserRole = s.User.Role,
                s.User.LockoutEnd,
            })
            .SingleOrDefaultAsync();

        var ended = session is null
            || now - session.LastSeenAt > Duration.FromTimeSpan(settings.SessionIdleTimeout)
            || (session.UserStamp ?? "") != session.SecurityStamp
            || session.UserRole != session.Role
            || (session.LockoutEnd is { } lockedUntil && lockedUntil > now.ToDateTimeOffset());
        if (ended)
        {
            if (session is not null)
            {
                await db.UserSessions.Where(s => s.Id == id).ExecuteDeleteAsync();
            }

            await RejectAsync(context);
            return;
        }

        if (now - session!.LastSeenAt >= Duration.FromTimeSpan(settings.RenewAfter))
        {
            await db.UserSessions.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAt, now));
        }
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        context.HttpContext.Items[EndedItem] = true;
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    private static Guid? SessionId(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirst(SessionIdClaim)?.Value, out var id) ? id : null;
}
