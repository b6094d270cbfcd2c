using Narplan.Web.Features.Patients;

namespace Narplan.Web.Features.SelfCare;

/// <summary>An egenvårdsintyg with the writing vårdcentral's name.</summary>
public sealed record SelfCareRow(SelfCareCertificate Certificate, string CareCentre);

/// <summary>One patient's egenvårdsintyg and what the user may do with them.</summary>
public sealed record SelfCareView(Patient Patient, string Unit, IReadOnlyList<SelfCareRow> Certificates, IReadOnlyList<(Guid Id, string Name)> CareCentres, Guid? DefaultCareCentreId, bool MayWrite)
{
    public string DisplayName => Patient.DisplayName;
}

/// <summary>A follow-up on a due list, with the patient as the user may see them.</summary>
public sealed record SelfCareDueRow(SelfCareCertificate Certificate, Patient Patient, string CareCentre, bool IsOverdue);

/// <summary>The outcome of a command: done, or a Swedish message beside a field (or for the form).</summary>
public sealed record SelfCareResult(bool Succeeded, string? Error = null, string? Field = null, bool NotFound = false, bool Conflict = false, bool Forbidden = false) : IFieldResult
{
    public static SelfCareResult Ok { get; } = new(true);
}

/// <summary>
/// Egenvårdsintyg (issue 19 item 4). Patient data: every read goes through <see cref="PatientAccess"/> and is logged
/// against the patient (a user of another organisation gets null, logged as a refused read); every change is audited by
/// the data layer in the same save. Who may write is the policy's <see cref="AccessPolicy.MayWriteSelfCareCertificate"/>.
/// </summary>
public sealed class SelfCareService(NarplanDbContext db, PatientAccess patients, IClock clock)
{
    public const string Purpose = "egenvårdsintyg";
    public const string StaleMessage = "Någon annan har ändrat intyget sedan du öppnade sidan. Dina uppgifter finns kvar i formuläret; försök igen.";

    /// <summary>The due list shows follow-ups due within this many days, and every overdue one.</summary>
    public const int DueHorizonDays = 28;

    public LocalDate Today => Stockholm.Today(clock);

    public async Task<SelfCareView?> LoadAsync(ClaimsPrincipal user, Guid patientId, CancellationToken ct = default)
    {
        var patient = await patients.OpenAsync(user, patientId, Purpose, ct);
        if (patient is null)
        {
            return null;
        }

        var (unit, relation) = await patients.CareRelationAsync(patient, ct);
        var certificates = await db.Set<SelfCareCertificate>().AsNoTracking().Where(c => c.PatientId == patientId).ToListAsync(ct);
        var region = await db.Kommuner.AsNoTracking().Where(k => k.Id == patient.KommunId).Select(k => k.RegionId).SingleAsync(ct);
        var centres = (await db.RegionalUnits.AsNoTracking()
                .Where(c => c.UnitKind == RegionalUnitKind.Vardcentral && c.RegionId == region)
                .Select(c => new { c.Id, c.Name }).ToListAsync(ct))
            .OrderBy(c => c.Name, StringComparer.Create(new("sv-SE"), false)).Select(c => (c.Id, c.Name)).ToList();
        var names = centres.ToDictionary(c => c.Id, c => c.Name);
        var actor = user.ToActor();
        return new SelfCareView(
            patient,
            unit.Name,
            certificates.OrderByDescending(c => c.IsActive).ThenBy(c => c.FollowUpDueOn)
                .Select(c => new SelfCareRow(c, names.GetValueOrDefault(c.CareCentreId, "okänd vårdcentral"))).ToList(),
            centres,
            actor.IsCareCentreUser ? actor.OrganisationId : relation.ListedCareCentreId ?? relation.UnitCareCentreId,
            AccessPolicy.MayWriteSelfCareCertificate(actor, relation));
    }

    public async Task<SelfCareResult> WriteAsync(
        ClaimsPrincipal user, Guid patientId, Guid? careCentreId, string? writtenBy, SelfCareWriterRole? role, LocalDate? writtenOn, string? covers, CancellationToken ct = default)
    {
        var patient = await patients.OpenForChangeAsync(user, patientId, Purpose, ct);
        if (patient is null)
        {
            return new SelfCareResult(false, "Patienten finns inte.", NotFound: true);
        }

        var (_, relation) = await patients.CareRelationAsync(patient, ct);
        if (!AccessPolicy.MayWriteSelfCareCertificate(user.ToActor(), relation))
        {
            return new SelfCareResult(false, "Egenvårdsintyg skrivs av sjuksköterska eller läkare på patientens vårdcentral.", Forbidden: true);
        }

        if (careCentreId is { } id && !await db.RegionalUnits.AnyAsync(c => c.Id == id && c.UnitKind == RegionalUnitKind.Vardcentral, ct))
        {
            return new SelfCareResult(false, "Välj en vårdcentral ur listan.", "CareCentreId");
        }

        try
        {
            db.Add(SelfCareCertificate.Write(patientId, patient.KommunId, careCentreId, writtenBy, role, writtenOn, covers, Today));
        }
        catch (FieldRefusal e)
        {
            return new SelfCareResult(false, e.Message, e.Field);
        }

        await db.SaveChangesAsync(ct);
        return SelfCareResult.Ok;
    }

    public Task<SelfCareResult> FollowUpAsync(ClaimsPrincipal user, Guid patientId, Guid certificateId, int version, LocalDate? on, string? by, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, certificateId, version, c => c.RecordFollowUp(on, by, Today), ct);

    public Task<SelfCareResult> EndAsync(ClaimsPrincipal user, Guid patientId, Guid certificateId, int version, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, certificateId, version, c => c.End(Today, Today), ct);

    /// <summary>
    /// The follow-ups due within <see cref="DueHorizonDays"/> or overdue that the user's organisation answers for: a
    /// vårdcentral's the intyg it wrote, a kommun's its patients' intyg, an administrator's all. Each patient read is logged.
    /// </summary>
    public async Task<IReadOnlyList<SelfCareDueRow>> DueAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        (await DuePageAsync(user, 0, int.MaxValue, ct)).Rows;

    /// <summary>
    /// One page of <see cref="DueAsync"/> in due order (issue 23 item 2): scoped, filtered, counted and paged in the
    /// database, then only the page's patients are opened (one query, their reads logged in one append). A row whose
    /// patient the user may not see is left out of the page (and the refusal logged); <c>Total</c> counts the intyg due.
    /// </summary>
    public async Task<(IReadOnlyList<SelfCareDueRow> Rows, int Total)> DuePageAsync(ClaimsPrincipal user, int offset, int limit, CancellationToken ct = default)
    {
        var actor = user.ToActor();
        var today = Today;
        var query = db.Set<SelfCareCertificate>().AsNoTracking().Where(c => c.EndedOn == null);
        if (actor.IsCareCentreUser && actor.OrganisationId is { } centre)
        {
            query = query.Where(c => c.CareCentreId == centre);
        }
        else if (actor.IsKommunUser && actor.KommunId is { } kommun)
        {
            query = query.Where(c => c.KommunId == kommun);
        }
        else if (!actor.IsAdmin)
        {
            return ([], 0);
        }

        // Due within the horizon: (last follow-up, else written) plus a year on or before the horizon's last day. The
        // latest such date, computed here, so the database compares plain dates (29 February plus a year is 28 February).
        var horizon = today.PlusDays(DueHorizonDays);
        var latest = horizon.PlusYears(-1);
        if (latest.PlusDays(1).PlusYears(1) <= horizon)
        {
            latest = latest.PlusDays(1);
        }

        query = query.Where(c => (c.LastFollowUpOn ?? c.WrittenOn) <= latest);
        var total = await query.CountAsync(ct);
        var due = await query.OrderBy(c => c.LastFollowUpOn ?? c.WrittenOn).ThenBy(c => c.Id).Skip(offset).Take(limit).ToListAsync(ct);
        var ids = due.Select(c => c.CareCentreId).Distinct().ToList();
        var names = await db.RegionalUnits.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var visible = await patients.OpenManyAsync(user, due.Select(c => c.PatientId).ToList(), "egenvårdsintyg att följa upp", ct);
        var rows = due.Where(c => visible.ContainsKey(c.PatientId))
            .Select(c => new SelfCareDueRow(c, visible[c.PatientId], names.GetValueOrDefault(c.CareCentreId, ""), c.IsOverdueOn(today)))
            .ToList();
        return (rows, total);
    }

    private async Task<SelfCareResult> ChangeAsync(ClaimsPrincipal user, Guid patientId, Guid certificateId, int version, Action<SelfCareCertificate> change, CancellationToken ct)
    {
        var patient = await patients.OpenForChangeAsync(user, patientId, Purpose, ct);
        var certificate = patient is null ? null : await db.Set<SelfCareCertificate>().SingleOrDefaultAsync(c => c.Id == certificateId && c.PatientId == patientId, ct);
        if (patient is null || certificate is null)
        {
            return new SelfCareResult(false, "Intyget finns inte.", NotFound: true);
        }

        var (_, relation) = await patients.CareRelationAsync(patient, ct);
        if (!AccessPolicy.MayWriteSelfCareCertificate(user.ToActor(), relation))
        {
            return new SelfCareResult(false, "Egenvårdsintyg följs upp av sjuksköterska eller läkare på patientens vårdcentral.", Forbidden: true);
        }

        if (certificate.Version != version)
        {
            return new SelfCareResult(false, StaleMessage, Conflict: true);
        }

        if (DomainRefusal.Of(() => change(certificate), (message, field) => new SelfCareResult(false, message, field)) is { } refused)
        {
            return refused;
        }

        return await db.SaveUnlessStaleAsync(certificate, version, ct) ? SelfCareResult.Ok : new SelfCareResult(false, StaleMessage, Conflict: true);
    }
}
