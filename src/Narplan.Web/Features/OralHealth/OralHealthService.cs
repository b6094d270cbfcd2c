using Narplan.Domain.OralHealth;
using Narplan.Web.Features.Patients;

namespace Narplan.Web.Features.OralHealth;

/// <summary>One patient's oral health record and what the user may do with it.</summary>
public sealed record OralHealthPatientView(
    Patient Patient, string Unit, OralHealthRecord? Record, IReadOnlyList<OralHealthAssessment> Assessments,
    IReadOnlyList<OralHealthCertifier> Certifiers, bool MayRecord)
{
    public string DisplayName => Patient.DisplayName;
}

/// <summary>An intygsutfärdare with the unit's name.</summary>
public sealed record OralHealthCertifierRow(OralHealthCertifier Certifier, string Unit, bool TrainingDue);

/// <summary>A munhälsobedömning due (or overdue) with the patient as the user may see them.</summary>
public sealed record OralHealthDueRow(OralHealthRecord Record, Patient Patient, Guid UnitId, string Unit, bool Overdue);

/// <summary>A kommun's register page: intygsutfärdare and the due list, per unit.</summary>
public sealed record OralHealthKommunView(
    Guid KommunId, string Kommun, IReadOnlyList<(Guid Id, string Name)> Units, IReadOnlyList<OralHealthCertifierRow> Certifiers,
    IReadOnlyList<OralHealthDueRow> Due, bool MayManageCertifiers);

/// <summary>The outcome of a command: done, or a Swedish message beside a field (or for the form).</summary>
public sealed record OralHealthResult(bool Succeeded, string? Error = null, string? Field = null, bool NotFound = false, bool Conflict = false, bool Forbidden = false) : IFieldResult
{
    public static OralHealthResult Ok { get; } = new(true);
}

/// <summary>
/// The oral health register (issue 19 item 3; seed 000 "Munhälsa – uppsökande och nödvändig tandvård"; decisions 0071,
/// 0084). Patient data: every read goes through <see cref="PatientAccess"/> and is logged against the patient (another
/// kommun's user gets null, logged as a refused read); every change is audited by the data layer in the same save.
/// </summary>
public sealed class OralHealthService(NarplanDbContext db, PatientAccess patients, IAuditActorAccessor actors, IClock clock)
{
    public const string Purpose = "munhälsa";
    public const string StaleMessage = "Någon annan har ändrat uppgifterna sedan du öppnade sidan. Dina uppgifter finns kvar i formuläret; försök igen.";

    /// <summary>The due list shows bedömningar due within this many days, and every overdue one.</summary>
    public const int DueHorizonDays = 28;

    private static readonly StringComparer Swedish = StringComparer.Create(new("sv-SE"), false);

    public LocalDate Today => Stockholm.Today(clock);

    public async Task<OralHealthPatientView?> LoadAsync(ClaimsPrincipal user, Guid patientId, CancellationToken ct = default)
    {
        var patient = await patients.OpenAsync(user, patientId, Purpose, ct);
        if (patient is null)
        {
            return null;
        }

        var unit = await db.CareUnits.AsNoTracking().Where(u => u.Id == patient.CareUnitId).Select(u => u.Name).SingleAsync(ct);
        var record = await db.Set<OralHealthRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.PatientId == patientId, ct);
        var assessments = record is null ? [] : await db.Set<OralHealthAssessment>().AsNoTracking().Where(a => a.RecordId == record.Id).ToListAsync(ct);
        var certifiers = await db.Set<OralHealthCertifier>().AsNoTracking().Where(c => c.KommunId == patient.KommunId).ToListAsync(ct);
        return new OralHealthPatientView(
            patient, unit, record, assessments.OrderByDescending(a => a.AssessedOn).ToList(),
            certifiers.OrderBy(c => c.Name, Swedish).ToList(), AccessPolicy.MayRecordOralHealth(user.ToActor(), patient.KommunId));
    }

    /// <summary>Records the patient's N-intyg with its intygsutfärdare (of the patient's kommun) and date.</summary>
    public async Task<OralHealthResult> IssueAsync(ClaimsPrincipal user, Guid patientId, Guid? certifierId, LocalDate? issuedOn, CancellationToken ct = default)
    {
        var patient = await patients.OpenForChangeAsync(user, patientId, Purpose, ct);
        if (patient is null)
        {
            return new OralHealthResult(false, "Patienten finns inte.", NotFound: true);
        }

        if (!AccessPolicy.MayRecordOralHealth(user.ToActor(), patient.KommunId))
        {
            return new OralHealthResult(false, "Munhälsan registreras av personal i patientens kommun.", Forbidden: true);
        }

        if (await db.Set<OralHealthRecord>().AnyAsync(r => r.PatientId == patientId, ct))
        {
            return new OralHealthResult(false, "Patienten har redan ett N-intyg registrerat.", Conflict: true);
        }

        var certifier = certifierId is { } id ? await db.Set<OralHealthCertifier>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) : null;
        try
        {
            db.Add(OralHealthRecord.Issue(patientId, patient.KommunId, certifier, issuedOn, Today));
        }
        catch (FieldRefusal e)
        {
            return new OralHealthResult(false, e.Message, e.Field);
        }

        return await SaveAsync(ct);
    }

    public Task<OralHealthResult> RecordOfferAsync(ClaimsPrincipal user, Guid patientId, int version, LocalDate? on, bool declined, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, version, r => r.RecordOffer(on, declined, Today), ct);

    public Task<OralHealthResult> RecordAssessmentAsync(ClaimsPrincipal user, Guid patientId, int version, LocalDate? on, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, version, r =>
        {
            var due = r.AssessmentDueOn;
            r.RecordAssessment(on, Today);
            db.Add(new OralHealthAssessment(r, due));
        }, ct);

    /// <summary>
    /// The kommun's register: intygsutfärdare per unit (training flagged) and the due list per unit, for the kommun's own
    /// staff. Another kommun's user gets null, logged as a refused read of the kommun's register.
    /// </summary>
    public async Task<OralHealthKommunView?> KommunAsync(ClaimsPrincipal user, Guid kommunId, CancellationToken ct = default)
    {
        var kommun = await db.Kommuner.AsNoTracking().Where(k => k.Id == kommunId).Select(k => k.Name).SingleOrDefaultAsync(ct);
        if (kommun is null)
        {
            return null;
        }

        var actor = user.ToActor();
        if (!AccessPolicy.MaySeeOralHealthRegister(actor, kommunId))
        {
            await LogRefusedAsync(kommunId, ct);
            return null;
        }

        var units = (await db.CareUnits.AsNoTracking().Where(u => u.KommunId == kommunId && u.EndedOn == null).Select(u => new { u.Id, u.Name }).ToListAsync(ct))
            .OrderBy(u => u.Name, Swedish).Select(u => (u.Id, u.Name)).ToList();
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        var today = Today;
        var certifiers = (await db.Set<OralHealthCertifier>().AsNoTracking().Where(c => c.KommunId == kommunId).ToListAsync(ct))
            .Select(c => new OralHealthCertifierRow(c, names.GetValueOrDefault(c.CareUnitId, ""), c.IsTrainingDueOn(today)))
            .OrderBy(r => r.Unit, Swedish).ThenBy(r => r.Certifier.Name, Swedish).ToList();
        return new OralHealthKommunView(kommunId, kommun, units, certifiers, await DueAsync(user, kommunId, ct), AccessPolicy.MayManageOralHealthCertifiers(actor, kommunId));
    }

    /// <summary>
    /// The munhälsobedömningar due within <see cref="DueHorizonDays"/> or overdue that the user's kommun answers for (an
    /// administrator's: all, or <paramref name="kommunId"/>), ordered by unit and due date. Each patient read is logged.
    /// </summary>
    public async Task<IReadOnlyList<OralHealthDueRow>> DueAsync(ClaimsPrincipal user, Guid? kommunId = null, CancellationToken ct = default) =>
        (await DuePageAsync(user, kommunId, 0, int.MaxValue, ct)).Rows;

    /// <summary>
    /// One page of <see cref="DueAsync"/> (issue 23 item 2; decision 0098), in the same order (then by record, so that
    /// pages never overlap): the due records and their living patients' units are read without opening the patients,
    /// then only the page's patients are opened (one query, their reads logged in one append). A row whose patient the
    /// user may not see is left out of the page (and the refusal logged); <c>Total</c> counts the due records.
    /// </summary>
    public async Task<(IReadOnlyList<OralHealthDueRow> Rows, int Total)> DuePageAsync(
        ClaimsPrincipal user, Guid? kommunId, int offset, int limit, CancellationToken ct = default)
    {
        var actor = user.ToActor();
        var query = db.Set<OralHealthRecord>().AsNoTracking();
        if (actor.IsKommunUser && actor.KommunId is { } own)
        {
            if (kommunId is { } asked && asked != own)
            {
                return ([], 0);
            }

            query = query.Where(r => r.KommunId == own);
        }
        else if (actor.IsAdmin)
        {
            if (kommunId is { } asked)
            {
                query = query.Where(r => r.KommunId == asked);
            }
        }
        else
        {
            return ([], 0);
        }

        var today = Today;
        var due = (await query.ToListAsync(ct)).Where(r => r.IsDueWithin(today, DueHorizonDays)).ToList();
        // The living patients' units, for the order and the unit column (ids only: the patients are opened page by page).
        var patientIds = due.Select(r => r.PatientId).Distinct().ToList();
        var unitOf = await db.Patients.AsNoTracking().Where(p => patientIds.Contains(p.Id) && p.DiedOn == null)
            .ToDictionaryAsync(p => p.Id, p => p.CareUnitId, ct);
        var unitIds = unitOf.Values.Distinct().ToList();
        var unitNames = await db.CareUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var ordered = due.Where(r => unitOf.ContainsKey(r.PatientId))
            .Select(r => (Record: r, UnitId: unitOf[r.PatientId], Unit: unitNames.GetValueOrDefault(unitOf[r.PatientId], "")))
            .OrderBy(r => r.Unit, Swedish).ThenBy(r => r.Record.AssessmentDueOn).ThenBy(r => r.Record.Id)
            .ToList();
        var page = ordered.Skip(offset).Take(limit).ToList();
        var visible = await patients.OpenManyAsync(user, page.Select(r => r.Record.PatientId).ToList(), "munhälsobedömning att göra", ct);
        var rows = page.Where(r => visible.ContainsKey(r.Record.PatientId))
            .Select(r => new OralHealthDueRow(r.Record, visible[r.Record.PatientId], r.UnitId, r.Unit, r.Record.IsOverdueOn(today)))
            .ToList();
        return (rows, ordered.Count);
    }

    /// <summary>Names an intygsutfärdare for a unit; a unit of another kommun is refused beside its field.</summary>
    public async Task<OralHealthResult> AppointAsync(ClaimsPrincipal user, Guid kommunId, Guid? unitId, string? name, LocalDate? lastTrainedOn, CancellationToken ct = default)
    {
        if (!await db.Kommuner.AnyAsync(k => k.Id == kommunId, ct))
        {
            return new OralHealthResult(false, "Kommunen finns inte.", NotFound: true);
        }

        if (!AccessPolicy.MayManageOralHealthCertifiers(user.ToActor(), kommunId))
        {
            return new OralHealthResult(false, "Intygsutfärdare utses av kommunens MAS eller enhetschef.", Forbidden: true);
        }

        var unit = unitId is { } id ? await db.CareUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct) : null;
        try
        {
            db.Add(OralHealthCertifier.Appoint(kommunId, unit, name, lastTrainedOn, Today));
        }
        catch (FieldRefusal e)
        {
            return new OralHealthResult(false, e.Message, e.Field);
        }

        return await SaveAsync(ct);
    }

    public async Task<OralHealthResult> RecordTrainingAsync(ClaimsPrincipal user, Guid certifierId, int version, LocalDate? on, CancellationToken ct = default)
    {
        var certifier = await db.Set<OralHealthCertifier>().SingleOrDefaultAsync(c => c.Id == certifierId, ct);
        if (certifier is null || !AccessPolicy.MaySeeOralHealthRegister(user.ToActor(), certifier.KommunId))
        {
            return new OralHealthResult(false, "Intygsutfärdaren finns inte.", NotFound: true);
        }

        if (!AccessPolicy.MayManageOralHealthCertifiers(user.ToActor(), certifier.KommunId))
        {
            return new OralHealthResult(false, "Utbildningen registreras av kommunens MAS eller enhetschef.", Forbidden: true);
        }

        if (certifier.Version != version)
        {
            return new OralHealthResult(false, StaleMessage, Conflict: true);
        }

        try
        {
            certifier.RecordTraining(on, Today);
        }
        catch (FieldRefusal e)
        {
            return new OralHealthResult(false, e.Message, e.Field);
        }

        db.ChangeAtVersion(certifier, version);
        return await SaveAsync(ct);
    }

    private async Task<OralHealthResult> ChangeAsync(ClaimsPrincipal user, Guid patientId, int version, Action<OralHealthRecord> change, CancellationToken ct)
    {
        var patient = await patients.OpenForChangeAsync(user, patientId, Purpose, ct);
        var record = patient is null ? null : await db.Set<OralHealthRecord>().SingleOrDefaultAsync(r => r.PatientId == patientId, ct);
        if (patient is null || record is null)
        {
            return new OralHealthResult(false, "Patienten har inget N-intyg registrerat.", NotFound: true);
        }

        if (!AccessPolicy.MayRecordOralHealth(user.ToActor(), patient.KommunId))
        {
            return new OralHealthResult(false, "Munhälsan registreras av personal i patientens kommun.", Forbidden: true);
        }

        if (record.Version != version)
        {
            return new OralHealthResult(false, StaleMessage, Conflict: true);
        }

        if (DomainRefusal.Of(() => change(record), (message, field) => new OralHealthResult(false, message, field)) is { } refused)
        {
            return refused;
        }

        db.ChangeAtVersion(record, version);
        return await SaveAsync(ct);
    }

    // A conflict is a stale version, or two N-intyg for one patient at once (the unique index refuses the second).
    private async Task<OralHealthResult> SaveAsync(CancellationToken ct) =>
        await db.SaveUnlessConflictAsync(ct) ? OralHealthResult.Ok : new OralHealthResult(false, StaleMessage, Conflict: true);

    private async Task LogRefusedAsync(Guid kommunId, CancellationToken ct)
    {
        var actor = actors.Current;
        db.Add(new AuditEntry(clock.GetCurrentInstant(), actor.UserId, actor.UserName, actor.OrganisationId, actor.Role, AuditAction.ReadDenied,
            "Kommun", kommunId.ToString(), null, "munhälsoregister"));
        await db.SaveChangesAsync(ct);
    }
}
