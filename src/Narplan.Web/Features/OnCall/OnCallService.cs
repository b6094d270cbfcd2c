using Microsoft.Extensions.Caching.Memory;
using Narplan.Web.Features.Organisations;

namespace Narplan.Web.Features.OnCall;

/// <summary>A unit's on-call answer, with the unit it is for and the rule profile version that gave it.</summary>
public sealed record UnitOnCall(UnitDetail Unit, OnCallAnswer Answer, OnCallRuleProfile Profile);

/// <summary>
/// A patient's on-call answer: the route (own unit, korttidsboende, växelvård keeping the ordinary doctor), the
/// answer of the unit it routes to, and the name of the stay's unit when a korttids stay decided it.
/// </summary>
public sealed record PatientOnCall(PatientOnCallRoute Route, UnitOnCall OnCall, string? StayUnitName);

/// <summary>
/// Everything the resolver needs for one unit over a stretch of time, loaded once: the unit's responsibility
/// history, its kommun's dated beredskapsjourområde assignments with each area's rule profile versions, the redirects of
/// its vårdcentraler and the doctors' absences. <see cref="QueryAt"/> builds the query for any instant in the stretch
/// without touching the database.
/// </summary>
/// <remarks>Immutable once built, so one instance can serve concurrent requests from the cache.</remarks>
public sealed class UnitOnCallData
{
    // Profile versions per area, oldest first, converted once.
    private readonly Dictionary<Guid, (LocalDate ValidFrom, OnCallRuleProfile Profile)[]> _profiles;
    private readonly IReadOnlyList<OnCallAreaAssignment> _assignments;
    private readonly IReadOnlyDictionary<Guid, string> _areaNames;
    private readonly IReadOnlyList<OnCallRedirect> _redirects;
    private readonly IReadOnlyList<DoctorAbsence> _absences;

    public UnitOnCallData(
        UnitDetail unit, IReadOnlyList<OnCallAreaAssignment> assignments, IReadOnlyDictionary<Guid, string> areaNames,
        IEnumerable<RuleProfileVersion> profiles, IReadOnlyList<OnCallRedirect> redirects, IReadOnlyList<DoctorAbsence> absences)
    {
        Unit = unit;
        _assignments = assignments;
        _areaNames = areaNames;
        _profiles = profiles.GroupBy(p => p.AreaId)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.ValidFrom).Select(p => (p.ValidFrom, p.ToProfile())).ToArray());
        _redirects = redirects;
        _absences = absences;
    }

    public UnitDetail Unit { get; }

    /// <summary>
    /// The profile of the unit's beredskapsjourområde in force on the date (see <see cref="OnCallAreas.For"/> and
    /// <see cref="RuleProfileVersion.InForce"/>), or <see cref="OnCallRuleProfile.Unassigned"/> with the reason when the
    /// kommun has no area, two at once, or an area without any rule version: never another area's rules.
    /// </summary>
    public OnCallRuleProfile ProfileOn(LocalDate date)
    {
        var choice = OnCallAreas.For(_assignments, Unit.Unit.KommunId, Unit.Unit.Id, date, Unit.Kommun, AreaName);
        if (choice.AreaId is not { } areaId)
        {
            return OnCallRuleProfile.Unassigned(choice.Problem!);
        }

        if (!_profiles.TryGetValue(areaId, out var versions) || versions.Length == 0)
        {
            return OnCallRuleProfile.Unassigned(
                $"{AreaName(areaId)} har inga jourregler ännu. Ange dem under Administration → jourregler.");
        }

        var profile = versions[0].Profile;
        foreach (var (validFrom, candidate) in versions)
        {
            if (validFrom <= date)
            {
                profile = candidate;
            }
        }

        return profile;
    }

    private string AreaName(Guid areaId) => _areaNames.GetValueOrDefault(areaId, "okänt område");

    public OnCallQuery QueryAt(Instant at) => QueryAt(at, OnCallNeed.Advice);

    /// <summary>The query for the instant and need; units without a unit doctor (dagverksamhet) always ask for advice.</summary>
    public OnCallQuery QueryAt(Instant at, OnCallNeed need)
    {
        var date = at.InZone(Stockholm.Zone).Date;
        var detail = Unit;
        // The domain decides which responsibility is in force; the view only adds the names.
        var inForce = detail.Unit.ResponsibilityOn(date);
        var responsibility = inForce is null ? null : detail.Responsibilities.Single(r => r.ValidFrom == inForce.ValidFrom);
        OnCallUnit unit;
        if (!detail.Unit.Type.HasUnitDoctor())
        {
            unit = new OnCallUnit(detail.Unit.Name, "Patientens ordinarie vårdcentral", null);
        }
        else
        {
            // One or two fasta läkarkontakter in call order, each replaced in place by a substitute while absent.
            var ids = responsibility?.RegularDoctorIds ?? [];
            var names = responsibility?.RegularDoctors ?? [];
            string? Substitute(int i) => i < ids.Count ? _absences.FirstOrDefault(a => a.DoctorId == ids[i] && a.Covers(date))?.SubstituteName : null;
            unit = new OnCallUnit(
                detail.Unit.Name, responsibility?.CareCentre, responsibility?.DirectPhone, names.Count > 0 ? names[0] : null, Substitute(0),
                IsShortTermCare: detail.Unit.Type == CareUnitType.Korttidsboende, IsRespiteCare: detail.Unit.RespiteKeepsRegularDoctor,
                SecondRegularDoctorName: names.Count > 1 ? names[1] : null, SecondSubstituteDoctorName: Substitute(1));
        }

        var overrides = responsibility is null
            ? []
            : _redirects.Where(r => r.Concerns(responsibility.CareCentreId, detail.Unit.Id)).Select(r => r.ToOverride()).ToList();
        return new OnCallQuery(unit, overrides, ProfileOn(date), at, detail.Unit.Type.HasUnitDoctor() ? need : OnCallNeed.Advice);
    }
}

/// <summary>
/// Feeds the one resolution function (<see cref="OnCallResolver"/>) with a unit's responsibility on the date of the
/// instant, its vårdcentral's redirects and absences, and its region's rule profile version in force. The page, the
/// week view, the printed card and the API all call this.
/// </summary>
/// <remarks>
/// The loaded data is cached per unit until any instance saves a change (<see cref="DataChangeSignal"/>: this
/// process's saves directly, other instances' through PostgreSQL <c>LISTEN/NOTIFY</c>, decision 0054) and for at most a
/// minute, so a phone-switch integration asking for every call does not query the database each time (decision 0007).
/// While other instances cannot be heard nothing is served from the cache.
/// </remarks>
public sealed class OnCallService(IServiceProvider services, IClock clock, IMemoryCache cache, DataChangeSignal changes)
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(1);

    public Instant Now => clock.GetCurrentInstant();

    public LocalDate Today => Stockholm.Today(clock);

    public Task<UnitOnCall?> ForUnitAsync(Guid unitId, Instant at, CancellationToken ct = default) =>
        ForUnitAsync(unitId, at, OnCallNeed.Advice, ct);

    /// <summary>Who answers for the unit at the instant for the need (advice, or an acute home visit: decision 0039).</summary>
    public async Task<UnitOnCall?> ForUnitAsync(Guid unitId, Instant at, OnCallNeed need, CancellationToken ct = default)
    {
        var data = await LoadAsync(unitId, ct);
        if (data is null)
        {
            return null;
        }

        var query = data.QueryAt(at, need);
        NarplanMeters.OnCallResolved("unit");
        return new UnitOnCall(data.Unit, OnCallResolver.Resolve(query), query.Profile);
    }

    /// <summary>
    /// Who answers for a patient at <paramref name="at"/> (issue 4 item 3, DOMAIN.md §3, decision 0022): during a korttids
    /// stay the korttidsboende's vårdcentral, except at a växelvård unit that keeps the ordinary doctor; otherwise the
    /// patient's own unit. The answer's period ends where the route changes (a stay starting or ending at 00:00
    /// Stockholm time), and <see cref="OnCallAnswer.Next"/> then names who answers on the other route.
    /// </summary>
    /// <remarks>
    /// This reads no patient values a user sees and writes no audit entry: callers show it only on pages that have
    /// opened the patient through <c>PatientAccess</c> (which logs the read).
    /// </remarks>
    public async Task<PatientOnCall?> ForPatientAsync(Guid patientId, Instant at, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<NarplanDbContext>();
        var patient = await db.Patients.AsNoTracking().Include(p => p.Events).SingleOrDefaultAsync(p => p.Id == patientId, ct);
        return patient is null ? null : await ForPatientAsync(patient, at, ct);
    }

    /// <inheritdoc cref="ForPatientAsync(Guid, Instant, CancellationToken)"/>
    public Task<PatientOnCall?> ForPatientAsync(Patient patient, Instant at, CancellationToken ct = default) =>
        ForPatientAsync(patient, at, OnCallNeed.Advice, ct);

    /// <inheritdoc cref="ForPatientAsync(Guid, Instant, CancellationToken)"/>
    /// <param name="need">Advice, or an acute home visit (routed to the area's visit service in daytime, decision 0039).</param>
    public async Task<PatientOnCall?> ForPatientAsync(Patient patient, Instant at, OnCallNeed need, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<NarplanDbContext>();
        var stayUnitIds = patient.Events.Where(e => e.Kind == PatientEventKind.ShortTermStay).Select(e => e.ToUnitId).OfType<Guid>().Distinct().ToList();
        var stayUnits = await db.CareUnits.AsNoTracking().Where(u => stayUnitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        CareUnit? UnitOf(Guid id) => stayUnits.GetValueOrDefault(id);

        var route = PatientOnCallRoute.For(patient, at.InZone(Stockholm.Zone).Date, UnitOf);
        var onCall = await ForUnitAsync(route.UnitId, at, need, ct);
        if (onCall is null)
        {
            return null;
        }

        if (route.Until is { } changeDate)
        {
            // The unit's period may run past the day the route changes (a Friday-night beredskap period, a stay ending on Saturday).
            var change = changeDate.AtStartOfDayInZone(Stockholm.Zone).ToInstant();
            var nextRoute = PatientOnCallRoute.For(patient, changeDate, UnitOf);
            if (change < onCall.Answer.Until && nextRoute.UnitId != route.UnitId
                && await ForUnitAsync(nextRoute.UnitId, change, need, ct) is { } next
                && (next.Answer.Kind, next.Answer.ResponderName) != (onCall.Answer.Kind, onCall.Answer.ResponderName))
            {
                onCall = onCall with
                {
                    Answer = onCall.Answer with { Until = change, Next = new OnCallHandover(next.Answer.Kind, next.Answer.ResponderName, change) },
                };
            }
        }

        var stayUnit = route.Stay?.ToUnitId is { } stayId ? UnitOf(stayId)?.Name : null;
        return new PatientOnCall(route, onCall, stayUnit);
    }

    /// <summary>Who answers over <c>[from, until)</c>, period by period (see <see cref="OnCallTimeline"/>).</summary>
    public async Task<(UnitDetail Unit, IReadOnlyList<OnCallAnswer> Periods)?> TimelineAsync(
        Guid unitId, Instant from, Instant until, CancellationToken ct = default)
    {
        var data = await LoadAsync(unitId, ct);
        if (data is null)
        {
            return null;
        }

        var periods = OnCallTimeline.Between(data.QueryAt, from, until).ToList();
        NarplanMeters.OnCallResolved("timeline", periods.Count);
        return (data.Unit, periods);
    }

    /// <summary>What the resolver needs for the unit at any instant, from the cache or the database.</summary>
    public async Task<UnitOnCallData?> LoadAsync(Guid unitId, CancellationToken ct = default)
    {
        // Read the generation first: a change saved while loading moves it, and the next request loads again.
        var key = (nameof(UnitOnCallData), unitId, changes.Generation);
        var cacheable = !changes.Deaf;
        if (cacheable && cache.TryGetValue(key, out UnitOnCallData? cached))
        {
            return cached;
        }

        // The database context is only created on a cache miss: a hit answers without one.
        var db = services.GetRequiredService<NarplanDbContext>();
        var detail = await services.GetRequiredService<OrganisationQueries>().UnitAsync(unitId, ct);
        if (detail is null)
        {
            return null;
        }

        // Redirects and absences are few per vårdcentral and year; all of them are kept so any date can be asked.
        var centreIds = detail.Unit.Responsibilities.Select(r => r.CareCentreId).Distinct().ToList();
        // The kommun's area assignments (all dates, so any date can be asked) and those areas' rule versions.
        var assignments = await db.OnCallAreaAssignments.AsNoTracking().Where(a => a.KommunId == detail.Unit.KommunId).ToListAsync(ct);
        var areaIds = assignments.Select(a => a.AreaId).Distinct().ToList();
        var areaNames = await db.OnCallAreas.AsNoTracking().Where(a => areaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var profiles = await db.RuleProfileVersions.AsNoTracking().Where(p => areaIds.Contains(p.AreaId)).ToListAsync(ct);
        var redirects = await db.OnCallRedirects.AsNoTracking().Where(r => centreIds.Contains(r.CareCentreId)).ToListAsync(ct);
        var absences = await db.DoctorAbsences.AsNoTracking().Where(a => centreIds.Contains(a.CareCentreId)).ToListAsync(ct);
        var data = new UnitOnCallData(detail, assignments, areaNames, profiles, redirects, absences);
        if (cacheable)
        {
            cache.Set(key, data, CacheLifetime);
        }

        return data;
    }
}

/// <summary>
/// Who may see a number marked internal (decision 0007): signed-in users. Every view of an on-call answer — the API,
/// Vem ringer jag?, the on-call card and week, the published plan at <c>/publicerat</c> — asks here, so an anonymous
/// reader never sees an internal number, whichever page prints it.
/// </summary>
public static class OnCallVisibility
{
    public static bool MaySeeInternalNumbers(System.Security.Claims.ClaimsPrincipal? viewer) => viewer?.Identity?.IsAuthenticated == true;

    /// <summary>The answer as <paramref name="viewer"/> may see it: internal numbers left out unless signed in.</summary>
    public static OnCallAnswer For(OnCallAnswer answer, System.Security.Claims.ClaimsPrincipal? viewer) =>
        MaySeeInternalNumbers(viewer) ? answer : answer.WithoutInternalNumbers();

    /// <inheritdoc cref="For(OnCallAnswer, System.Security.Claims.ClaimsPrincipal?)"/>
    public static OnCallAnswer AnswerFor(this UnitOnCall onCall, System.Security.Claims.ClaimsPrincipal? viewer) => For(onCall.Answer, viewer);
}
