namespace Narplan.Web.Features.Account;

/// <summary>
/// Who may change what (DOMAIN.md §12: each organisation is its own care provider). A kommun's
/// staff change their own kommun's units; a vårdcentral's chef changes the läkaransvar their
/// vårdcentral carries; an administrator changes everything. Everyone signed in may read plan data.
/// </summary>
public sealed class OrganisationAccess
{
    public bool CanEditUnit(ClaimsPrincipal user, CareUnit unit) => AccessPolicy.MayEditUnit(user.ToActor(), unit.KommunId);

    /// <summary>Assigning a vårdcentral: the unit's kommun (MAS/enhetschef) or the vårdcentral's own chef for units it answers for.</summary>
    public bool CanAssignResponsibility(ClaimsPrincipal user, CareUnit unit, Guid? currentCareCentreId) =>
        AccessPolicy.MayAssignResponsibility(user.ToActor(), unit.KommunId, currentCareCentreId);

    /// <summary>Redirects and absences of a vårdcentral: its own vårdcentralschef, or an administrator.</summary>
    public bool CanManageCareCentre(ClaimsPrincipal user, Guid careCentreId) => AccessPolicy.MayManageCareCentre(user.ToActor(), careCentreId);

    public static string DeniedMessage(CareUnit unit) =>
        $"Du kan inte ändra {unit.Name}: enheten tillhör en annan organisation än din.";
}
