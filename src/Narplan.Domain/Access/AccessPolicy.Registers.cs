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
    /// Record a patient's SIP (offer, answer, meeting, actions, follow-up; issue 19 item 1): SIP is the joint plan of the
    /// kommun and the region, so the staff of the patient's kommun and of a vårdcentral with a care relation to the patient
    /// (listed there, or responsible for the unit) both record it; administrators too. A vårdcentral answering only for a
    /// korttids stay reads the patient but does not record SIP.
    /// </summary>
    public static bool MayRecordSip(Actor actor, PatientCareRelation patient) =>
        actor.IsAdmin
        || actor.ActsForKommun(patient.KommunId)
        || (actor.IsCareCentreUser && actor.OrganisationId is { } centre
            && (centre == patient.ListedCareCentreId || centre == patient.UnitCareCentreId));

    /// <summary>
    /// See a kommun's SIP figures (counts only, no patient): the kommun's staff, the vårdcentraler (any: the follow-up is
    /// joint and names no patient) and administrators.
    /// </summary>
    public static bool MaySeeSipFigures(Actor actor, Guid kommunId) =>
        actor.IsAdmin || actor.ActsForKommun(kommunId) || actor.IsCareCentreUser;

    /// See a kommun's vaccination campaigns and board (counts per unit, no patient): the kommun's users, and a
    /// vårdcentral that answers for one of its units (<paramref name="careCentreIds"/>: the units' responsible
    /// vårdcentraler).
    /// </summary>
    public static bool MaySeeVaccinationCampaign(Actor actor, Guid kommunId, IReadOnlyCollection<Guid> careCentreIds) =>
        actor.IsAdmin || actor.ActsForKommun(kommunId)
        || (actor.IsCareCentreUser && actor.OrganisationId is { } centre && careCentreIds.Contains(centre));

    /// <summary>Plan a kommun's vaccination campaign (season, dates, order deadline): the kommun's MAS or enhetschef.</summary>
    public static bool MayPlanVaccinationCampaign(Actor actor, Guid kommunId) =>
        actor.IsAdmin || (actor.IsKommunManager && actor.KommunId == kommunId);

    /// <summary>
    /// Give or change a unit's order of doses (seed 000: "Kommunal primärvård ansvarar för att meddela
    /// vaccinationsamordnare/vårdcentral om antal doser"): the kommun's users.
    /// </summary>
    public static bool MayOrderVaccineDoses(Actor actor, Guid kommunId) => actor.IsAdmin || actor.ActsForKommun(kommunId);

    /// <summary>
    /// Confirm that vaccine, syringes and needles are ordered (seed 000: "Vårdcentralen ansvarar för att … beställa
    /// vaccin och tillhörande sprutor och nålar"): the staff of the vårdcentral the order went to.
    /// </summary>
    public static bool MayConfirmVaccineOrder(Actor actor, Guid? orderCareCentreId) =>
        actor.IsAdmin || actor.ActsForCareCentre(orderCareCentreId);

    /// <summary>
    /// Record a dose given and mark its documentation sent: the patient's kommun, whose nurses prescribe and give the
    /// vaccine (seed 000); a vårdcentral reads the doses through <see cref="MaySeePatient"/> but does not record them.
    /// </summary>
    public static bool MayRecordVaccinationDose(Actor actor, PatientCareRelation patient) =>
        actor.IsAdmin || actor.ActsForKommun(patient.KommunId);

    /// <summary>
    /// Mark a dose registered in the journal and so in NVR (seed 000: "Vårdcentralen ansvarar för att registrera
    /// vaccinationerna"): the staff of the dose's vårdcentral.
    /// </summary>
    public static bool MayRegisterVaccinationDose(Actor actor, Guid? doseCareCentreId) =>
        actor.IsAdmin || actor.ActsForCareCentre(doseCareCentreId);

    /// Mark a kommun's monthly place report to VGR as sent (issue 20 item 4; decision 0083): the kommun's MAS or
    /// enhetschef, who also get the reminder on "Mina uppgifter". The figures themselves are public like the places.
    /// </summary>
    public static bool MayMarkPlaceReportSent(Actor actor, Guid kommunId) =>
        actor.IsAdmin || (actor.IsKommunManager && actor.KommunId == kommunId);

    /// <summary>
    /// Change a kommun's crisis and POSOM contacts and record absences in the calling order (issue 19 item 7): the
    /// kommun's MAS or enhetschef, administrators. Everyone may ask who answers (public plan data).
    /// </summary>
    public static bool MayEditCrisisContacts(Actor actor, Guid kommunId) =>
        actor.IsAdmin || (actor.IsKommunManager && actor.KommunId == kommunId);

    /// <summary>
    /// See and record a unit's ledningsteam meetings (issue 19 item 6; seed 002: the fast läkarkontakt "blir inbjuden
    /// till ett ledningsteamsmöte från respektive enhet 2 gånger/år"): the unit's kommun and the vårdcentral responsible
    /// for the unit. Planning and recording is for the kommun's MAS or enhetschef and the vårdcentral's staff.
    /// </summary>
    public static bool MaySeeLedningsteam(Actor actor, Guid unitKommunId, Guid? careCentreId) =>
        actor.IsAdmin || actor.ActsForKommun(unitKommunId) || actor.ActsForCareCentre(careCentreId);

    /// <summary>Plan or record a unit's ledningsteam meeting: the kommun's MAS or enhetschef, the responsible vårdcentral's staff.</summary>
    public static bool MayRecordLedningsteam(Actor actor, Guid unitKommunId, Guid? careCentreId) =>
        actor.IsAdmin || (actor.IsKommunManager && actor.KommunId == unitKommunId) || actor.ActsForCareCentre(careCentreId);

    /// <summary>
    /// Record the yearly joint assessment of kompetensutveckling for a närområde (seed 002: "En gång/år gemensamt bedöma
    /// och planera behov av kompetensutveckling"): the kommun's MAS or enhetschef, the vårdcentralschef of a vårdcentral
    /// in the närområde.
    /// </summary>
    public static bool MayRecordCompetenceAssessment(Actor actor, Guid kommunId, IReadOnlyCollection<Guid> careCentresInKommun) =>
        actor.IsAdmin || (actor.IsKommunManager && actor.KommunId == kommunId)
        || (actor.Role == UserRole.CareCentreManager && actor.OrganisationId is { } centre && careCentresInKommun.Contains(centre));

    /// <summary>
    /// Plan the kommun's health-promotion activities (issue 19 item 8: hälsovecka, hälsosamtal med invånare över 75): the
    /// kommun's staff (its sjuksköterskor hold the hälsosamtal), administrators.
    /// </summary>
    public static bool MayEditHealthPromotion(Actor actor, Guid kommunId) =>
        actor.IsAdmin || actor.ActsForKommun(kommunId);

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
