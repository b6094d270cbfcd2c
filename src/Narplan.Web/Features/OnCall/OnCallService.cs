using Microsoft.EntityFrameworkCore;
using Narplan.Data;
using Narplan.Domain.Calendars;
using Narplan.Domain.OnCall;
using Narplan.Domain.Places;
using Narplan.Web.Features.Organisations;
using NodaTime;

namespace Narplan.Web.Features.OnCall;

/// <summary>A unit's on-call answer, with the unit it is for and the rule profile version that gave it.</summary>
public sealed record UnitOnCall(UnitDetail Unit, OnCallAnswer Answer, OnCallRuleProfile Profile);

/// <summary>
/// Everything the resolver needs for one unit over a stretch of time, loaded once: the unit's responsibility
/// history, its region's rule profile versions, the redirects of its vårdcentraler and the doctors' absences.
/// <see cref="QueryAt"/> builds the query for any instant in the stretch without touching the database.
/// </summary>
public sealed class UnitOnCallData(
    UnitDetail unit,
    IReadOnlyList<RuleProfileVersion> profiles,
    IReadOnlyList<OnCallRedirect> redirects,
    IReadOnlyList<DoctorAbsence> absences)
{
    private readonly Dictionary<LocalDate, OnCallRuleProfile> _profileByVersionDate = [];

    public UnitDetail Unit { get; } = unit;

    public OnCallRuleProfile ProfileOn(LocalDate date)
    {
        var version = RuleProfileVersion.InForce(profiles, Unit.RuleProfile, date)
            ?? throw new InvalidOperationException($"Regelprofil saknas för {Unit.RuleProfile}.");
        if (!_profileByVersionDate.TryGetValue(version.ValidFrom, out var profile))
        {
            profile = version.ToProfile();
            _profileByVersionDate[version.ValidFrom] = profile;
        }

        return profile;
    }

    public OnCallQuery QueryAt(Instant at)
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
            var substitute = responsibility?.RegularDoctorId is { } doctorId
                ? absences.FirstOrDefault(a => a.DoctorId == doctorId && a.Covers(date))?.SubstituteName
                : null;
            unit = new OnCallUnit(
                detail.Unit.Name, responsibility?.CareCentre, responsibility?.DirectPhone, responsibility?.RegularDoctor, substitute,
                IsShortTermCare: detail.Unit.Type == CareUnitType.Korttidsboende, IsRespiteCare: detail.Unit.RespiteKeepsRegularDoctor);
        }

        var overrides = responsibility is null
            ? []
            : redirects.Where(r => r.Concerns(responsibility.CareCentreId, detail.Unit.Id)).Select(r => r.ToOverride()).ToList();
        return new OnCallQuery(unit, overrides, ProfileOn(date), at);
    }
}

/// <summary>
/// Feeds the one resolution function (<see cref="OnCallResolver"/>) with a unit's responsibility on the date of the
/// instant, its vårdcentral's redirects and absences, and its region's rule profile version in force. The page, the
/// week view, the printed card and the API all call this.
/// </summary>
public sealed class OnCallService(NarplanDbContext db, OrganisationQueries queries, IClock clock)
{
    public Instant Now => clock.GetCurrentInstant();

    public LocalDate Today => Stockholm.Today(clock);

    public async Task<UnitOnCall?> ForUnitAsync(Guid unitId, Instant at, CancellationToken ct = default)
    {
        var data = await LoadAsync(unitId, at, at + Duration.FromTicks(1), ct);
        if (data is null)
        {
            return null;
        }

        var query = data.QueryAt(at);
        return new UnitOnCall(data.Unit, OnCallResolver.Resolve(query), query.Profile);
    }

    /// <summary>Who answers over <c>[from, until)</c>, period by period (see <see cref="OnCallTimeline"/>).</summary>
    public async Task<(UnitDetail Unit, IReadOnlyList<OnCallAnswer> Periods)?> TimelineAsync(
        Guid unitId, Instant from, Instant until, CancellationToken ct = default)
    {
        var data = await LoadAsync(unitId, from, until, ct);
        if (data is null)
        {
            return null;
        }

        return (data.Unit, OnCallTimeline.Between(data.QueryAt, from, until).ToList());
    }

    /// <summary>Loads what the resolver needs for the unit over the stretch (plus the periods around its ends).</summary>
    public async Task<UnitOnCallData?> LoadAsync(Guid unitId, Instant from, Instant until, CancellationToken ct = default)
    {
        var detail = await queries.UnitAsync(unitId, ct);
        if (detail is null)
        {
            return null;
        }

        // An on-call period can reach about two weeks around Christmas; load redirects that touch a margin around it.
        var margin = Duration.FromDays(21);
        var (loadFrom, loadUntil) = (from - margin, until + margin);
        var centreIds = detail.Unit.Responsibilities.Select(r => r.CareCentreId).Distinct().ToList();
        var profiles = await db.RuleProfileVersions.AsNoTracking().Where(p => p.Key == detail.RuleProfile).ToListAsync(ct);
        var redirects = await db.OnCallRedirects.AsNoTracking()
            .Where(r => centreIds.Contains(r.CareCentreId) && r.From < loadUntil && r.Until > loadFrom)
            .ToListAsync(ct);
        var (firstDate, lastDate) = (loadFrom.InZone(Stockholm.Zone).Date, loadUntil.InZone(Stockholm.Zone).Date);
        var absences = await db.DoctorAbsences.AsNoTracking()
            .Where(a => centreIds.Contains(a.CareCentreId) && a.From <= lastDate && a.Through >= firstDate)
            .ToListAsync(ct);
        return new UnitOnCallData(detail, profiles, redirects, absences);
    }
}

public static class OnCallSetup
{
    public static IServiceCollection AddOnCall(this IServiceCollection services) => services.AddScoped<OnCallService>().AddScoped<OnCallCommands>();
}
