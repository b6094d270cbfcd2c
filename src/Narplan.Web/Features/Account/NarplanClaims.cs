namespace Narplan.Web.Features.Account;

/// <summary>Claims Närplan adds to a signed-in user; the role uses <see cref="ClaimTypes.Role"/>.</summary>
public static class NarplanClaims
{
    public const string OrganisationIdType = "narplan:org";
    public const string KommunIdType = "narplan:kommun";
    public const string DisplayName = "narplan:name";
    public const string OrganisationName = "narplan:orgname";
    public const string PersonIdType = "narplan:person";

    /// <summary>The person in the register the account belongs to (issue 17.5), or null for an account without one.</summary>
    public static Guid? PersonId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(PersonIdType), out var id) ? id : null;

    public static Guid? OrganisationId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(OrganisationIdType), out var id) ? id : null;

    public static Guid? KommunId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(KommunIdType), out var id) ? id : null;

    public static UserRole? Role(this ClaimsPrincipal user) =>
        Enum.TryParse<UserRole>(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    public static bool IsAdmin(this ClaimsPrincipal user) => user.Role() == UserRole.Admin;

    /// <summary>The user as the access policy sees them (<see cref="Narplan.Domain.Access.AccessPolicy"/>).</summary>
    public static Actor ToActor(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? new Actor(user.Role(), user.OrganisationId(), user.KommunId(), user.PersonId()) : Actor.Anonymous;

    public static bool IsKommunUser(this ClaimsPrincipal user) =>
        user.Role() is UserRole.KommunNurse or UserRole.Mas or UserRole.UnitManager;
}
