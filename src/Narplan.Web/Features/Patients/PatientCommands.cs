using Narplan.Web.Features.YearPlans;

namespace Narplan.Web.Features.Patients;

/// <summary>
/// The outcome of a change to a patient: done (with the patient's id), refused with a Swedish message, not found
/// (also for "not yours", so a page cannot tell them apart), or a stale edit. <see cref="IdentityError"/> is the
/// parser's reason, shown next to the identity number field.
/// </summary>
public sealed record PatientCommandResult(
    bool Succeeded, string? Error = null, bool NotFound = false, bool Conflict = false, Guid? PatientId = null, string? IdentityError = null)
{
    public static PatientCommandResult Ok(Guid patientId) => new(true, PatientId: patientId);

    public static PatientCommandResult Fail(string error) => new(false, error);

    public static PatientCommandResult Missing { get; } = new(false, PatientCommands.NotFoundMessage, NotFound: true);

    /// <summary>The stored year plans re-planned after this change (empty when none is stored or the change does not touch one).</summary>
    public IReadOnlyList<YearPlanFollowed> YearPlans { get; init; } = [];
}

/// <summary>What a user asks for when enrolling a patient; the identity number is the text as typed.</summary>
public sealed record EnrolRequest(
    string? IdentityNumber, string? Name, Guid? UnitId, LocalDate EnrolledOn, bool ListedAtUnitCareCentre,
    LocalDate? PreviousAnnualReview, bool ConfidentialityMarking, bool ProtectedRegistration);

/// <summary>An event as entered on the patient page; <see cref="UnitId"/> is the unit moved to or the korttidsboende.</summary>
public sealed record EventRequest(PatientEventKind Kind, LocalDate On, LocalDate? LastDay, Guid? UnitId, string? Note);

/// <summary>
/// Changes to patients. Access goes through <see cref="PatientAccess"/>; stale edits are caught by the patient's
/// <see cref="Patient.Version"/>; every change is audit-logged with the patient's id when it is saved. A change the year
/// plan depends on (enrolment, deterioration, move, death) re-plans the affected units' stored year plans in the same
/// request (<see cref="YearPlanService.FollowPatientEventAsync"/>, decision 0024).
/// </summary>
public sealed class PatientCommands(NarplanDbContext db, PatientAccess access, YearPlanService yearPlans, IClock clock)
{
    public const string NotFoundMessage = "Patienten finns inte, eller så har du inte behörighet till patienten.";

    public const string StaleMessage =
        "Någon annan har ändrat patientens uppgifter sedan du öppnade sidan. Det du skrev finns kvar i formuläret; " +
        "kontrollera de aktuella uppgifterna och spara igen.";

    public const string ReasonRequired = "Ange varför du behöver se de skyddade uppgifterna (minst 5 tecken). Skälet sparas i loggen.";

    private LocalDate Today => Stockholm.Today(clock);

    public async Task<PatientCommandResult> EnrolAsync(ClaimsPrincipal user, EnrolRequest request, CancellationToken ct = default)
    {
        var parsed = IdentityNumber.Parse(request.IdentityNumber, Today);
        if (!parsed.IsValid)
        {
            return new PatientCommandResult(false, parsed.Error, IdentityError: parsed.Error);
        }

        var unit = request.UnitId is { } unitId
            ? await db.CareUnits.Include(u => u.Responsibilities).SingleOrDefaultAsync(u => u.Id == unitId, ct)
            : null;
        if (unit is not null && !PatientAccess.CanEnrol(user, unit.KommunId))
        {
            return PatientCommandResult.Fail("Du kan bara skriva in patienter på din egen kommuns enheter.");
        }

        var identity = parsed.Value!;
        if (await db.Patients.AnyAsync(p => p.StoredIdentityNumber == identity.Normalized, ct))
        {
            return new PatientCommandResult(false, Patient.Messages.Duplicate, IdentityError: Patient.Messages.Duplicate);
        }

        Patient patient;
        try
        {
            var centre = unit?.ResponsibilityOn(request.EnrolledOn)?.CareCentreId;
            patient = Patient.Enrol(
                identity, request.Name ?? "", unit, request.EnrolledOn, centre, Today,
                listedCareCentreId: request.ListedAtUnitCareCentre ? centre : null, previousAnnualReview: request.PreviousAnnualReview);
            if (request.ConfidentialityMarking || request.ProtectedRegistration)
            {
                patient.UpdateIdentity(patient.Name, request.ConfidentialityMarking, request.ProtectedRegistration);
            }
        }
        catch (DomainException e)
        {
            return PatientCommandResult.Fail(e.Message);
        }

        db.Patients.Add(patient);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two users enrolling the same number at once: the unique index refuses the second.
            db.ChangeTracker.Clear();
            if (await db.Patients.AnyAsync(p => p.StoredIdentityNumber == identity.Normalized, ct))
            {
                return new PatientCommandResult(false, Patient.Messages.Duplicate, IdentityError: Patient.Messages.Duplicate);
            }

            throw;
        }

        return PatientCommandResult.Ok(patient.Id) with { YearPlans = await yearPlans.FollowPatientEventAsync([patient.CareUnitId], ct) };
    }

    public Task<PatientCommandResult> UpdateIdentityAsync(
        ClaimsPrincipal user, Guid patientId, int version, string? name, bool confidentiality, bool protectedRegistration, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, version, "ändra identitet", p =>
        {
            p.UpdateIdentity(string.IsNullOrWhiteSpace(name) ? p.Name : name, confidentiality, protectedRegistration);
            return Task.CompletedTask;
        }, ct);

    public Task<PatientCommandResult> SetContactsAsync(
        ClaimsPrincipal user, Guid patientId, int version, Guid? regularDoctorId, string? regularCareWorker, Guid? addCareContactId,
        CancellationToken ct = default) =>
        ChangeAsync(user, patientId, version, "ändra kontakter", async p =>
        {
            if (regularDoctorId is { } d && !await db.People.AnyAsync(x => x.Id == d, ct))
            {
                throw new DomainException("Välj en läkare i listan.");
            }

            if (addCareContactId is { } c && !await db.People.AnyAsync(x => x.Id == c && x.OrganisationId == p.KommunId, ct))
            {
                throw new DomainException("En fast vårdkontakt väljs bland kommunens legitimerade personal.");
            }

            p.SetContacts(regularDoctorId, regularCareWorker);
            if (addCareContactId is { } add)
            {
                p.AddCareContact(add, Today);
            }
        }, ct);

    public Task<PatientCommandResult> RemoveCareContactAsync(ClaimsPrincipal user, Guid patientId, int version, Guid personId, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, version, "ta bort fast vårdkontakt", p =>
        {
            p.RemoveCareContact(personId);
            return Task.CompletedTask;
        }, ct);

    public Task<PatientCommandResult> AnswerListingOfferAsync(
        ClaimsPrincipal user, Guid patientId, int version, Guid offerId, bool accepted, LocalDate on, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, version, "svar på listningserbjudande", p =>
        {
            p.AnswerListingOffer(offerId, accepted, on, Today);
            return Task.CompletedTask;
        }, ct);

    public async Task<PatientCommandResult> AddEventAsync(ClaimsPrincipal user, Guid patientId, int version, EventRequest request, CancellationToken ct = default)
    {
        // The units whose year plans the event touches: the patient's unit, and after a move the new one as well.
        var units = new List<Guid>();
        var result = await ChangeAsync(user, patientId, version, "registrera händelse", async p =>
        {
            units.Add(p.CareUnitId);
            var today = Today;
            switch (request.Kind)
            {
                case PatientEventKind.Deterioration:
                    p.RecordDeterioration(request.On, request.Note, today);
                    break;
                case PatientEventKind.HospitalDischarge:
                    p.RecordHospitalDischarge(request.On, request.Note, today);
                    break;
                case PatientEventKind.Death:
                    p.RecordDeath(request.On, request.Note, today);
                    break;
                case PatientEventKind.Moved:
                {
                    var target = await UnitAsync(request.UnitId, "Välj enheten patienten flyttar till.", ct);
                    var current = await UnitAsync(p.CareUnitId, "", ct);
                    p.MoveTo(current, target, request.On, target.ResponsibilityOn(request.On)?.CareCentreId, request.Note, today);
                    break;
                }

                case PatientEventKind.ShortTermStay:
                {
                    var stayUnit = await UnitAsync(request.UnitId, "Välj korttidsboendet.", ct);
                    p.StartShortTermStay(stayUnit, request.On, request.LastDay, request.Note, today);
                    break;
                }

                default:
                    throw new DomainException("Den händelsen registreras inte här: en ny patient skrivs in med formuläret Ny patient.");
            }

            units.Add(p.CareUnitId);
        }, ct);

        // Discharges and korttids stays change nothing the year plan is built from.
        return result.Succeeded && request.Kind is PatientEventKind.Deterioration or PatientEventKind.Death or PatientEventKind.Moved
            ? result with { YearPlans = await yearPlans.FollowPatientEventAsync(units, ct) }
            : result;
    }

    public Task<PatientCommandResult> EndShortTermStayAsync(
        ClaimsPrincipal user, Guid patientId, int version, Guid stayId, LocalDate lastDay, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, version, "avsluta korttidsvistelse", p =>
        {
            p.EndShortTermStay(stayId, lastDay);
            return Task.CompletedTask;
        }, ct);

    /// <summary>
    /// Logs that the user chose to see a protected identity (name and whole identity number), with the reason they
    /// gave. Returns false when no reason was given or the user may not see the patient; then nothing is shown.
    /// </summary>
    public async Task<PatientCommandResult> RevealAsync(ClaimsPrincipal user, Guid patientId, string? reason, CancellationToken ct = default)
    {
        var trimmed = reason?.Trim() ?? "";
        if (trimmed.Length < 5)
        {
            return PatientCommandResult.Fail(ReasonRequired);
        }

        if (trimmed.Length > 500)
        {
            return PatientCommandResult.Fail("Skälet får vara högst 500 tecken.");
        }

        var patient = await access.OpenForChangeAsync(user, patientId, "visa skyddad identitet", ct);
        if (patient is null)
        {
            return PatientCommandResult.Missing;
        }

        await access.LogAsync([patient.Id], AuditAction.Read, $"Skyddad identitet visad. Skäl: {trimmed}", ct);
        return PatientCommandResult.Ok(patient.Id);
    }

    private async Task<CareUnit> UnitAsync(Guid? unitId, string missing, CancellationToken ct) =>
        unitId is { } id && await db.CareUnits.Include(u => u.Responsibilities).SingleOrDefaultAsync(u => u.Id == id, ct) is { } unit
            ? unit
            : throw new DomainException(missing);

    private async Task<PatientCommandResult> ChangeAsync(
        ClaimsPrincipal user, Guid patientId, int version, string purpose, Func<Patient, Task> change, CancellationToken ct)
    {
        var patient = await access.OpenForChangeAsync(user, patientId, purpose, ct);
        if (patient is null)
        {
            return PatientCommandResult.Missing;
        }

        if (patient.Version != version)
        {
            return new PatientCommandResult(false, StaleMessage, Conflict: true);
        }

        try
        {
            await change(patient);
        }
        catch (DomainException e)
        {
            // Nothing half-changed may ride along with a later save in this request (e.g. the read log of the page).
            db.ChangeTracker.Clear();
            return PatientCommandResult.Fail(e.Message);
        }

        if (await db.SaveUnlessStaleAsync(patient, version, ct))
        {
            return PatientCommandResult.Ok(patient.Id);
        }

        db.ChangeTracker.Clear();
        return new PatientCommandResult(false, StaleMessage, Conflict: true);
    }
}
