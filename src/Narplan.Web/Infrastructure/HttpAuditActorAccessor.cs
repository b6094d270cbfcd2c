namespace Narplan.Web.Infrastructure;

/// <summary>The signed-in user as the audit log names them; the system when no request is running.</summary>
public sealed class HttpAuditActorAccessor(IHttpContextAccessor http) : IAuditActorAccessor
{
    public AuditActor Current
    {
        get
        {
            var user = http.HttpContext?.User;
            if (user?.Identity?.IsAuthenticated != true)
            {
                return http.HttpContext is null ? AuditActor.System : new AuditActor(null, "Anonym", null, "Anonym");
            }

            return new AuditActor(
                user.FindFirstValue(ClaimTypes.NameIdentifier),
                user.FindFirstValue(NarplanClaims.DisplayName) ?? user.Identity.Name ?? "",
                user.OrganisationId(),
                user.FindFirstValue(ClaimTypes.Role) ?? "");
        }
    }
}
