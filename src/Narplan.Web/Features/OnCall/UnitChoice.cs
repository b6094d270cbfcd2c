namespace Narplan.Web.Features.OnCall;

/// <summary>The unit a "Vem ringer jag?" page is for: the query string, else the one remembered in this browser.</summary>
public static class UnitChoice
{
    public const string RememberCookie = "narplan.enhet";

    /// <summary>The chosen unit id; a chosen one is remembered for a year.</summary>
    public static Guid? Resolve(HttpContext? http, string? parameter)
    {
        if (Guid.TryParse(parameter, out var chosen))
        {
            http?.Response.Cookies.Append(RememberCookie, chosen.ToString(),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), IsEssential = true });
            return chosen;
        }

        return Guid.TryParse(http?.Request.Cookies[RememberCookie], out var remembered) ? remembered : null;
    }
}
