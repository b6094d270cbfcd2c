using Narplan.Web.Features.Patients;

namespace Narplan.Web.Features.Sip;

/// <summary>One patient's SIP offers, the open "Erbjud SIP" tasks, and what the user may do.</summary>
public sealed record SipView(Patient Patient, string Unit, IReadOnlyList<SipOffer> Offers, IReadOnlyList<SipOfferTask> OpenTriggers, bool MayRecord);

/// <summary>One SIP offer of a patient and whether the user may record in it.</summary>
public sealed record SipOfferView(Patient Patient, string Unit, SipOffer Offer, bool MayRecord);

/// <summary>What a SIP task on "Mina uppgifter" asks for. Stored nowhere; the code is the API's "kind".</summary>
public enum SipTaskKind
{
    Offer,
    Answer,
    Action,
    FollowUp,
}

public static class SipTaskKindNames
{
    public static string Swedish(this SipTaskKind kind) => kind switch
    {
        SipTaskKind.Offer => "Erbjud SIP",
        SipTaskKind.Answer => "Inget svar på SIP-erbjudandet",
        SipTaskKind.Action => "Åtgärd i SIP",
        SipTaskKind.FollowUp => "Uppföljning av SIP",
        _ => kind.ToString(),
    };

    public static string Code(this SipTaskKind kind) => kind switch
    {
        SipTaskKind.Offer => "offer",
        SipTaskKind.Answer => "answer",
        SipTaskKind.Action => "action",
        SipTaskKind.FollowUp => "follow-up",
        _ => kind.ToString(),
    };
}

/// <summary>A SIP task on a due list: the patient as the user may see them, what to do, and by when.</summary>
public sealed record SipDueRow(SipTaskKind Kind, Patient Patient, Guid? OfferId, LocalDate DueOn, bool IsOverdue, string What);

/// <summary>The outcome of a command: done, or a Swedish message beside a field (or for the form).</summary>
public sealed record SipResult(bool Succeeded, string? Error = null, string? Field = null, bool NotFound = false, bool Conflict = false, bool Forbidden = false, Guid? OfferId = null) : IFieldResult
{
    public static SipResult Ok { get; } = new(true);
}

/// <summary>
/// SIP (issue 19 item 1; decision 0074). Patient data: every read goes through <see cref="PatientAccess"/> and is logged
/// against the patient (a user of another organisation gets null, logged as a refused read); every change is audited by
/// the data layer in the same save. Who may record is the policy's <see cref="AccessPolicy.MayRecordSip"/>.
/// </summary>
public sealed class SipService(NarplanDbContext db, PatientAccess patients, IClock clock)
{
    public const string Purpose = "SIP";
    public const string DuePurpose = "SIP att följa upp";
    public const string OverviewPurpose = "SIP-översikt";
    public const string StaleMessage = "Någon annan har ändrat SIP:en sedan du öppnade sidan. Dina uppgifter finns kvar i formuläret; försök igen.";

    /// <summary>Actions and follow-ups due within this many days are listed, and every overdue one.</summary>
    public const int DueHorizonDays = 14;

    public LocalDate Today => Stockholm.Today(clock);

    public async Task<SipView?> LoadAsync(ClaimsPrincipal user, Guid patientId, CancellationToken ct = default)
    {
        var patient = await patients.OpenAsync(user, patientId, Purpose, ct);
        if (patient is null)
        {
            return null;
        }

        var (unit, relation) = await patients.CareRelationAsync(patient, ct);
        var offers = await OffersOf(patientId).AsNoTracking().ToListAsync(ct);
        return new SipView(
            patient, unit.Name, offers.OrderByDescending(o => o.OfferedOn).ThenByDescending(o => o.Id).ToList(),
            SipOfferTasks.Open(patient, offers, Today), AccessPolicy.MayRecordSip(user.ToActor(), relation));
    }

    public async Task<SipOfferView?> LoadOfferAsync(ClaimsPrincipal user, Guid patientId, Guid offerId, CancellationToken ct = default)
    {
        var patient = await patients.OpenAsync(user, patientId, Purpose, ct);
        var offer = patient is null ? null : await OffersOf(patientId).AsNoTracking().SingleOrDefaultAsync(o => o.Id == offerId, ct);
        if (patient is null || offer is null)
        {
            return null;
        }

        var (unit, relation) = await patients.CareRelationAsync(patient, ct);
        return new SipOfferView(patient, unit.Name, offer, AccessPolicy.MayRecordSip(user.ToActor(), relation));
    }

    /// <summary>
    /// Records an offer. <paramref name="triggerEventId"/> names the patient's "ny patient" or discharge event the offer
    /// answers (its kind gives the trigger and its day the trigger's day); without it the trigger is a need for joint planning.
    /// </summary>
    public async Task<SipResult> OfferAsync(
        ClaimsPrincipal user, Guid patientId, Guid? triggerEventId, SipTrigger? trigger, LocalDate? offeredOn, string? offeredBy, CancellationToken ct = default)
    {
        var patient = await patients.OpenForChangeAsync(user, patientId, Purpose, ct);
        if (patient is null)
        {
            return new SipResult(false, "Patienten finns inte.", NotFound: true);
        }

        var (_, relation) = await patients.CareRelationAsync(patient, ct);
        if (!AccessPolicy.MayRecordSip(user.ToActor(), relation))
        {
            return new SipResult(false, "SIP registreras av patientens kommun eller vårdcentral.", Forbidden: true);
        }

        LocalDate? triggerOn = null;
        if (triggerEventId is { } eventId)
        {
            var trigging = patient.Events.SingleOrDefault(e => e.Id == eventId);
            if (trigging is null || SipOfferTasks.TriggerOf(trigging.Kind) is not { } kind)
            {
                return new SipResult(false, "Välj ett tillfälle ur listan.", "Trigger");
            }

            if (await db.Set<SipOffer>().AnyAsync(o => o.PatientId == patientId && o.TriggerEventId == eventId, ct))
            {
                return new SipResult(false, "SIP är redan erbjuden vid det tillfället.", "Trigger");
            }

            trigger = kind;
            triggerOn = trigging.On;
        }
        else if (trigger is not SipTrigger.JointPlanningNeed and not null)
        {
            return new SipResult(false, "Välj tillfället (inskrivning eller utskrivning) ur listan, eller behov av gemensam planering.", "Trigger");
        }

        try
        {
            var offer = SipOffer.Offer(patientId, patient.KommunId, trigger, triggerEventId, triggerOn, offeredOn, offeredBy, Today);
            db.Add(offer);
            await db.SaveChangesAsync(ct);
            return new SipResult(true, OfferId: offer.Id);
        }
        catch (FieldRefusal e)
        {
            return new SipResult(false, e.Message, e.Field);
        }
    }

    /// <summary>Changes an offer as <paramref name="change"/> says, refusing a stale version (optimistic concurrency).</summary>
    public async Task<SipResult> ChangeAsync(ClaimsPrincipal user, Guid patientId, Guid offerId, int version, Action<SipOffer, LocalDate> change, CancellationToken ct = default)
    {
        var patient = await patients.OpenForChangeAsync(user, patientId, Purpose, ct);
        var offer = patient is null ? null : await OffersOf(patientId).SingleOrDefaultAsync(o => o.Id == offerId, ct);
        if (patient is null || offer is null)
        {
            return new SipResult(false, "SIP:en finns inte.", NotFound: true);
        }

        var (_, relation) = await patients.CareRelationAsync(patient, ct);
        if (!AccessPolicy.MayRecordSip(user.ToActor(), relation))
        {
            return new SipResult(false, "SIP registreras av patientens kommun eller vårdcentral.", Forbidden: true);
        }

        if (offer.Version != version)
        {
            return new SipResult(false, StaleMessage, Conflict: true);
        }

        if (DomainRefusal.Of(() => change(offer, Today), (message, field) => new SipResult(false, message, field)) is { } refused)
        {
            return refused;
        }

        return await db.SaveUnlessStaleAsync(offer, version, ct) ? new SipResult(true, OfferId: offer.Id) : new SipResult(false, StaleMessage, Conflict: true);
    }

    /// <summary>Removes a participant: deleted explicitly (the audit log gets a delete row against the patient).</summary>
    public Task<SipResult> RemoveParticipantAsync(ClaimsPrincipal user, Guid patientId, Guid offerId, int version, Guid participantId, CancellationToken ct = default) =>
        ChangeAsync(user, patientId, offerId, version, (offer, _) =>
        {
            var participant = offer.Participants.SingleOrDefault(p => p.Id == participantId);
            offer.RemoveParticipant(participantId);
            db.Remove(participant!);
        }, ct);

    /// <summary>
    /// The SIP tasks the user's organisation answers for (a kommun's: its patients; a vårdcentral's: the patients listed
    /// there or living at a unit it is responsible for; an administrator's: all): "Erbjud SIP" after an enrolment or a
    /// discharge, offers without an answer, actions and follow-ups due within <see cref="DueHorizonDays"/> days or overdue.
    /// Each patient on the list is read through <see cref="PatientAccess"/> and logged.
    /// </summary>
    public async Task<IReadOnlyList<SipDueRow>> DueAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        (await DuePageAsync(user, 0, int.MaxValue, ct)).Rows;

    /// <summary>
    /// One page of <see cref="DueAsync"/> (issue 23 item 2; decision 0098), in due order (then kind, patient and offer, so
    /// that pages never overlap). Only patients who can have a task are read — a trigger event within
    /// <see cref="SipOfferTasks.WindowDays"/> days, or an offer — instead of every patient of the kommun; the tasks are
    /// made from them, counted, and only the page's patients are opened (one query, their reads logged in one append).
    /// A task whose patient the user may not see is left out of the page (and the refusal logged); <c>Total</c> counts
    /// the tasks.
    /// </summary>
    public async Task<(IReadOnlyList<SipDueRow> Rows, int Total)> DuePageAsync(ClaimsPrincipal user, int offset, int limit, CancellationToken ct = default)
    {
        var today = Today;
        if (await ScopeAsync(user, ct) is not { } scope)
        {
            return ([], 0);
        }

        var since = today.PlusDays(-SipOfferTasks.WindowDays);
        var candidates = await scope.Include(p => p.Events)
            .Where(p => p.DiedOn == null && (
                p.Events.Any(e => (e.Kind == PatientEventKind.NewPatient || e.Kind == PatientEventKind.HospitalDischarge) && e.On > since && e.On <= today)
                || db.Set<SipOffer>().Any(o => o.PatientId == p.Id)))
            .ToListAsync(ct);
        var ids = candidates.Select(p => p.Id).ToList();
        var offers = (await db.Set<SipOffer>().AsNoTracking().Include(o => o.Actions).Where(o => ids.Contains(o.PatientId)).ToListAsync(ct))
            .ToLookup(o => o.PatientId);
        var horizon = today.PlusDays(DueHorizonDays);
        var tasks = new List<(SipTaskKind Kind, Guid Patient, Guid? Offer, LocalDate Due, string What)>();
        foreach (var candidate in candidates)
        {
            var own = offers[candidate.Id].ToList();
            // One "Erbjud SIP" per patient, however many events call for it (an enrolment and a discharge on one day).
            if (SipOfferTasks.Open(candidate, own, today) is { Count: > 0 } open)
            {
                tasks.Add((SipTaskKind.Offer, candidate.Id, null, open.Min(t => t.DueOn), string.Join(", ", open.Select(t => $"{t.Trigger.Swedish()} {t.TriggerOn:yyyy-MM-dd}"))));
            }

            foreach (var offer in own)
            {
                if (offer.IsAwaitingAnswer)
                {
                    tasks.Add((SipTaskKind.Answer, candidate.Id, offer.Id, offer.AnswerDueOn, $"Erbjuden {offer.OfferedOn:yyyy-MM-dd}"));
                }

                tasks.AddRange(offer.Actions.Where(a => !a.IsDone && a.DueOn <= horizon).Select(a => (SipTaskKind.Action, candidate.Id, (Guid?)offer.Id, a.DueOn, $"{a.Description} ({a.Owner})")));
                if (offer.IsFollowUpOpen && offer.FollowUpOn <= horizon)
                {
                    tasks.Add((SipTaskKind.FollowUp, candidate.Id, offer.Id, offer.FollowUpOn!.Value, $"SIP-möte {offer.MeetingOn:yyyy-MM-dd}"));
                }
            }
        }

        var page = tasks.OrderBy(t => t.Due).ThenBy(t => t.Kind).ThenBy(t => t.Patient).ThenBy(t => t.Offer).Skip(offset).Take(limit).ToList();
        var visible = await patients.OpenManyAsync(user, page.Select(t => t.Patient).ToList(), DuePurpose, ct);
        var rows = page.Where(t => visible.ContainsKey(t.Patient))
            .Select(t => new SipDueRow(t.Kind, visible[t.Patient], t.Offer, t.Due, today > t.Due, t.What))
            .ToList();
        return (rows, tasks.Count);
    }

    /// <summary>
    /// The SIP offers of the past year (and every older one still waiting for an answer or with an open action or
    /// follow-up) of the patients the user's organisation answers for, newest first; each patient read is logged.
    /// </summary>
    public async Task<IReadOnlyList<(SipOffer Offer, Patient Patient)>> OverviewAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var scope = await ScopeAsync(user, ct);
        if (scope is null)
        {
            return [];
        }

        var ids = await scope.Select(p => p.Id).ToListAsync(ct);
        var since = Today.PlusYears(-1);
        var offers = (await db.Set<SipOffer>().AsNoTracking().Include(o => o.Actions).Where(o => ids.Contains(o.PatientId)).ToListAsync(ct))
            .Where(o => o.OfferedOn >= since || o.IsAwaitingAnswer || o.IsFollowUpOpen || o.Actions.Any(a => !a.IsDone))
            .ToList();
        var rows = new List<(SipOffer, Patient)>();
        foreach (var group in offers.GroupBy(o => o.PatientId))
        {
            if (await patients.OpenAsync(user, group.Key, OverviewPurpose, ct) is { } patient)
            {
                rows.AddRange(group.Select(o => (o, patient)));
            }
        }

        return rows.OrderByDescending(r => r.Item1.OfferedOn).ThenBy(r => r.Item2.Name, StringComparer.Create(new("sv-SE"), false)).ToList();
    }

    /// <summary>The patients the user's organisation answers for (null: none), as <see cref="DueAsync"/> describes.</summary>
    private async Task<IQueryable<Patient>?> ScopeAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var actor = user.ToActor();
        var query = db.Patients.AsNoTracking();
        if (actor.IsKommunUser && actor.KommunId is { } kommun)
        {
            return query.Where(p => p.KommunId == kommun);
        }

        if (actor.IsCareCentreUser && actor.OrganisationId is { } centre)
        {
            var today = Today;
            var units = (await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).ToListAsync(ct))
                .Where(u => u.ResponsibilityOn(today)?.CareCentreId == centre).Select(u => u.Id).ToList();
            return query.Where(p => p.ListedCareCentreId == centre || units.Contains(p.CareUnitId));
        }

        return actor.IsAdmin ? query : null;
    }

    private IQueryable<SipOffer> OffersOf(Guid patientId) =>
        db.Set<SipOffer>().Include(o => o.Participants).Include(o => o.Actions).Where(o => o.PatientId == patientId);
}
