using Microsoft.AspNetCore.Identity;

namespace Narplan.Data.Identity;

/// <summary>
/// A Närplan user: an Identity account (local password or linked SITHS/OIDC login) that belongs to a person in the
/// register and holds one or more roles per organisation (<see cref="UserRoleAssignment"/>). It acts in one of them at a
/// time: <see cref="OrganisationId"/> and <see cref="Role"/> (decision 0063).
/// </summary>
public sealed class NarplanUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The organisation of the role the account acts in now.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The role the account acts in now; one of its assignments.</summary>
    public UserRole Role { get; set; }

    /// <summary>The person in the register this account belongs to (their tasks, rounds and reviews are "mine").</summary>
    public Guid? PersonId { get; set; }

    /// <summary>When an administrator deactivated the account; it cannot sign in until reactivated.</summary>
    public NodaTime.Instant? DeactivatedAt { get; set; }

    /// <summary>
    /// A new account signing in with <paramref name="email"/>, which is its user name and counts as confirmed (the
    /// activation link goes to it), acting as <paramref name="role"/> in <paramref name="organisationId"/>.
    /// </summary>
    public static NarplanUser WithEmail(string email, string displayName, Guid organisationId, UserRole role, Guid? personId = null) => new()
    {
        UserName = email,
        Email = email,
        EmailConfirmed = true,
        DisplayName = displayName,
        OrganisationId = organisationId,
        Role = role,
        PersonId = personId,
    };
}
