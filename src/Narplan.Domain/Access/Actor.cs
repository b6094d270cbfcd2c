namespace Narplan.Domain.Access;

/// <summary>
/// Who is asking, as the access policy needs it: the role the user signed in with, the organisation they act for
/// (a kommun or a vårdcentral) and, for kommun users, the kommun; and the person in the register the account belongs to,
/// when it is linked (issue 17). Built once per request from the sign-in claims; <see cref="Anonymous"/> is the public.
/// </summary>
public sealed record Actor(UserRole? Role, Guid? OrganisationId, Guid? KommunId, Guid? PersonId = null)
{
    public static Actor Anonymous { get; } = new(null, null, null);

    public bool IsSignedIn => Role is not null;

    public bool IsAdmin => Role == UserRole.Admin;

    /// <summary>Kommunadministratör: manages the accounts of their kommun, nothing else.</summary>
    public bool IsKommunAdmin => Role == UserRole.KommunAdmin;

    /// <summary>Sjuksköterska, MAS or enhetschef: acts for a kommun.</summary>
    public bool IsKommunUser => Role is UserRole.KommunNurse or UserRole.Mas or UserRole.UnitManager;

    /// <summary>Läkare or vårdcentralschef: acts for a vårdcentral.</summary>
    public bool IsCareCentreUser => Role is UserRole.Doctor or UserRole.CareCentreManager;

    /// <summary>MAS or enhetschef: the kommun's roles that decide about units, plans and registers.</summary>
    public bool IsKommunManager => Role is UserRole.Mas or UserRole.UnitManager;

    /// <summary>Whether this kommun user acts for <paramref name="kommunId"/>.</summary>
    public bool ActsForKommun(Guid kommunId) => IsKommunUser && KommunId == kommunId;

    /// <summary>Whether this vårdcentral user acts for <paramref name="careCentreId"/> (false when it is null).</summary>
    public bool ActsForCareCentre(Guid? careCentreId) => IsCareCentreUser && careCentreId is not null && OrganisationId == careCentreId;
}
