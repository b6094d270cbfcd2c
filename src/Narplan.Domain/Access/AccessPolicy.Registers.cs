namespace Narplan.Domain.Access;

/// <summary>
/// The samverkan registers' questions (issue 19): capacity notices, egenvårdsintyg and the other registers. Kept in
/// their own file so the table test <c>RegisterAccessPolicyTableTests</c> sits beside them; the rules follow the same
/// pattern as the rest of the policy: a kommun's users for their kommun, a vårdcentral's users for the units it
/// answers for, administrators for all.
/// </summary>
public static partial class AccessPolicy
{
    /// <summary>
    /// See a unit's capacity notices: the unit's kommun, and the vårdcentral the notice was given to.
    /// </summary>
    public static bool MaySeeCapacityNotices(Actor actor, Guid unitKommunId, Guid? careCentreId) =>
        actor.IsAdmin || actor.ActsForKommun(unitKommunId) || actor.ActsForCareCentre(careCentreId);

    /// <summary>
    /// Give notice of a planned change of a unit's places: the kommun's MAS or enhetschef (seed 002 names sektorchef or
    /// enhetschef; Närplan's deciding kommun roles).
    /// </summary>
    public static bool MayGiveCapacityNotice(Actor actor, Guid unitKommunId) =>
        actor.IsAdmin || (actor.IsKommunManager && actor.KommunId == unitKommunId);

    /// <summary>Acknowledge a capacity notice: the vårdcentral's verksamhetschef (vårdcentralschef).</summary>
    public static bool MayAcknowledgeCapacityNotice(Actor actor, Guid? careCentreId) =>
        actor.IsAdmin || (actor.Role == UserRole.CareCentreManager && actor.ActsForCareCentre(careCentreId));

    /// <summary>
    /// Write or follow up a patient's egenvårdsintyg (seed 000: "Egenvårdsintyg skrivs av sjuksköterska eller läkare på
    /// vårdcentralen"): the staff of a vårdcentral with a care relation to the patient (listed there, or responsible for
    /// the unit). The kommun's staff read the intyg through <see cref="MaySeePatient"/> but do not write it.
    /// </summary>
    public static bool MayWriteSelfCareCertificate(Actor actor, PatientCareRelation patient) =>
        actor.IsAdmin
        || (actor.IsCareCentreUser && actor.OrganisationId is { } centre
            && (centre == patient.ListedCareCentreId || centre == patient.UnitCareCentreId));

    /// <summary>
    /// Mark a kommun's monthly place report to VGR as sent (issue 20 item 4; decision 0083): the kommun's MAS or
    /// enhetschef, who also get the reminder on "Mina uppgifter". The figures themselves are public like the places.
    /// </summary>
    public static bool MayMarkPlaceReportSent(Actor actor, Guid kommunId) =>
        actor.IsAdmin || (actor.IsKommunManager && actor.KommunId == kommunId);

    /// <summary>
    /// See a kommun's oral health register — its intygsutfärdare and the due lists per unit (seed 000, "Munhälsa"): the
    /// kommun's own staff (the kommunal primärvård carries the uppsökande work). Patients on the lists are still read one
    /// by one through <see cref="MaySeePatient"/> and logged.
    /// </summary>
    public static bool MaySeeOralHealthRegister(Actor actor, Guid kommunId) =>
        actor.IsAdmin || actor.ActsForKommun(kommunId);

    /// <summary>Name intygsutfärdare and record their training: the kommun's MAS or enhetschef.</summary>
    public static bool MayManageOralHealthCertifiers(Actor actor, Guid kommunId) =>
        actor.IsAdmin || (actor.IsKommunManager && actor.KommunId == kommunId);

    /// <summary>
    /// Record a patient's N-intyg, the yearly offer and the munhälsobedömning: the staff of the patient's kommun (seed 000:
    /// "Personer med intyg om nödvändig tandvård årligen erbjuds munhälsobedömning" is kommunal primärvård's duty).
    /// </summary>
    public static bool MayRecordOralHealth(Actor actor, Guid patientKommunId) =>
        actor.IsAdmin || actor.ActsForKommun(patientKommunId);
}
