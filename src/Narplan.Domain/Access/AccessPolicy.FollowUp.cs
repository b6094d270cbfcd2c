namespace Narplan.Domain.Access;

/// <summary>
/// The follow-up's questions (issue 20; decision 0082). The dashboard's totals are for every signed-in user (and the
/// published plans' totals for the public); the rows behind them name patients' contacts, reviews and deaths, so
/// only the kommun's own staff and administrators see them.
/// </summary>
public static partial class AccessPolicy
{
    /// <summary>
    /// See the rows behind a follow-up indicator (contacts, reviews, intyg, deaths of the närområde's patients): the
    /// kommun's sjuksköterskor, MAS and enhetschefer, and administrators. A vårdcentral's staff see the totals; they
    /// reach their own patients through the patient pages.
    /// </summary>
    public static bool MaySeeFollowUpRows(Actor actor, Guid kommunId) => actor.IsAdmin || actor.ActsForKommun(kommunId);

    /// <summary>
    /// Enter the hand-counted figures (avvikelser i samverkan, oplanerade transporter) for a närområde: the kommun's
    /// MAS or enhetschef, the vårdcentralschef of a vårdcentral with läkaransvar in the kommun
    /// (<paramref name="kommunCareCentreIds"/>), and administrators.
    /// </summary>
    public static bool MayEnterFollowUpCounts(Actor actor, Guid kommunId, IReadOnlyCollection<Guid> kommunCareCentreIds) =>
        actor.IsAdmin
        || (actor.IsKommunManager && actor.KommunId == kommunId)
        || (actor.Role == UserRole.CareCentreManager && actor.OrganisationId is { } own && kommunCareCentreIds.Contains(own));

    /// <summary>Start the yearly review (årlig uppföljning) of a published plan, which drafts the next version: whoever may write in the plan.</summary>
    public static bool MayStartYearlyReview(Actor actor, Guid planKommunId, IReadOnlyCollection<Guid> partyOrganisationIds) =>
        MayEditPlan(actor, planKommunId, partyOrganisationIds);

    /// <summary>
    /// Correct or complete the quality items of a dead patient's last week of life after the death was recorded (decision
    /// 0093): the health-care staff who document them — the sjuksköterskor and MAS of the patient's kommun and the doctors
    /// of a vårdcentral with a care relation to the patient (listed there, responsible for the unit, or for a korttids
    /// stay) — and administrators. Enhetschefer, vårdcentralschefer and kommunadministratörer do not document care.
    /// </summary>
    public static bool MayCorrectLastWeekOfLife(Actor actor, PatientCareRelation patient) =>
        actor.IsAdmin
        || (actor.Role is UserRole.KommunNurse or UserRole.Mas && actor.KommunId == patient.KommunId)
        || (actor.Role == UserRole.Doctor && actor.OrganisationId is { } centre
            && (centre == patient.ListedCareCentreId || centre == patient.UnitCareCentreId || centre == patient.StayCareCentreId));
}
