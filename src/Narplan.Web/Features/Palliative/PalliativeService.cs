using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Narplan.Data;
using Narplan.Domain;
using Narplan.Domain.Calendars;
using Narplan.Domain.Palliative;
using Narplan.Domain.Patients;
using Narplan.Web.Features.Account;
using Narplan.Web.Features.Organisations;
using Narplan.Web.Features.Patients;
using Narplan.Web.Features.YearPlan;
using NodaTime;

namespace Narplan.Web.Features.Palliative;

/// <summary>A brytpunktssamtal with where its care-plan update stands.</summary>
public sealed record ConversationRow(BreakpointConversationRecord Record, CarePlanFollowUp FollowUp);

/// <summary>A task after the death with the owning vårdcentral's name.</summary>
public sealed record DeathTaskRow(DeathTaskRecord Task, string? CareCentre, bool IsOverdue);

/// <summary>Everything the palliative page shows for one patient.</summary>
public sealed record PalliativeView(
    Patient Patient,
    UnitDetail Unit,
    CareCentreRef? ListedCareCentre,
    CareCentreRef? UnitsCareCentre,
    IReadOnlyList<EndOfLifeDecisionRecord> Decisions,
    IReadOnlyList<SafetyMedicationRecord> Ordinations,
    IReadOnlyList<ConversationRow> Conversations,
    CarePlanRecord? CarePlan,
    IReadOnlyList<DeathDelegationRecord> Delegations,
    DeathRecord? Death,
    IReadOnlyList<DeathTaskRow> Tasks,
    IReadOnlyList<CareCertificateRequestRecord> CareCertificateRequests)
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

/// <summary>The death as the form gives it.</summary>
public sealed record DeathInput(
    Instant DiedAt,
    bool IsExpected,
    bool IdentityUnknown,
    Instant? NurseExaminedAt,
    Instant EstablishedAt,
    string? DoctorName,
    DeathEstablishedBy By,
    Guid? DoctorsCareCentreId);

/// <summary>
/// Palliative care and death for one patient (DOMAIN.md §8; decision 0018). Reads and writes go through
/// <see cref="PatientAccess"/>; the rules are the domain's, this class loads and stores their results.
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

        var death = await db.Deaths.AsNoTracking().SingleOrDefaultAsync(d => d.PatientId == patientId, ct);
        var onDate = death is null ? Today : death.DiedAt.InZone(Stockholm.Zone).Date;
        var unitCentre = unit.Unit.ResponsibilityOn(onDate)?.CareCentreId;
        var centreIds = new[] { patient.ListedCareCentreId, unitCentre }.OfType<Guid>().ToList();
        var tasks = await db.DeathTasks.AsNoTracking().Where(t => t.PatientId == patientId).ToListAsync(ct);
        centreIds.AddRange(tasks.Select(t => t.CareCentreId).OfType<Guid>());
        var names = await db.RegionalUnits.AsNoTracking().Where(c => centreIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        CareCentreRef? Ref(Guid? id) => id is { } i && names.TryGetValue(i, out var n) ? new CareCentreRef(i, n) : null;

        var plans = await db.CarePlans.AsNoTracking().Where(p => p.PatientId == patientId).ToListAsync(ct);
        var updates = plans.Select(p => p.UpdatedAt.InZone(Stockholm.Zone).Date).ToList();
        var conversations = (await db.BreakpointConversations.AsNoTracking().Where(b => b.PatientId == patientId).ToListAsync(ct))
            .OrderByDescending(b => b.HeldOn)
            .Select(b => new ConversationRow(b, CarePlanFollowUp.Check(b.ToDomain(), updates, Today)))
            .ToList();
        var today = Today;
        return new PalliativeView(
            patient,
            unit,
            Ref(patient.ListedCareCentreId),
            Ref(unitCentre),
            (await db.EndOfLifeDecisions.AsNoTracking().Where(d => d.PatientId == patientId).ToListAsync(ct)).OrderByDescending(d => d.DecidedAt).ToList(),
            (await db.SafetyMedications.AsNoTracking().Include(o => o.Contacts).Where(o => o.PatientId == patientId).ToListAsync(ct)).OrderByDescending(o => o.OrderedOn).ToList(),
            conversations,
            plans.OrderByDescending(p => p.UpdatedAt).FirstOrDefault(),
            (await db.DeathDelegations.AsNoTracking().Where(d => d.PatientId == patientId).ToListAsync(ct)).OrderByDescending(d => d.GrantedOn).ToList(),
            death,
            tasks.OrderBy(t => t.DueOn ?? LocalDate.MaxIsoValue).Select(t => new DeathTaskRow(t, Ref(t.CareCentreId)?.Name, t.IsOverdueOn(today))).ToList(),
            (await db.CareCertificateRequests.AsNoTracking().Where(r => r.PatientId == patientId).ToListAsync(ct)).OrderByDescending(r => r.RequestedAt).ToList());
    }

    public Task<PalliativeResult> RecordEndOfLifeDecisionAsync(ClaimsPrincipal user, Guid patientId, Instant decidedAt, string? doctor, string? nurse, string? note, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, _ =>
        {
            NotInFuture(decidedAt, "Beslutet");
            db.EndOfLifeDecisions.Add(new EndOfLifeDecisionRecord(patientId, new EndOfLifeDecision(decidedAt, doctor ?? "", nurse ?? "", note)));
            return Task.CompletedTask;
        }, ct);

    public Task<PalliativeResult> RecordOrdinationAsync(ClaimsPrincipal user, Guid patientId, LocalDate orderedOn, string? doctor, string? medications, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, _ =>
        {
            if (orderedOn > Today)
            {
                throw new DomainException("Ordinationsdagen kan inte ligga i framtiden.");
            }

            db.SafetyMedications.Add(new SafetyMedicationRecord(patientId, new SafetyMedicationOrder(orderedOn, doctor ?? "", medications)));
            return Task.CompletedTask;
        }, ct);

    public Task<PalliativeResult> RecordDoctorContactAsync(ClaimsPrincipal user, Guid patientId, Guid ordinationId, Instant at, string? doctor, string? note, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, async _ =>
        {
            NotInFuture(at, "Läkarkontakten");
            var order = await OrdinationAsync(patientId, ordinationId, ct);
            db.SafetyMedicationContacts.Add(order.RecordDoctorContact(new DoctorContact(at, doctor ?? "", note)));
        }, ct);

    /// <summary>Starts the ordination now; refused with the 14-day warning until a doctor contact is recorded.</summary>
    public Task<PalliativeResult> StartOrdinationAsync(ClaimsPrincipal user, Guid patientId, Guid ordinationId, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, async _ =>
        {
            var order = await OrdinationAsync(patientId, ordinationId, ct);
            order.Start(Now, NameOf(user));
        }, ct);

    public Task<PalliativeResult> RecordConversationAsync(ClaimsPrincipal user, Guid patientId, LocalDate heldOn, string? doctor, string? participants, string? note, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, _ =>
        {
            if (heldOn > Today)
            {
                throw new DomainException("Samtalet kan inte ha hållits i framtiden.");
            }

            var with = (participants ?? "").Split(['\n', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            db.BreakpointConversations.Add(new BreakpointConversationRecord(patientId, new BreakpointConversation(heldOn, doctor ?? "", with, note)));
            return Task.CompletedTask;
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
        var latest = (await db.CarePlans.AsNoTracking().Where(p => p.PatientId == patientId).Select(p => new { p.Id, p.UpdatedAt }).ToListAsync(ct))
            .OrderByDescending(p => p.UpdatedAt).FirstOrDefault()?.Id;
        if (latest != basedOn)
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

        return await ChangeAsync(user, patientId, _ =>
        {
            db.CarePlans.Add(new CarePlanRecord(patientId, validation.Plan!));
            return Task.CompletedTask;
        }, ct);
    }

    public Task<PalliativeResult> RecordDelegationAsync(ClaimsPrincipal user, Guid patientId, string? doctor, string? nurse, LocalDate grantedOn, LocalDate? validThrough, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, _ =>
        {
            db.DeathDelegations.Add(new DeathDelegationRecord(patientId, new DeathExaminationDelegation(doctor ?? "", nurse ?? "", grantedOn, validThrough)));
            return Task.CompletedTask;
        }, ct);

    /// <summary>
    /// Records the death, the nurse's examination under the patient's delegation when given, the doctor's
    /// establishment and the tasks (dödsbevis, dödsorsaksintyg, efterlevandesamtal); marks the patient as dead.
    /// </summary>
    public async Task<PalliativeResult> RecordDeathAsync(ClaimsPrincipal user, Guid patientId, DeathInput input, CancellationToken ct = default)
    {
        Guid? diedAtUnit = null;
        var result = await ChangeAsync(user, patientId, async patient =>
        {
            if (await db.Deaths.AnyAsync(d => d.PatientId == patientId, ct))
            {
                throw new DomainException("Dödsfallet är redan registrerat.");
            }

            var death = Death.Record(input.DiedAt, input.IsExpected, clock, input.IdentityUnknown);
            DeathDelegationRecord? delegation = null;
            if (input.NurseExaminedAt is { } examinedAt)
            {
                var date = examinedAt.InZone(Stockholm.Zone).Date;
                var delegations = await db.DeathDelegations.Where(d => d.PatientId == patientId).ToListAsync(ct);
                delegation = delegations
                    .Where(d => string.Equals(d.NurseName, NameOf(user), StringComparison.OrdinalIgnoreCase) && d.ToDomain().IsValidOn(date))
                    .OrderByDescending(d => d.GrantedOn)
                    .FirstOrDefault() ?? delegations.OrderByDescending(d => d.GrantedOn).FirstOrDefault();
                death.RecordNurseExamination(examinedAt, NameOf(user), delegation?.ToDomain(), clock);
            }

            var unit = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).SingleAsync(u => u.Id == patient.CareUnitId, ct);
            var unitCentreId = unit.ResponsibilityOn(death.DiedOn)?.CareCentreId;
            var ids = new[] { patient.ListedCareCentreId, unitCentreId, input.DoctorsCareCentreId }.OfType<Guid>().ToList();
            var names = await db.RegionalUnits.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
            CareCentreRef? Ref(Guid? id) => id is { } i && names.TryGetValue(i, out var n) ? new CareCentreRef(i, n) : null;

            death.Establish(
                new DeathEstablishment(input.EstablishedAt, input.DoctorName ?? "", input.By, input.By == DeathEstablishedBy.CareCentreDoctor ? Ref(input.DoctorsCareCentreId) : null),
                clock);
            var tasks = DeathTasks.For(death, Ref(patient.ListedCareCentreId), Ref(unitCentreId), NameOf(user));

            var record = new DeathRecord(patientId, death);
            if (delegation is not null && death.NurseExamination is not null)
            {
                record.UnderDelegation(delegation.Id);
            }

            db.Deaths.Add(record);
            db.DeathTasks.AddRange(tasks.Select(t => new DeathTaskRecord(patientId, t)));
            if (patient.IsAlive)
            {
                patient.RecordDeath(death.DiedOn, null, Today);
                diedAtUnit = patient.CareUnitId;
            }
        }, ct);

        // As on the patient page: the unit's stored year plan lets the review go in the same request.
        return result.Succeeded && diedAtUnit is { } unitId ? result with { YearPlans = await yearPlans.FollowPatientEventAsync([unitId], ct) } : result;
    }

    public Task<PalliativeResult> CompleteTaskAsync(ClaimsPrincipal user, Guid patientId, Guid taskId, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, async _ =>
        {
            var task = await db.DeathTasks.SingleOrDefaultAsync(t => t.Id == taskId && t.PatientId == patientId, ct)
                       ?? throw new DomainException("Uppgiften finns inte.");
            task.Complete(Now);
        }, ct);

    public Task<PalliativeResult> RequestCareCertificateAsync(ClaimsPrincipal user, Guid patientId, string? doctor, string? reason, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, _ =>
        {
            db.CareCertificateRequests.Add(new CareCertificateRequestRecord(patientId, new CareCertificateRequest(Now, NameOf(user), doctor ?? "", reason ?? "")));
            return Task.CompletedTask;
        }, ct);

    public Task<PalliativeResult> AssessCareCertificateAsync(ClaimsPrincipal user, Guid patientId, Guid requestId, bool written, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, async _ =>
        {
            var request = await db.CareCertificateRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.PatientId == patientId, ct)
                          ?? throw new DomainException("Begäran finns inte.");
            request.RecordAssessment(Now, written);
        }, ct);

    private static string NameOf(ClaimsPrincipal user) => user.FindFirstValue(NarplanClaims.DisplayName) ?? user.Identity?.Name ?? "";

    private void NotInFuture(Instant at, string what)
    {
        if (at > Now)
        {
            throw new DomainException($"{what} kan inte ligga i framtiden.");
        }
    }

    private async Task<SafetyMedicationRecord> OrdinationAsync(Guid patientId, Guid ordinationId, CancellationToken ct) =>
        await db.SafetyMedications.Include(o => o.Contacts).SingleOrDefaultAsync(o => o.Id == ordinationId && o.PatientId == patientId, ct)
        ?? throw new DomainException("Ordinationen finns inte.");

    /// <summary>Opens the patient (logged), runs the change and saves it; a rule's refusal is returned in Swedish and nothing is saved.</summary>
    private async Task<PalliativeResult> ChangeAsync(ClaimsPrincipal user, Guid patientId, Func<Patient, Task> change, CancellationToken ct)
    {
        var patient = await patients.OpenAsync(user, patientId, Purpose, ct);
        if (patient is null)
        {
            return new PalliativeResult(false, "Patienten finns inte.", NotFound: true);
        }

        try
        {
            await change(patient);
            await db.SaveChangesAsync(ct);
            return PalliativeResult.Ok;
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return new PalliativeResult(false, e.Message);
        }
    }
}

public static class PalliativeSetup
{
    public static IServiceCollection AddPalliative(this IServiceCollection services) => services.AddScoped<PalliativeService>();
}
