using Narplan.Domain;

namespace Narplan.Data.Identity;

/// <summary>
/// One role of an account in one organisation (issue 17): a doctor who serves two vårdcentraler has two. The account acts
/// in one of them at a time — <see cref="NarplanUser.Role"/> and <see cref="NarplanUser.OrganisationId"/> — and switches
/// between them (decision 0063).
/// </summary>
public sealed class UserRoleAssignment : Entity
{
    private UserRoleAssignment()
    {
        UserId = "";
        GrantedBy = "";
    }

    public UserRoleAssignment(string userId, Guid organisationId, UserRole role, Instant grantedAt, string grantedBy)
    {
        UserId = userId;
        OrganisationId = organisationId;
        Role = role;
        GrantedAt = grantedAt;
        GrantedBy = grantedBy;
    }

    public string UserId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public UserRole Role { get; private set; }

    public Instant GrantedAt { get; private set; }

    /// <summary>The name of whoever gave the role (an administrator, or "Installation" for the first one).</summary>
    public string GrantedBy { get; private set; }
}
