using Narplan.Web.Features.Crisis;

namespace Narplan.Web.Features.Ledningsteam;

/// <summary>
/// A unit's medical advisory roles and ledningsteam meetings: the unit-level advisory doctor is the fast läkarkontakt of
/// today's responsibility (seed 002), the overall level the plan's <see cref="AdvisoryDoctor"/>s.
/// </summary>
public sealed record UnitLedningsteamView(
    CareUnit Unit, string Kommun, string? CareCentre, Guid? CareCentreId, IReadOnlyList<string> UnitAdvisoryDoctors,
    IReadOnlyList<AdvisoryDoctor> PlanAdvisoryDoctors, IReadOnlyList<LedningsteamMeeting> Meetings,
    LedningsteamYear ThisYear, LedningsteamYear LastYear, bool MaySee, bool MayRecord);

/// <summary>
/// Ledningsteam meetings (issue 19 item 6). No patient data; who sees and records is
/// <see cref="AccessPolicy.MaySeeLedningsteam"/> and <see cref="AccessPolicy.MayRecordLedningsteam"/>; every change is
/// audited by the data layer in the same save, stale edits refused.
/// </summary>
public sealed class LedningsteamService(NarplanDbContext db, IClock clock)
{
    public const string StaleMessage = "Någon annan har ändrat mötet sedan du öppnade sidan. Dina uppgifter finns kvar i formuläret; försök igen.";

    public LocalDate Today => Stockholm.Today(clock);

    public async Task<UnitLedningsteamView?> UnitAsync(ClaimsPrincipal user, Guid unitId, CancellationToken ct = default)
    {
        var unit = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).SingleOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            return null;
        }

        var today = Today;
        var kommun = await db.Kommuner.AsNoTracking().Where(k => k.Id == unit.KommunId).Select(k => k.Name).SingleAsync(ct);
        var responsibility = unit.ResponsibilityOn(today);
        var centre = responsibility is null ? null
            : await db.RegionalUnits.AsNoTracking().Where(c => c.Id == responsibility.CareCentreId).Select(c => c.Name).SingleOrDefaultAsync(ct);
        var doctorIds = new[] { responsibility?.RegularDoctorId, responsibility?.SecondRegularDoctorId }.OfType<Guid>().ToList();
        var doctors = await db.People.AsNoTracking().Where(p => doctorIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var advisory = doctorIds.Where(doctors.ContainsKey).Select(id => doctors[id]).ToList();
        var planAdvisory = await PlanAdvisoryDoctorsAsync(unit.KommunId, ct);

        var actor = user.ToActor();
        var careCentreId = responsibility?.CareCentreId;
        var maySee = AccessPolicy.MaySeeLedningsteam(actor, unit.KommunId, careCentreId);
        var meetings = maySee
            ? (await db.Set<LedningsteamMeeting>().AsNoTracking().Where(m => m.CareUnitId == unitId).ToListAsync(ct)).OrderByDescending(m => m.On).ToList()
            : [];
        return new UnitLedningsteamView(
            unit, kommun, centre, careCentreId, advisory, planAdvisory, meetings,
            LedningsteamYear.Of(meetings, today.Year, today), LedningsteamYear.Of(meetings, today.Year - 1, today),
            maySee, AccessPolicy.MayRecordLedningsteam(actor, unit.KommunId, careCentreId));
    }

    /// <summary>Plans a meeting, or records one held; <paramref name="meetingId"/> records a planned meeting as held.</summary>
    public async Task<RegisterResult> SaveAsync(
        ClaimsPrincipal user, Guid unitId, Guid? meetingId, int version, LocalDate? on, bool held, string? participants,
        bool patientSafety, bool deviations, bool guidelines, string? notes, CancellationToken ct = default)
    {
        var unit = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).SingleOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            return new RegisterResult(false, "Enheten finns inte.", NotFound: true);
        }

        if (!AccessPolicy.MayRecordLedningsteam(user.ToActor(), unit.KommunId, unit.ResponsibilityOn(Today)?.CareCentreId))
        {
            return new RegisterResult(false, "Ledningsteamsmöten planeras och registreras av kommunens MAS eller enhetschef och enhetens vårdcentral.", Forbidden: true);
        }

        if (meetingId is { } id)
        {
            var meeting = await db.Set<LedningsteamMeeting>().SingleOrDefaultAsync(m => m.Id == id && m.CareUnitId == unitId, ct);
            if (meeting is null)
            {
                return new RegisterResult(false, "Mötet finns inte.", NotFound: true);
            }

            if (meeting.Version != version)
            {
                return new RegisterResult(false, StaleMessage, Conflict: true);
            }

            if (DomainRefusal.Of(() => meeting.RecordHeld(on, participants, patientSafety, deviations, guidelines, notes, Today), RegisterResult.Refused) is { } refused)
            {
                return refused;
            }

            db.ChangeAtVersion(meeting, version);
        }
        else if (DomainRefusal.Of(
            () => db.Add(LedningsteamMeeting.Create(unitId, unit.KommunId, on, held, participants, patientSafety, deviations, guidelines, notes, Today)),
            RegisterResult.Refused) is { } refusedNew)
        {
            return refusedNew;
        }

        return await db.SaveUnlessStaleAsync(ct) ? RegisterResult.Ok : new RegisterResult(false, StaleMessage, Conflict: true);
    }

    /// <summary>
    /// "Mina uppgifter": this year's units the user plans or records meetings for (<see cref="AccessPolicy.MayRecordLedningsteam"/>)
    /// that are flagged — fewer than two meetings held or planned ahead. A kommun manager's kommun, a vårdcentral's units.
    /// </summary>
    public async Task<IReadOnlyList<LedningsteamYearRow>> FlaggedAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var actor = user.ToActor();
        var today = Today;
        var query = db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).AsQueryable();
        if (actor.IsKommunManager && actor.KommunId is { } kommun)
        {
            query = query.Where(u => u.KommunId == kommun);
        }
        else if (actor.IsCareCentreUser && actor.OrganisationId is { } centre)
        {
            query = query.Where(u => u.Responsibilities.Any(r => r.CareCentreId == centre));
        }
        else
        {
            return [];
        }

        var units = (await query.ToListAsync(ct))
            .Where(u => u.Type.HasUnitDoctor() && AccessPolicy.MayRecordLedningsteam(actor, u.KommunId, u.ResponsibilityOn(today)?.CareCentreId)).ToList();
        var ids = units.Select(u => u.Id).ToList();
        var first = new LocalDate(today.Year, 1, 1);
        var meetings = (await db.Set<LedningsteamMeeting>().AsNoTracking().Where(m => ids.Contains(m.CareUnitId) && m.On >= first).ToListAsync(ct)).ToLookup(m => m.CareUnitId);
        var sv = StringComparer.Create(new("sv-SE"), false);
        return [.. units.Select(u => (Unit: u, Year: LedningsteamYear.Of(meetings[u.Id], today.Year, today)))
            .Where(x => x.Year.Flagged)
            .OrderBy(x => x.Unit.Name, sv)
            .Select(x => new LedningsteamYearRow(x.Unit.Id, x.Unit.Name, x.Year.Year, x.Year.Held, x.Year.PlannedAhead, true))];
    }

    private async Task<IReadOnlyList<AdvisoryDoctor>> PlanAdvisoryDoctorsAsync(Guid kommunId, CancellationToken ct)
    {
        var planIds = await db.Plans.AsNoTracking().Where(p => p.KommunId == kommunId && p.Kind == PlanKind.Naromradesplan).Select(p => p.Id).ToListAsync(ct);
        var published = (await db.PlanVersions.AsNoTracking().Where(v => planIds.Contains(v.PlanId) && v.Status == PlanStatus.Publicerad)
            .Select(v => new { v.Number, v.Details }).ToListAsync(ct)).MaxBy(v => v.Number);
        return published?.Details.AdvisoryDoctors ?? [];
    }
}
