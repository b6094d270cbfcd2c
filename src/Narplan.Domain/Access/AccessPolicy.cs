namespace Narplan.Domain.Access;

/// <summary>
/// Where a patient belongs today, as far as access goes (DOMAIN.md §3, §12; decision 0022): the patient's kommun,
/// the vårdcentral the patient is listed at, the vårdcentral responsible for the patient's unit today, and — during
/// a korttids stay — the korttidsboende's vårdcentral, which has treatment responsibility for the stay.
/// </summary>
public sealed record PatientCareRelation(Guid KommunId, Guid? ListedCareCentreId, Guid? UnitCareCentreId, Guid? StayCareCentreId = null);

/// <summary>
/// Every access rule of Närplan in one place: named questions answered from an <see cref="Actor"/> and the data the
/// caller has loaded. No database, no claims, no HTTP: a newcomer finds who may see a patient here, and the table
/// test in <c>Narplan.Domain.Tests/Access</c> shows every role against every question.
/// </summary>
/// <remarks>
/// Each organisation is its own care provider (DOMAIN.md §12): a kommun's users act for their kommun's units and
/// patients; a vårdcentral's users for the units it answers for and the patients listed with it; an administrator
/// for all. The roles that decide (MAS, enhetschef, vårdcentralschef) are narrower than the roles that work
/// (sjuksköterska, läkare) where the seeds give a decision to a manager.
/// </remarks>
public static partial class AccessPolicy
{
    /// <summary>Change a unit's facts (name, type, places): its kommun's users.</summary>
    public static bool MayEditUnit(Actor actor, Guid unitKommunId) =>
        actor.IsAdmin || actor.ActsForKommun(unitKommunId) || (actor.Role == UserRole.KommunAdmin && actor.KommunId == unitKommunId);

    /// <summary>Give a unit a new responsible vårdcentral: the kommun's MAS or enhetschef, or the current vårdcentral's chef.</summary>
    public static bool MayAssignResponsibility(Actor actor, Guid unitKommunId, Guid? currentCareCentreId) =>
        actor.IsAdmin
        || (actor.IsKommunManager && actor.KommunId == unitKommunId)
        || (actor.Role == UserRole.CareCentreManager && actor.ActsForCareCentre(currentCareCentreId));

    /// <summary>A vårdcentral's redirects and absences: its own chef.</summary>
    public static bool MayManageCareCentre(Actor actor, Guid careCentreId) =>
        actor.IsAdmin || (actor.Role == UserRole.CareCentreManager && actor.OrganisationId == careCentreId);

    /// <summary>Mark a round held, cancelled or moved, and keep its agenda: the unit's kommun or its vårdcentral's staff.</summary>
    public static bool MayMarkRound(Actor actor, Guid unitKommunId, Guid? unitCareCentreId) =>
        actor.IsAdmin || actor.ActsForKommun(unitKommunId) || actor.ActsForCareCentre(unitCareCentreId);

    /// <summary>Create or change a round series: the kommun's MAS or enhetschef, or the vårdcentral's chef.</summary>
    public static bool MayEditRoundSeries(Actor actor, Guid unitKommunId, Guid? unitCareCentreId) =>
        actor.IsAdmin
        || (actor.IsKommunManager && actor.KommunId == unitKommunId)
        || (actor.Role == UserRole.CareCentreManager && actor.ActsForCareCentre(unitCareCentreId));

    /// <summary>A doctor's secret calendar link: the doctor's own vårdcentral.</summary>
    public static bool MayManageDoctorFeed(Actor actor, Guid? doctorOrganisationId) =>
        actor.IsAdmin || actor.ActsForCareCentre(doctorOrganisationId);

    /// <summary>Make or re-plan a unit's year plan of annual reviews: the unit's kommun or its vårdcentral.</summary>
    public static bool MayPlanYear(Actor actor, Guid unitKommunId, Guid? unitCareCentreId) =>
        actor.IsAdmin || actor.ActsForKommun(unitKommunId) || actor.ActsForCareCentre(unitCareCentreId);

    /// <summary>
    /// See a patient (and therefore read or change their data): the patient's kommun, or a vårdcentral with a care
    /// relation — listed there, responsible for the unit, or responsible for a korttids stay.
    /// </summary>
    public static bool MaySeePatient(Actor actor, PatientCareRelation patient)
    {
        if (actor.IsAdmin)
        {
            return true;
        }

        if (actor.IsKommunUser)
        {
            return actor.KommunId == patient.KommunId;
        }

        return actor.IsCareCentreUser
               && actor.OrganisationId is { } organisation
               && (organisation == patient.ListedCareCentreId || organisation == patient.UnitCareCentreId || organisation == patient.StayCareCentreId);
    }

    /// <summary>Add (enrol) patients at a kommun's units: the kommun's own staff.</summary>
    public static bool MayEnrolPatient(Actor actor, Guid kommunId) => actor.IsAdmin || actor.ActsForKommun(kommunId);

    /// <summary>Import Bilaga 1 or 2, start the närområde's plan, keep its förskola register: the kommun's MAS or enhetschef.</summary>
    public static bool MayImportAppendix(Actor actor, Guid kommunId) =>
        actor.IsAdmin || (actor.IsKommunManager && actor.KommunId == kommunId);

    /// <inheritdoc cref="MayImportAppendix"/>
    public static bool MayStartPlan(Actor actor, Guid kommunId) => MayImportAppendix(actor, kommunId);

    /// <inheritdoc cref="MayImportAppendix"/>
    public static bool MayEditPreschools(Actor actor, Guid kommunId) => MayImportAppendix(actor, kommunId);

    /// <summary>
    /// The party of a plan this user acts for: their own organisation when it is a party, or — for a kommun user of
    /// the plan's kommun — the kommun's party. Null when they act for none.
    /// </summary>
    public static Guid? PlanPartyOf(Actor actor, Guid planKommunId, IReadOnlyCollection<Guid> partyOrganisationIds)
    {
        if (actor.IsKommunAdmin)
        {
            // A kommun administrator manages accounts; they act for no party of a plan.
            return null;
        }

        if (actor.OrganisationId is { } own && partyOrganisationIds.Contains(own))
        {
            return own;
        }

        return actor.ActsForKommun(planKommunId) && partyOrganisationIds.Contains(planKommunId) ? planKommunId : null;
    }

    /// <summary>Write in a plan version and comment on it: the parties' staff.</summary>
    public static bool MayEditPlan(Actor actor, Guid planKommunId, IReadOnlyCollection<Guid> partyOrganisationIds) =>
        actor.IsAdmin || PlanPartyOf(actor, planKommunId, partyOrganisationIds) is not null;

    /// <summary>
    /// The parties this user may approve a plan version for: their own party when they hold a signatory role (MAS,
    /// enhetschef, vårdcentralschef); every party for an administrator, who records approvals given on paper.
    /// </summary>
    public static IReadOnlyList<Guid> ApprovableParties(Actor actor, Guid planKommunId, IReadOnlyCollection<Guid> partyOrganisationIds)
    {
        if (actor.IsAdmin)
        {
            return [.. partyOrganisationIds];
        }

        return actor.Role is UserRole.Mas or UserRole.UnitManager or UserRole.CareCentreManager
               && PlanPartyOf(actor, planKommunId, partyOrganisationIds) is { } party
            ? [party]
            : [];
    }

    /// <summary>
    /// Change a delregion's närvårdssamverkan (bodies, members, meetings, matters, agreement, population, budget): the
    /// närvårdskontor coordinator of that delregion and administrators. Everyone, signed in or not, reads it.
    /// </summary>
    public static bool MayEditGovernance(Actor actor, Guid subRegionId) =>
        actor.IsAdmin || (actor.Role == UserRole.Coordinator && actor.OrganisationId == subRegionId);

    /// <summary>
    /// Create a region, or change a region's name or end it (decision 0094): system administrators only (a region's
    /// on-call rules stay at /administration/jourregler under <see cref="MayAdminister"/>).
    /// </summary>
    public static bool MayCreateRegion(Actor actor) => actor.IsAdmin;

    /// <summary>
    /// Keep a region's organisation register — its delregioner (add, rename, end) and kommuner, and everything under
    /// them: a system administrator, or the region's own region administrator.
    /// </summary>
    public static bool MayAdministerRegion(Actor actor, Guid regionId) =>
        actor.IsAdmin || (actor.Role == UserRole.RegionAdmin && actor.OrganisationId == regionId);

    /// <summary>
    /// Keep one kommun's setup — the kommun's facts (not its code's uniqueness or region), its vårdcentraler and other
    /// regional units, kommunal enheter, förskolor and the people working there; import and export it: a system
    /// administrator, the region administrator of the kommun's region, or the kommun's own kommun administrator. A
    /// kommun administrator of another kommun may not, nor may the kommun's care staff by this question.
    /// </summary>
    public static bool MayAdministerKommun(Actor actor, Guid regionId, Guid kommunId) =>
        MayAdministerRegion(actor, regionId) || (actor.Role == UserRole.KommunAdmin && actor.KommunId == kommunId);

    /// <summary>
    /// Open the organisation administration at all (the menu entry and the overview page): administrators of the
    /// system, a region or a kommun.
    /// </summary>
    public static bool MayOpenOrganisationAdministration(Actor actor) =>
        actor.Role is UserRole.Admin or UserRole.RegionAdmin or UserRole.KommunAdmin;

    /// <summary>The audit log and its chain check, rule profiles, decision-support triggers: administrators.</summary>
    public static bool MayAdminister(Actor actor) => actor.IsAdmin;

    /// <summary>
    /// Review the monthly sample of an organisation's patient reads (systematic log review, HSLF-FS 2016:40): the
    /// organisation's MAS (a kommun) or vårdcentralschef (a vårdcentral), or an administrator.
    /// </summary>
    public static bool MayReviewLog(Actor actor, Guid organisationId) =>
        actor.IsAdmin || (actor.Role is UserRole.Mas or UserRole.CareCentreManager && actor.OrganisationId == organisationId);

    /// <summary>
    /// The account pages (Administration → konton): administrators, a region administrator for their region, and a kommun
    /// administrator for their kommun.
    /// </summary>
    public static bool MayAdministerAccounts(Actor actor) =>
        actor.IsAdmin || (actor.IsKommunAdmin && actor.KommunId is not null) || (actor.Role == UserRole.RegionAdmin && actor.OrganisationId is not null);

    /// <summary>
    /// Manage one account — activation and reset links, lock, deactivate, SITHS link, roles: an administrator any; a region
    /// or kommun administrator only an account whose every role lies in their own region or kommun (<paramref name="accountRoles"/>:
    /// per role, where its organisation sits) and none of whose roles is <see cref="UserRole.Admin"/>. An account with a role
    /// elsewhere is not theirs to change, or a kommun administrator could lock out a doctor of a vårdcentral and a region
    /// administrator take over a system administrator's account by a reset link.
    /// </summary>
    public static bool MayManageAccount(Actor actor, IReadOnlyCollection<AccountRoleScope> accountRoles) =>
        actor.IsAdmin
        || (accountRoles.Count > 0 && accountRoles.All(r => r.Role != UserRole.Admin && AdministersAccountsAt(actor, r)));

    /// <summary>
    /// The roles this user may give at all: an administrator every role; a region administrator every role but
    /// <see cref="UserRole.Admin"/>; a kommun administrator the kommun roles (sjuksköterska, MAS, enhetschef,
    /// kommunadministratör); anyone else none.
    /// </summary>
    public static IReadOnlyList<UserRole> GrantableRoles(Actor actor) => actor.Role switch
    {
        UserRole.Admin => Enum.GetValues<UserRole>(),
        UserRole.RegionAdmin when actor.OrganisationId is not null => [.. Enum.GetValues<UserRole>().Where(r => r != UserRole.Admin)],
        UserRole.KommunAdmin when actor.KommunId is not null => [UserRole.KommunNurse, UserRole.Mas, UserRole.UnitManager, UserRole.KommunAdmin],
        _ => [],
    };

    /// <summary>
    /// Give (or take) a role in an organisation to an account: never to one's own account (<paramref name="isOwnAccount"/>:
    /// the same account or the same person); one of <see cref="GrantableRoles"/>, in an organisation where this user
    /// administers accounts (<paramref name="grant"/>: the role and where its organisation sits) — anywhere for an
    /// administrator, in their own region for a region administrator, in their own kommun (the kommun itself) for a
    /// kommun administrator.
    /// </summary>
    public static bool MayGrantRole(Actor actor, bool isOwnAccount, AccountRoleScope grant)
    {
        if (!actor.IsSignedIn || isOwnAccount || !GrantableRoles(actor).Contains(grant.Role))
        {
            return false;
        }

        return actor.IsAdmin || AdministersAccountsAt(actor, grant);
    }

    /// <summary>Whether a region or kommun administrator administers accounts at the organisation of <paramref name="role"/>.</summary>
    private static bool AdministersAccountsAt(Actor actor, AccountRoleScope role) => actor.Role switch
    {
        UserRole.RegionAdmin => actor.OrganisationId is { } region && role.RegionId == region,
        UserRole.KommunAdmin => actor.KommunId is { } kommun && role.KommunId == kommun,
        _ => false,
    };
}

