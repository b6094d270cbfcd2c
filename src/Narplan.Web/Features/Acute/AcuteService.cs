using Narplan.Web.Features.OnCall;
using Narplan.Web.Features.Organisations;
using Narplan.Web.Features.Patients;

namespace Narplan.Web.Features.Acute;

/// <summary>What the acute-contact form needs about the patient: who, where, and which checklist the region uses.</summary>
public sealed record AcutePatient(Patient Patient, UnitDetail Unit, DecisionSupportProfile Profile)
{
    /// <summary>The name the doctor should hear; a protected identity is not said on the phone from this page.</summary>
    public string SpokenName => Patient.IsProtected ? "patienten (skyddad identitet)" : Patient.Name;

    /// <summary>The shown name: a protected identity shows the masked number only.</summary>
    public string DisplayName => Patient.DisplayName;

    /// <summary>Age in whole years, from the identity number's real birth date (<see cref="IdentityNumber.BirthDate"/>).</summary>
    public int? AgeOn(LocalDate today) =>
        IdentityNumber.Parse(Patient.StoredIdentityNumber, today).Value is { } number
            ? Period.Between(number.BirthDate, today, PeriodUnits.Years).Years
            : null;
}

/// <summary>
/// What the nurse typed, already parsed: validated vital signs and the rest of the form. <see cref="TriggersTicked"/>
/// are the checklist lines as posted; the service keeps only the region's lines in force (<see cref="DecisionSupportProfile.Met"/>).
/// </summary>
public sealed record AcuteContactDraft(
    string Reason,
    VitalSigns Vitals,
    DecisionSupportAssessment? DecisionSupport,
    string? ExclusionSymptoms,
    string? PatientWishes,
    string? Request,
    IReadOnlyList<string>? TriggersTicked = null,
    string? Background = null);

/// <summary>
/// The acute form's two answers: for advice, and — only where the area routes daytime acute home visits to another
/// service (decision 0039) — for a likely visit; null otherwise (the advice answer then covers both).
/// </summary>
public sealed record WhoToCall(PatientOnCall? Advice, PatientOnCall? Visit);

/// <summary>A stored contact with its patient (opened through <see cref="PatientAccess"/>).</summary>
public sealed record AcuteContactView(AcuteContact Contact, AcutePatient Patient);

/// <summary>
/// Acute contacts (DOMAIN.md §7): the form's patient context, the responder from the on-call resolution, saving the
/// call, and the follow-up of times and outcome. Every patient read goes through <see cref="PatientAccess"/>.
/// </summary>
public sealed class AcuteService(
    NarplanDbContext db, PatientAccess patients, OnCallService onCall, OrganisationQueries organisations, DecisionSupportProfiles decisionSupport, IClock clock)
{
    public const string Purpose = "akut kontakt";

    public Instant Now => clock.GetCurrentInstant();

    public LocalDate Today => Stockholm.Today(clock);

    /// <summary>The patient for the form, or null when there is no such patient or the user may not see it (read logged).</summary>
    public async Task<AcutePatient?> OpenAsync(ClaimsPrincipal user, Guid patientId, CancellationToken ct = default)
    {
        var patient = await patients.OpenAsync(user, patientId, Purpose, ct);
        return patient is null ? null : await ContextAsync(patient, ct);
    }

    /// <summary>
    /// Who answers for the patient at the instant and why: the route (korttids stay, växelvård keeping the ordinary
    /// doctor, own unit; <see cref="Narplan.Domain.OnCall.PatientOnCallRoute.For"/>) and that unit's on-call answer.
    /// </summary>
    public Task<PatientOnCall?> WhoToCallAsync(AcutePatient patient, Instant at, CancellationToken ct = default) =>
        onCall.ForPatientAsync(patient.Patient, at, ct);

    /// <summary>
    /// Who answers for advice and who for a likely acute home visit, both from the one resolution function. They differ
    /// only where the area routes daytime acute visits elsewhere (Halland: Läkarmedverkan i hemsjukvården, decision 0039);
    /// then <see cref="WhoToCall.Visit"/> is set.
    /// </summary>
    public async Task<WhoToCall> WhoToCallForBothAsync(AcutePatient patient, Instant at, CancellationToken ct = default)
    {
        var advice = await ResponderAsync(patient.Patient, at, OnCallNeed.Advice, ct);
        var visit = await ResponderAsync(patient.Patient, at, OnCallNeed.AcuteHomeVisit, ct);
        return new WhoToCall(advice, visit?.OnCall.Answer.Kind == ResponderKind.AcuteVisitService ? visit : null);
    }

    /// <summary>The SBAR text for the draft, for reading aloud and copying.</summary>
    public SbarReport Sbar(AcutePatient patient, AcuteContactDraft draft, string? nurseName) =>
        SbarGenerator.Generate(new SbarInput(
            patient.SpokenName, patient.AgeOn(Today), patient.Unit.Unit.Name, draft.Reason, draft.Vitals, draft.DecisionSupport,
            Lines(draft.ExclusionSymptoms), draft.PatientWishes, draft.Request, nurseName,
            Background: draft.Background, TriggersMet: patient.Profile.Met(draft.TriggersTicked)));

    /// <summary>
    /// The SBAR background Närplan knows for the patient today (<see cref="SbarBackground.Suggest"/>): the latest
    /// end-of-life decision, care plan and trygghetsläkemedel, a korttids stay and recent events. The form starts from it.
    /// </summary>
    public async Task<string> SuggestBackgroundAsync(AcutePatient patient, CancellationToken ct = default)
    {
        var id = patient.Patient.Id;
        var today = Today;
        var course = await db.PalliativeCourses.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(c => c.PatientId == id, ct);
        var stayUnitId = patient.Patient.ShortTermStayOn(today)?.ToUnitId;
        var stayUnit = stayUnitId is { } u ? await db.CareUnits.AsNoTracking().Where(x => x.Id == u).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        return SbarBackground.Suggest(
            patient.Patient, today,
            course?.Decisions.FirstOrDefault(), course?.CarePlan, course?.Ordinations.FirstOrDefault(), stayUnit);
    }

    /// <summary>Saves the call now, with whom the on-call resolution names now for advice.</summary>
    public Task<(Guid? Id, string? Error)> SaveAsync(ClaimsPrincipal user, Guid patientId, AcuteContactDraft draft, CancellationToken ct = default) =>
        SaveAsync(user, patientId, draft, OnCallNeed.Advice, ct);

    /// <summary>Saves the call now, with whom the on-call resolution names now for the need (advice or a likely acute home visit).</summary>
    public async Task<(Guid? Id, string? Error)> SaveAsync(
        ClaimsPrincipal user, Guid patientId, AcuteContactDraft draft, OnCallNeed need, CancellationToken ct = default)
    {
        var patient = await OpenAsync(user, patientId, ct);
        if (patient is null)
        {
            return (null, "Patienten finns inte eller tillhör inte din organisation.");
        }

        if (!patient.Patient.IsAlive)
        {
            return (null, "Patienten är avliden.");
        }

        var at = Now;
        var responder = await ResponderAsync(patient.Patient, at, need, ct);
        if (responder is null)
        {
            return (null, "Enheten finns inte längre.");
        }

        try
        {
            var contact = AcuteContact.Record(
                patient.Patient.Id, responder.OnCall.Unit.Unit.Id, at, user.FindFirstValue(NarplanClaims.DisplayName) ?? user.Identity?.Name ?? "Sjuksköterska",
                draft.Reason, draft.Vitals, draft.DecisionSupport, draft.ExclusionSymptoms, draft.PatientWishes, responder.OnCall.Answer,
                patient.Profile.Met(draft.TriggersTicked), draft.Background);
            db.AcuteContacts.Add(contact);
            await db.SaveChangesAsync(ct);
            return (contact.Id, null);
        }
        catch (DomainException e)
        {
            return (null, e.Message);
        }
    }

    /// <summary>A stored contact and its patient, or null when missing or not the user's (the read is logged).</summary>
    public async Task<AcuteContactView?> ContactAsync(ClaimsPrincipal user, Guid contactId, CancellationToken ct = default)
    {
        var contact = await db.AcuteContacts.SingleOrDefaultAsync(c => c.Id == contactId, ct);
        if (contact is null)
        {
            return null;
        }

        var patient = await OpenAsync(user, contact.PatientId, ct);
        return patient is null ? null : new AcuteContactView(contact, patient);
    }

    /// <summary>Records the doctor's times and the outcome; a stale version is refused.</summary>
    public async Task<CommandResult> RecordFollowUpAsync(
        ClaimsPrincipal user, Guid contactId, int version, Instant? answered, Instant? decided, Instant? arrived,
        AcuteContactOutcome? outcome, LocalDate? visitOn, string? laterReason, CancellationToken ct = default)
    {
        var view = await ContactAsync(user, contactId, ct);
        if (view is null)
        {
            return new CommandResult(false, "Kontakten finns inte.", NotFound: true);
        }

        var contact = view.Contact;
        if (contact.Version != version)
        {
            return new CommandResult(false, "Någon annan har ändrat kontakten sedan du öppnade sidan. Kontrollera det som står nu och spara igen.", Conflict: true);
        }

        try
        {
            contact.RecordTimes(answered, decided, arrived, Now);
            if (outcome is { } o)
            {
                contact.RecordOutcome(o, visitOn, laterReason);
            }
        }
        catch (DomainException e)
        {
            db.Entry(contact).State = EntityState.Unchanged;
            await db.Entry(contact).ReloadAsync(ct);
            return CommandResult.Fail(e.Message);
        }

        contact.Touch();
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok;
    }

    /// <summary>
    /// Who answers for the patient at <paramref name="at"/>: the patient's route (a korttids stay goes to the
    /// korttidsboende's vårdcentral, växelvård keeps the own unit; decision 0022), then that unit's on-call answer.
    /// </summary>
    private Task<PatientOnCall?> ResponderAsync(Patient patient, Instant at, OnCallNeed need, CancellationToken ct) =>
        onCall.ForPatientAsync(patient, at, need, ct);

    private async Task<AcutePatient?> ContextAsync(Patient patient, CancellationToken ct)
    {
        var unit = await organisations.UnitAsync(patient.CareUnitId, ct);
        if (unit is null)
        {
            return null;
        }

        return new AcutePatient(patient, unit, await ProfileAsync(patient.KommunId, unit.DecisionSupport, ct));
    }

    /// <summary>
    /// The region's decision-support checklist in force today (the day of the call): Skaraborg names BViS (seed 002),
    /// the rest of VGR ViSam (seed 000), Halland none. Triggers are those an administrator entered, else none.
    /// </summary>
    private async Task<DecisionSupportProfile> ProfileAsync(Guid kommunId, DecisionSupportProfileKey regionDefault, CancellationToken ct)
    {
        var subRegion = await db.Kommuner.AsNoTracking().Where(k => k.Id == kommunId)
            .Join(db.SubRegions, k => k.SubRegionId, s => s.Id, (_, s) => s.Name)
            .FirstOrDefaultAsync(ct);
        var key = subRegion?.Contains("Skaraborg", StringComparison.OrdinalIgnoreCase) == true ? DecisionSupportProfileKey.Skaraborg
            : regionDefault;
        return await decisionSupport.InForceAsync(key, Today, ct);
    }

    private static IReadOnlyList<string> Lines(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(['\n', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static IServiceCollection AddServices(IServiceCollection services) =>
        services.AddScoped<AcuteService>().AddScoped<AcutePatientPicker>().AddScoped<AcuteFiguresQueries>().AddScoped<DecisionSupportProfiles>();
}
