using Microsoft.AspNetCore.Identity;
using Narplan.Domain.Access;

namespace Narplan.Data.Identity;

/// <summary>
/// A Närplan user: an Identity account (local password or linked SITHS/OIDC login) that belongs
/// to exactly one organisation and signs in with one role.
/// </summary>
public sealed class NarplanUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public Guid OrganisationId { get; set; }

    public UserRole Role { get; set; }
}
