using Narplan.Web.Features.Organisations;
using Narplan.Web.Features.Patients;
using Narplan.Web.Features.YearPlans;

namespace Narplan.Web.Features.Palliative;

/// <summary>A brytpunktssamtal with where its care-plan update stands.</summary>
public sealed record ConversationRow(BreakpointConversation Record, CarePlanFollowUp FollowUp);

/// <summary>A task after the death with the owning vårdcentral's name.</summary>
public sealed record DeathTaskRow(DeathTask Task, string? CareCentre, bool IsOverdue);

/// <summary>An open task after a death on the vårdcentral's task list, with its patient.</summary>
public sealed record CertificateTaskRow(DeathTask Task, Patient Patient);

/// <summary>Everything the palliative page shows for one patient.</summary>
public sealed record PalliativeView(
    Patient Patient,
    UnitDetail Unit,
    CareCentreRef? ListedCareCentre,
    CareCentreRef? UnitsCareCentre,
    IReadOnlyList<EndOfLifeDecision> Decisions,
    IReadOnlyList<SafetyMedicationOrder> Ordinations,
    IReadOnlyList<ConversationRow> Conversations,
    PalliativeCarePlan? CarePlan,
    IReadOnlyList<DeathExaminationDelegation> Delegations,
    Death? Death,
    IReadOnlyList<DeathTaskRow> Tasks,
    IReadOnlyList<CareCertificateRequest> CareCertificateRequests,
    bool MayCorrectLastWeek = false)
{
    public string DisplayName => Patient.DisplayName;
}

/// <summary>The outcome of a palliative command: ok, or a Swedish message (with per-field messages for the care plan).</summary>
public sealed record PalliativeResult(bool Succeeded, string? Error = null, IReadOnlyDictionary<string, string>? FieldErrors = null, bool NotFound = false)
{
    public static PalliativeResult Ok { get; } = new(true);

    /// <summary>The stored year plans re-planned after a death was recorded here (decision 0024).</summary>
    public IReadOnlyList<YearPlanFollowed> YearPlans { get; init; } = [];
}

/// <summary>The death as the form gives it, with the last week's quality items (yes/no/unknown).</summary>
public sealed record DeathInput(
    Instant DiedAt,
    bool IsExpected,
    bool IdentityUnknown,
    Instant? NurseExaminedAt,
    Instant EstablishedAt,
    string? DoctorName,
    DeathEstablishedBy By,
    Guid? DoctorsCareCentreId,
    LastWeekOfLife? LastWeek = null);

/// <summary>
/// Palliative care and death for one patient (DOMAIN.md §8; decisions 0018 and 0087). Reads and writes go through
/// <see cref="PatientAccess"/>; the rules are the <see cref="PalliativeCourse"/>'s: this class loads the course, asks it,
/// and saves it.
/// </summary>
public sealed class PalliativeService(NarplanDbContext db, PatientAccess patients, OrganisationQueries organisations, YearPlanService yearPlans, IClock clock)
{
    public const string Purpose = "palliativ vård";

    public Instant Now => clock.GetCurrentInstant();

    public LocalDate Today => Stockholm.Today(clock);

    public async Task<PalliativeView?> LoadAsync(ClaimsPrincipal user, Guid patientId, CancellationToken ct = default)
    {
        var patient = await patients.OpenAsync(user, patientId, Purpose, ct);
        if (patient is null)
        {
            return null;
        }

        var unit = await organisations.UnitAsync(patient.CareUnitId, ct);
        if (unit is null)
        {
            return null;
        }

        var course = await db.PalliativeCourses.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(c => c.PatientId == patientId, ct)
                     ?? new PalliativeCourse(patientId);
        var death = course.Death;
        var onDate = death?.DiedOn ?? Today;
        var unitCentre = unit.Unit.ResponsibilityOn(onDate)?.CareCentreId;
        var centreIds = new[] { patient.ListedCareCentreId, unitCentre }.OfType<Guid>().ToList();
        centreIds.AddRange(course.Tasks.Select(t => t.CareCentreId).OfType<Guid>());
        var names = await db.RegionalUnits.AsNoTracking().Where(c => centreIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        CareCentreRef? Ref(Guid? id) => id is { } i && names.TryGetValue(i, out var n) ? new CareCentreRef(i, n) : null;

        var today = Today;
        return new PalliativeView(
            patient,
            unit,
            Ref(patient.ListedCareCentreId),
            Ref(unitCentre),
            course.Decisions,
            course.Ordinations,
            course.ConversationFollowUps(today).Select(f => new ConversationRow(f.Conversation, f.FollowUp)).ToList(),
            course.CarePlan,
            course.Delegations,
            death,
            course.Tasks.Select(t => new DeathTaskRow(t, Ref(t.CareCentreId)?.Name, t.IsOverdueOn(today))).ToList(),
            course.CareCertificateRequests,
            death is not null && AccessPolicy.MayCorrectLastWeekOfLife(user.ToActor(), new PatientCareRelation(patient.KommunId, patient.ListedCareCentreId, unit.Unit.ResponsibilityOn(today)?.CareCentreId)));
    }

    /// <summary>
    /// The open tasks after a death (dödsbevis, dödsorsaksintyg, efterlevandesamtal) of the user's vårdcentral, for Mina
    /// uppgifter: only a doctor's or vårdcentralschef's, each patient opened through <see cref="PatientAccess"/> (so read and
    /// audited, and left out when the user may not see them), the soonest due first.
    /// </summary>
    public async Task<IReadOnlyList<CertificateTaskRow>> OpenCertificateTasksAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (user.Role() is not (UserRole.Doctor or UserRole.CareCentreManager) || user.OrganisationId() is not { } centre)
        {
            return [];
        }

        var tasks = await db.PalliativeCourses.AsNoTracking().SelectMany(c => c.Tasks).Where(t => t.CareCentreId == centre && t.CompletedAt == null).ToListAsync(ct);
        var opened = new Dictionary<Guid, Patient>();
        foreach (var id in tasks.Select(t => t.PatientId).Distinct())
        {
            if (await patients.OpenAsync(user, id, "intygslista efter dödsfall", ct) is { } patient)
            {
                opened[id] = patient;
            }
        }

        return tasks.Where(t => opened.ContainsKey(t.PatientId))
            .OrderBy(t => t.DueOn ?? LocalDate.MaxIsoValue).ThenBy(t => t.Kind)
            .Select(t => new CertificateTaskRow(t, opened[t.PatientId])).ToList();
    }

    public Task<PalliativeResult> RecordEndOfLifeDecisionAsync(ClaimsPrincipal user, Guid patientId, Instant decidedAt, string? doctor, string? nurse, string? note, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, (course, _) => course.RecordDecision(new EndOfLifeDecision(decidedAt, doctor ?? "", nurse ?? "", note), clock), ct);

    public Task<PalliativeResult> RecordOrdinationAsync(ClaimsPrincipal user, Guid patientId, LocalDate orderedOn, string? doctor, string? medications, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, (course, _) => course.RecordOrdination(new SafetyMedicationOrder(orderedOn, doctor ?? "", medications), clock), ct);

    public Task<PalliativeResult> RecordDoctorContactAsync(ClaimsPrincipal user, Guid patientId, Guid ordinationId, Instant at, string? doctor, string? note, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, (course, _) => course.RecordDoctorContact(ordinationId, new DoctorContact(at, doctor ?? "", note), clock), ct);

    /// <summary>Starts the ordination now; refused with the 14-day warning until a doctor contact is recorded.</summary>
    public Task<PalliativeResult> StartOrdinationAsync(ClaimsPrincipal user, Guid patientId, Guid ordinationId, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, (course, _) => course.StartOrdination(ordinationId, NameOf(user), clock), ct);

    public Task<PalliativeResult> RecordConversationAsync(ClaimsPrincipal user, Guid patientId, LocalDate heldOn, string? doctor, string? participants, string? note, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, (course, _) =>
        {
            var with = (participants ?? "").Split(['\n', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            course.RecordConversation(new BreakpointConversation(heldOn, doctor ?? "", with, note), clock);
        }, ct);

    public const string StaleCarePlanMessage =
        "Någon annan har sparat vårdplanen sedan du öppnade sidan. Din text finns kvar i formuläret; jämför med den sparade vårdplanen och spara igen.";

    /// <summary>
    /// Saves a new version of the care plan. <paramref name="basedOn"/> is the version the form showed (null for none): when
    /// another version was saved since, the save is refused so it does not silently replace it (issue 15 item 5).
    /// </summary>
    public async Task<PalliativeResult> UpdateCarePlanAsync(
        ClaimsPrincipal user, Guid patientId, PalliativeCarePlanInput input, string? doctor, Guid? basedOn, CancellationToken ct = default)
    {
        var course = await db.PalliativeCourses.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(c => c.PatientId == patientId, ct);
        if (!(course ?? new PalliativeCourse(patientId)).IsCurrentCarePlan(basedOn))
        {
            return new PalliativeResult(false, StaleCarePlanMessage);
        }

        return await UpdateCarePlanAsync(user, patientId, input, doctor, ct);
    }

    public async Task<PalliativeResult> UpdateCarePlanAsync(ClaimsPrincipal user, Guid patientId, PalliativeCarePlanInput input, string? doctor, CancellationToken ct = default)
    {
        var validation = PalliativeCarePlan.Validate(input, Now, doctor);
        if (!validation.IsValid)
        {
            return new PalliativeResult(false, "Rätta de markerade fälten i vårdplanen.", validation.Errors);
        }

        return await ChangeAsync(user, patientId, (course, _) => course.UpdateCarePlan(validation.Plan!), ct);
    }

    public Task<PalliativeResult> RecordDelegationAsync(ClaimsPrincipal user, Guid patientId, string? doctor, string? nurse, LocalDate grantedOn, LocalDate? validThrough, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, (course, _) => course.RecordDelegation(new DeathExaminationDelegation(doctor ?? "", nurse ?? "", grantedOn, validThrough)), ct);

    /// <summary>
    /// Records the death through the course: the nurse's examination under the patient's delegation when given, the
    /// doctor's establishment, the tasks (dödsbevis, dödsorsaksintyg, efterlevandesamtal) and the death on the patient.
    /// </summary>
    public async Task<PalliativeResult> RecordDeathAsync(ClaimsPrincipal user, Guid patientId, DeathInput input, CancellationToken ct = default)
    {
        Guid? diedAtUnit = null;
        var result = await ChangeAsync(user, patientId, async (course, patient) =>
        {
            var unit = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).SingleAsync(u => u.Id == patient.CareUnitId, ct);
            var unitCentreId = unit.ResponsibilityOn(input.DiedAt.InZone(Stockholm.Zone).Date)?.CareCentreId;
            var ids = new[] { patient.ListedCareCentreId, unitCentreId, input.DoctorsCareCentreId }.OfType<Guid>().ToList();
            var names = await db.RegionalUnits.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
            CareCentreRef? Ref(Guid? id) => id is { } i && names.TryGetValue(i, out var n) ? new CareCentreRef(i, n) : null;

            var establishment = new DeathEstablishment(
                input.EstablishedAt, input.DoctorName ?? "", input.By, input.By == DeathEstablishedBy.CareCentreDoctor ? Ref(input.DoctorsCareCentreId) : null);
            var wasAlive = patient.IsAlive;
            course.RecordDeath(
                patient,
                new DeathReport(input.DiedAt, input.IsExpected, input.IdentityUnknown, input.NurseExaminedAt, establishment, input.LastWeek),
                Ref(patient.ListedCareCentreId), Ref(unitCentreId), NameOf(user), clock);
            if (wasAlive)
            {
                diedAtUnit = patient.CareUnitId;
            }
        }, ct);

        // As on the patient page: the unit's stored year plan lets the review go in the same request.
        return result.Succeeded && diedAtUnit is { } unitId ? result with { YearPlans = await yearPlans.FollowPatientEventAsync([unitId], ct) } : result;
    }

    public const string MayNotCorrectLastWeekMessage =
        "Uppgifterna om sista levnadsveckan kompletteras av sjuksköterska eller MAS i patientens kommun, eller av läkare på en vårdcentral med vårdrelation till patienten.";

    /// <summary>
    /// Corrects or completes the last week's quality items after the death was recorded (decision 0093): asked of
    /// <c>AccessPolicy.MayCorrectLastWeekOfLife</c>, refused when the stored answers are no longer <paramref name="seen"/>
    /// (<see cref="PalliativeCourse.StaleLastWeekMessage"/>); the change is audit-logged with the patient's id when saved.
    /// </summary>
    public Task<PalliativeResult> CorrectLastWeekAsync(ClaimsPrincipal user, Guid patientId, LastWeekOfLife seen, LastWeekOfLife items, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, async (course, patient) =>
        {
            var (_, relation) = await patients.CareRelationAsync(patient, ct);
            if (!AccessPolicy.MayCorrectLastWeekOfLife(user.ToActor(), relation))
            {
                throw new DomainException(MayNotCorrectLastWeekMessage);
            }

            course.CorrectLastWeek(seen, items);
        }, ct);

    public Task<PalliativeResult> CompleteTaskAsync(ClaimsPrincipal user, Guid patientId, Guid taskId, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, (course, _) => course.CompleteTask(taskId, Now), ct);

    public Task<PalliativeResult> RequestCareCertificateAsync(ClaimsPrincipal user, Guid patientId, string? doctor, string? reason, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, (course, _) => course.RequestCareCertificate(new CareCertificateRequest(Now, NameOf(user), doctor ?? "", reason ?? "")), ct);

    public Task<PalliativeResult> AssessCareCertificateAsync(ClaimsPrincipal user, Guid patientId, Guid requestId, bool written, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, (course, _) => course.AssessCareCertificate(requestId, Now, written), ct);

    private static string NameOf(ClaimsPrincipal user) => user.FindFirstValue(NarplanClaims.DisplayName) ?? user.Identity?.Name ?? "";

    private Task<PalliativeResult> ChangeAsync(ClaimsPrincipal user, Guid patientId, Action<PalliativeCourse, Patient> change, CancellationToken ct) =>
        ChangeAsync(user, patientId, (course, patient) =>
        {
            change(course, patient);
            return Task.CompletedTask;
        }, ct);

    /// <summary>
    /// Opens the patient (logged), loads the course (or starts it), lets the change ask the course and saves it; a rule's
    /// refusal is returned in Swedish and nothing is saved.
    /// </summary>
    private async Task<PalliativeResult> ChangeAsync(ClaimsPrincipal user, Guid patientId, Func<PalliativeCourse, Patient, Task> change, CancellationToken ct)
    {
        var patient = await patients.OpenAsync(user, patientId, Purpose, ct);
        if (patient is null)
        {
            return new PalliativeResult(false, "Patienten finns inte.", NotFound: true);
        }

        var course = await db.PalliativeCourses.AsSplitQuery().SingleOrDefaultAsync(c => c.PatientId == patientId, ct);
        if (course is null)
        {
            course = new PalliativeCourse(patientId);
            db.PalliativeCourses.Add(course);
        }

        try
        {
            await change(course, patient);
            await db.SaveChangesAsync(ct);
            return PalliativeResult.Ok;
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return new PalliativeResult(false, e.Message);
        }
        catch (DbUpdateException)
        {
            // Someone else started the course or recorded the death at the same moment (one course and one death per
            // patient are unique in the database): nothing of this was saved.
            db.ChangeTracker.Clear();
            return new PalliativeResult(false, "Någon annan registrerade samtidigt för patienten. Ladda om sidan och försök igen.");
        }
    }
}

public static class PalliativeSetup
{
    public static IServiceCollection AddPalliative(this IServiceCollection services) =>
        services.AddScoped<PalliativeService>().AddScoped<PalliativeFigures>();
}
