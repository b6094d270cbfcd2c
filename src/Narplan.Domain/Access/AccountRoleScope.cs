namespace Narplan.Domain.Access;

/// <summary>
/// One role of an account as the account questions need it: the role, the region its organisation lies in (null when
/// unknown), and the kommun when the organisation is a kommun (null for a region, delregion or vårdcentral).
/// </summary>
public sealed record AccountRoleScope(UserRole Role, Guid? RegionId, Guid? KommunId);
