using Narplan.Domain.Vaccination;
using Narplan.Web.Features.Patients;

namespace Narplan.Web.Features.Vaccination;

/// <summary>A campaign with its kommun's name.</summary>
public sealed record CampaignRow(VaccinationCampaign Campaign, string Kommun);

/// <summary>The campaigns the user may see and the kommuner the user may plan a campaign for.</summary>
public sealed record CampaignList(IReadOnlyList<CampaignRow> Campaigns, IReadOnlyList<(Guid Id, string Name)> PlanKommuner);

/// <summary>One unit's line on the board: the order, and the doses given, documented (sent) and registered.</summary>
public sealed record BoardRow(
    Guid UnitId, string Unit, Guid? CareCentreId, string CareCentre, VaccineOrder? Order, int Given, int Documented, int Registered, int Overdue,
    bool MayOrder, bool MayConfirm);

/// <summary>A kommun's campaign board (issue 19 item 2): counts per unit, no patient named.</summary>
public sealed record VaccinationBoard(VaccinationCampaign Campaign, string Kommun, IReadOnlyList<BoardRow> Rows)
{
    public int Ordered => Rows.Sum(r => r.Order?.TotalDoses ?? 0);

    public int Given => Rows.Sum(r => r.Given);

    public int Documented => Rows.Sum(r => r.Documented);

    public int Registered => Rows.Sum(r => r.Registered);

    public int Overdue => Rows.Sum(r => r.Overdue);
}

/// <summary>A dose on the patient's page, with its campaign and what the user may do with it.</summary>
public sealed record DoseRow(VaccinationDose Dose, string Campaign, bool MaySend, bool MayRegister);

/// <summary>One patient's doses, the campaigns a dose can be recorded in, and whether the user may record one.</summary>
public sealed record PatientVaccinationView(Patient Patient, string Unit, IReadOnlyList<DoseRow> Doses, IReadOnlyList<VaccinationCampaign> OpenCampaigns, bool MayRecord)
{
    public string DisplayName => Patient.DisplayName;
}

/// <summary>Documentation on a task list: to send (kommun) or to register (vårdcentral).</summary>
public sealed record DocumentationTask(VaccinationDose Dose, Patient Patient, string Unit, string CareCentre, bool IsOverdue)
{
    public string PatientName => Patient.DisplayName;
}

/// <summary>The outcome of a command: done, or a Swedish message beside a field (or for the form).</summary>
public sealed record VaccinationResult(bool Succeeded, string? Error = null, string? Field = null, bool NotFound = false, bool Conflict = false, bool Forbidden = false) : IFieldResult
{
    public static VaccinationResult Ok { get; } = new(true);
}

/// <summary>
/// Vaccination campaigns (issue 19 item 2; seed 000 "Vaccinationer"). The board and the campaigns are the kommun's
/// shared plan data (counts only). The doses are patient data: every read goes through <see cref="PatientAccess"/> and is
/// logged against the patient (a user of another organisation gets null, logged as a refused read); every change is
/// audited by the data layer in the same save. Who may do what is in <see cref="AccessPolicy"/> (the vaccination
/// questions in AccessPolicy.Registers.cs).
/// </summary>
public sealed class VaccinationService(NarplanDbContext db, PatientAccess patients, IClock clock)
{
    public const string Purpose = "vaccinationer";
    public const string TaskPurpose = "vaccinationsunderlag att skicka eller registrera";
    public const string StaleMessage = "Någon annan har ändrat uppgifterna sedan du öppnade sidan. Dina uppgifter finns kvar i formuläret; försök igen.";

    public LocalDate Today => Stockholm.Today(clock);

    /// <summary>The campaigns of the kommuner the user may see, newest first.</summary>
    public async Task<CampaignList> ListAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var actor = user.ToActor();
        var kommuner = await db.Kommuner.AsNoTracking().Select(k => new { k.Id, k.Name }).ToListAsync(ct);
        var centres = await CareCentresByKommunAsync(ct);
        var visible = kommuner.Where(k => AccessPolicy.MaySeeVaccinationCampaign(actor, k.Id, centres.GetValueOrDefault(k.Id, []))).ToDictionary(k => k.Id, k => k.Name);
        var ids = visible.Keys.ToList();
        var campaigns = await db.Set<VaccinationCampaign>().AsNoTracking().Where(c => ids.Contains(c.KommunId)).ToListAsync(ct);
        var sv = StringComparer.Create(new("sv-SE"), false);
        return new CampaignList(
            campaigns.OrderByDescending(c => c.StartsOn).ThenBy(c => visible[c.KommunId], sv).Select(c => new CampaignRow(c, visible[c.KommunId])).ToList(),
            kommuner.Where(k => AccessPolicy.MayPlanVaccinationCampaign(actor, k.Id)).OrderBy(k => k.Name, sv).Select(k => (k.Id, k.Name)).ToList());
    }

    public async Task<VaccinationResult> PlanAsync(
        ClaimsPrincipal user, Guid? kommunId, VaccinationSeason? season, LocalDate? startsOn, LocalDate? endsOn, LocalDate? orderDeadline, bool influenza, bool covid,
        CancellationToken ct = default)
    {
        if (kommunId is not { } kommun || !await db.Kommuner.AnyAsync(k => k.Id == kommun, ct))
        {
            return new VaccinationResult(false, "Välj en kommun ur listan.", "KommunId");
        }

        if (!AccessPolicy.MayPlanVaccinationCampaign(user.ToActor(), kommun))
        {
            return new VaccinationResult(false, "Kampanjer planeras av kommunens MAS eller enhetschef.", Forbidden: true);
        }

        try
        {
            db.Add(VaccinationCampaign.Plan(kommun, season, startsOn, endsOn, orderDeadline, influenza, covid));
        }
        catch (FieldRefusal e)
        {
            return new VaccinationResult(false, e.Message, e.Field);
        }

        await db.SaveChangesAsync(ct);
        return VaccinationResult.Ok;
    }

    /// <summary>The board of a campaign the user may see; null for an unknown campaign or another organisation's.</summary>
    public async Task<VaccinationBoard?> BoardAsync(ClaimsPrincipal user, Guid campaignId, CancellationToken ct = default)
    {
        var campaign = await db.Set<VaccinationCampaign>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null)
        {
            return null;
        }

        var actor = user.ToActor();
        var today = Today;
        var units = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities)
            .Where(u => u.KommunId == campaign.KommunId && (u.EndedOn == null || u.EndedOn > campaign.StartsOn)).ToListAsync(ct);
        var centreOf = units.ToDictionary(u => u.Id, u => u.ResponsibilityOn(today)?.CareCentreId);
        if (!AccessPolicy.MaySeeVaccinationCampaign(actor, campaign.KommunId, centreOf.Values.OfType<Guid>().Distinct().ToList()))
        {
            return null;
        }

        var orders = await db.Set<VaccineOrder>().AsNoTracking().Where(o => o.CampaignId == campaignId).ToDictionaryAsync(o => o.CareUnitId, ct);
        var doses = await db.Set<VaccinationDose>().AsNoTracking().Where(d => d.CampaignId == campaignId)
            .Select(d => new { d.CareUnitId, d.GivenOn, d.DocumentationSentOn, d.RegisteredOn }).ToListAsync(ct);
        var centreIds = centreOf.Values.OfType<Guid>().Concat(orders.Values.Select(o => o.CareCentreId).OfType<Guid>()).Distinct().ToList();
        var names = await db.RegionalUnits.AsNoTracking().Where(c => centreIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var kommun = await db.Kommuner.AsNoTracking().Where(k => k.Id == campaign.KommunId).Select(k => k.Name).SingleAsync(ct);
        var open = campaign.IsOpenForOrders(today);
        var mayOrder = AccessPolicy.MayOrderVaccineDoses(actor, campaign.KommunId);
        var rows = units
            .Where(u => (u.Type != CareUnitType.Dagverksamhet && u.Type != CareUnitType.DagligVerksamhet) || orders.ContainsKey(u.Id))
            .OrderBy(u => u.Name, StringComparer.Create(new("sv-SE"), false))
            .Select(u =>
            {
                var order = orders.GetValueOrDefault(u.Id);
                var centre = order?.CareCentreId ?? centreOf[u.Id];
                var given = doses.Where(d => d.CareUnitId == u.Id).ToList();
                return new BoardRow(
                    u.Id, u.Name, centre, centre is { } c ? names.GetValueOrDefault(c, "okänd vårdcentral") : "ingen vårdcentral",
                    order, given.Count, given.Count(d => d.DocumentationSentOn != null), given.Count(d => d.RegisteredOn != null),
                    given.Count(d => d.DocumentationSentOn == null && today > VaccinationDocumentation.DueOn(d.GivenOn)),
                    mayOrder && open && order?.IsConfirmed != true,
                    order is { IsConfirmed: false } && AccessPolicy.MayConfirmVaccineOrder(actor, order.CareCentreId));
            })
            .ToList();
        return new VaccinationBoard(campaign, kommun, rows);
    }

    /// <summary>Gives (or changes) a unit's order; <paramref name="version"/> is the order's version when it is a change.</summary>
    public async Task<VaccinationResult> OrderAsync(
        ClaimsPrincipal user, Guid campaignId, Guid? unitId, int? version, int? enhanced, int? standard, int? covid, string? orderedBy, CancellationToken ct = default)
    {
        var campaign = await db.Set<VaccinationCampaign>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null)
        {
            return new VaccinationResult(false, "Kampanjen finns inte.", NotFound: true);
        }

        if (!AccessPolicy.MayOrderVaccineDoses(user.ToActor(), campaign.KommunId))
        {
            return new VaccinationResult(false, "Doser beställs av kommunens sjuksköterskor, MAS eller enhetschef.", Forbidden: true);
        }

        var unit = unitId is { } id ? await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).SingleOrDefaultAsync(u => u.Id == id && u.KommunId == campaign.KommunId, ct) : null;
        if (unit is null)
        {
            return new VaccinationResult(false, "Välj en enhet ur listan.", "CareUnitId");
        }

        var order = await db.Set<VaccineOrder>().SingleOrDefaultAsync(o => o.CampaignId == campaignId && o.CareUnitId == unit.Id, ct);
        if (order is not null && order.Version != version)
        {
            return new VaccinationResult(false, StaleMessage, Conflict: true);
        }

        var refused = order is null
            ? DomainRefusal.Of(
                () => db.Add(VaccineOrder.Place(campaign, unit.Id, unit.ResponsibilityOn(campaign.StartsOn)?.CareCentreId ?? unit.ResponsibilityOn(Today)?.CareCentreId,
                    enhanced, standard, covid, orderedBy, Today)),
                Refused)
            : DomainRefusal.Of(() => order.Change(campaign, enhanced, standard, covid, orderedBy, Today), Refused);
        if (refused is not null)
        {
            return refused;
        }

        if (order is not null)
        {
            db.ChangeAtVersion(order, order.Version);
        }

        return await SaveAsync(ct);
    }

    public async Task<VaccinationResult> ConfirmOrderAsync(
        ClaimsPrincipal user, Guid orderId, int version, bool vaccineOrdered, bool suppliesOrdered, string? by, CancellationToken ct = default)
    {
        var order = await db.Set<VaccineOrder>().SingleOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null || !await MaySeeCampaignAsync(user, order.CampaignId, ct))
        {
            return new VaccinationResult(false, "Beställningen finns inte.", NotFound: true);
        }

        if (!AccessPolicy.MayConfirmVaccineOrder(user.ToActor(), order.CareCentreId))
        {
            return new VaccinationResult(false, "Beställningen bekräftas av vårdcentralen som beställer vaccinet.", Forbidden: true);
        }

        if (order.Version != version)
        {
            return new VaccinationResult(false, StaleMessage, Conflict: true);
        }

        if (DomainRefusal.Of(() => order.Confirm(vaccineOrdered, suppliesOrdered, by, Today), Refused) is { } refused)
        {
            return refused;
        }

        db.ChangeAtVersion(order, version);
        return await SaveAsync(ct);
    }

    /// <summary>A patient's doses (read logged against the patient); null when the user may not see the patient.</summary>
    public async Task<PatientVaccinationView?> LoadPatientAsync(ClaimsPrincipal user, Guid patientId, CancellationToken ct = default)
    {
        var patient = await patients.OpenAsync(user, patientId, Purpose, ct);
        if (patient is null)
        {
            return null;
        }

        var actor = user.ToActor();
        var (unit, relation) = await patients.CareRelationAsync(patient, ct);
        var doses = await db.Set<VaccinationDose>().AsNoTracking().Where(d => d.PatientId == patientId).ToListAsync(ct);
        var campaigns = await db.Set<VaccinationCampaign>().AsNoTracking().Where(c => c.KommunId == patient.KommunId).ToListAsync(ct);
        var names = campaigns.ToDictionary(c => c.Id, c => c.Name);
        var mayRecord = AccessPolicy.MayRecordVaccinationDose(actor, relation);
        var today = Today;
        return new PatientVaccinationView(
            patient,
            unit.Name,
            doses.OrderByDescending(d => d.GivenOn)
                .Select(d => new DoseRow(d, names.GetValueOrDefault(d.CampaignId, ""), mayRecord && !d.IsDocumentationSent,
                    d.AwaitsRegistration && AccessPolicy.MayRegisterVaccinationDose(actor, d.CareCentreId)))
                .ToList(),
            campaigns.Where(c => c.StartsOn <= today && c.EndsOn >= today.PlusDays(-30)).OrderByDescending(c => c.StartsOn).ToList(),
            mayRecord);
    }

    public async Task<VaccinationResult> RecordDoseAsync(
        ClaimsPrincipal user, Guid patientId, Guid? campaignId, Vaccine? vaccine, LocalDate? givenOn, int? doseNumber, string? givenBy, CancellationToken ct = default)
    {
        var patient = await patients.OpenForChangeAsync(user, patientId, Purpose, ct);
        if (patient is null)
        {
            return new VaccinationResult(false, "Patienten finns inte.", NotFound: true);
        }

        var (unit, relation) = await patients.CareRelationAsync(patient, ct);
        if (!AccessPolicy.MayRecordVaccinationDose(user.ToActor(), relation))
        {
            return new VaccinationResult(false, "Doser registreras av kommunens sjuksköterskor, som ger vaccinet.", Forbidden: true);
        }

        var campaign = campaignId is { } id ? await db.Set<VaccinationCampaign>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.KommunId == patient.KommunId, ct) : null;
        if (campaign is null)
        {
            return new VaccinationResult(false, "Välj en kampanj ur listan.", "CampaignId");
        }

        try
        {
            var day = givenOn ?? Today;
            var centre = unit.ResponsibilityOn(day)?.CareCentreId ?? relation.UnitCareCentreId ?? patient.ListedCareCentreId;
            db.Add(VaccinationDose.Record(patientId, campaign, unit.Id, centre, vaccine, givenOn, doseNumber, givenBy, Today));
        }
        catch (FieldRefusal e)
        {
            return new VaccinationResult(false, e.Message, e.Field);
        }

        await db.SaveChangesAsync(ct);
        return VaccinationResult.Ok;
    }

    public Task<VaccinationResult> MarkSentAsync(ClaimsPrincipal user, Guid patientId, Guid doseId, int version, LocalDate? on, string? by, CancellationToken ct = default) =>
        ChangeDoseAsync(user, patientId, doseId, version, (actor, relation, dose) => AccessPolicy.MayRecordVaccinationDose(actor, relation),
            "Underlaget skickas av kommunens sjuksköterskor.", d => d.MarkDocumentationSent(on, by, Today), ct);

    public Task<VaccinationResult> MarkRegisteredAsync(ClaimsPrincipal user, Guid patientId, Guid doseId, int version, LocalDate? on, string? by, CancellationToken ct = default) =>
        ChangeDoseAsync(user, patientId, doseId, version, (actor, _, dose) => AccessPolicy.MayRegisterVaccinationDose(actor, dose.CareCentreId),
            "Dosen registreras av vårdcentralen som tar emot underlaget.", d => d.MarkRegistered(on, by, Today), ct);

    /// <summary>
    /// The documentation the user's organisation has to act on, oldest due first: a kommun's users the unsent documentation
    /// of its doses (overdue flagged); a vårdcentral's users the documentation sent to it and not yet registered, and the
    /// overdue documentation it is still waiting for; an administrator both. Each patient read is logged.
    /// </summary>
    public async Task<IReadOnlyList<DocumentationTask>> DocumentationTasksAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        (await DocumentationTasksPageAsync(user, 0, int.MaxValue, ct)).Rows;

    /// <summary>
    /// One page of <see cref="DocumentationTasksAsync"/> (issue 23 item 2; decision 0098), in the same order (then by
    /// dose, so that pages never overlap); only the page's patients are opened (one query, their reads logged in one
    /// append). A dose whose patient the user may not see is left out of the page (and the refusal logged); <c>Total</c>
    /// counts the doses.
    /// </summary>
    public async Task<(IReadOnlyList<DocumentationTask> Rows, int Total)> DocumentationTasksPageAsync(
        ClaimsPrincipal user, int offset, int limit, CancellationToken ct = default)
    {
        var actor = user.ToActor();
        var today = Today;
        var query = db.Set<VaccinationDose>().AsNoTracking().Where(d => d.RegisteredOn == null);
        List<VaccinationDose> doses;
        if (actor.IsKommunUser && actor.KommunId is { } kommun)
        {
            doses = await query.Where(d => d.KommunId == kommun && d.DocumentationSentOn == null).ToListAsync(ct);
        }
        else if (actor.IsCareCentreUser && actor.OrganisationId is { } centre)
        {
            doses = (await query.Where(d => d.CareCentreId == centre).ToListAsync(ct))
                .Where(d => d.AwaitsRegistration || d.IsDocumentationOverdueOn(today)).ToList();
        }
        else if (actor.IsAdmin)
        {
            doses = (await query.ToListAsync(ct)).Where(d => d.AwaitsRegistration || d.IsDocumentationOverdueOn(today)).ToList();
        }
        else
        {
            return ([], 0);
        }

        if (doses.Count == 0)
        {
            return ([], 0);
        }

        var unitIds = doses.Select(d => d.CareUnitId).Distinct().ToList();
        var units = await db.CareUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var page = doses
            .Select(d => (Dose: d, Unit: units.GetValueOrDefault(d.CareUnitId, "")))
            .OrderBy(d => d.Dose.DocumentationDueOn).ThenBy(d => d.Unit, StringComparer.Create(new("sv-SE"), false)).ThenBy(d => d.Dose.Id)
            .Skip(offset).Take(limit).ToList();
        var centreIds = page.Select(d => d.Dose.CareCentreId).OfType<Guid>().Distinct().ToList();
        var centres = await db.RegionalUnits.AsNoTracking().Where(c => centreIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var visible = await patients.OpenManyAsync(user, page.Select(d => d.Dose.PatientId).ToList(), TaskPurpose, ct);
        var rows = page.Where(d => visible.ContainsKey(d.Dose.PatientId))
            .Select(d => new DocumentationTask(
                d.Dose, visible[d.Dose.PatientId], d.Unit, d.Dose.CareCentreId is { } c ? centres.GetValueOrDefault(c, "") : "", d.Dose.IsDocumentationOverdueOn(today)))
            .ToList();
        return (rows, doses.Count);
    }

    private async Task<VaccinationResult> ChangeDoseAsync(
        ClaimsPrincipal user, Guid patientId, Guid doseId, int version, Func<Actor, PatientCareRelation, VaccinationDose, bool> may, string forbidden,
        Action<VaccinationDose> change, CancellationToken ct)
    {
        var patient = await patients.OpenForChangeAsync(user, patientId, Purpose, ct);
        var dose = patient is null ? null : await db.Set<VaccinationDose>().SingleOrDefaultAsync(d => d.Id == doseId && d.PatientId == patientId, ct);
        if (patient is null || dose is null)
        {
            return new VaccinationResult(false, "Dosen finns inte.", NotFound: true);
        }

        var (_, relation) = await patients.CareRelationAsync(patient, ct);
        if (!may(user.ToActor(), relation, dose))
        {
            return new VaccinationResult(false, forbidden, Forbidden: true);
        }

        if (dose.Version != version)
        {
            return new VaccinationResult(false, StaleMessage, Conflict: true);
        }

        if (DomainRefusal.Of(() => change(dose), Refused) is { } refused)
        {
            return refused;
        }

        db.ChangeAtVersion(dose, version);
        return await SaveAsync(ct);
    }

    private static VaccinationResult Refused(string message, string? field) => new(false, message, field);

    // A conflict is a stale version, or two first orders for the same unit at once (the unique index keeps one).
    private async Task<VaccinationResult> SaveAsync(CancellationToken ct) =>
        await db.SaveUnlessConflictAsync(ct) ? VaccinationResult.Ok : new VaccinationResult(false, StaleMessage, Conflict: true);

    private async Task<bool> MaySeeCampaignAsync(ClaimsPrincipal user, Guid campaignId, CancellationToken ct)
    {
        var kommun = await db.Set<VaccinationCampaign>().AsNoTracking().Where(c => c.Id == campaignId).Select(c => (Guid?)c.KommunId).SingleOrDefaultAsync(ct);
        if (kommun is not { } id)
        {
            return false;
        }

        var centres = await CareCentresByKommunAsync(ct);
        return AccessPolicy.MaySeeVaccinationCampaign(user.ToActor(), id, centres.GetValueOrDefault(id, []));
    }

    /// <summary>Per kommun, the vårdcentraler responsible for one of its units today.</summary>
    private async Task<Dictionary<Guid, IReadOnlyCollection<Guid>>> CareCentresByKommunAsync(CancellationToken ct)
    {
        var today = Today;
        var units = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).Where(u => u.EndedOn == null || u.EndedOn > today).ToListAsync(ct);
        return units.GroupBy(u => u.KommunId).ToDictionary(
            g => g.Key, g => (IReadOnlyCollection<Guid>)g.Select(u => u.ResponsibilityOn(today)?.CareCentreId).OfType<Guid>().Distinct().ToList());
    }
}
