using Narplan.Web.Features.Organisations;

namespace Narplan.Web.Features.OnCall;

/// <summary>A vårdcentral's redirects and absences page: what is in force or coming, its doctors and its units.</summary>
public sealed record CareCentreOnCall(
    RegionalUnit Centre, List<OnCallRedirect> Redirects, List<DoctorAbsence> Absences,
    List<Choice> Doctors, Dictionary<Guid, string> UnitNames);

/// <summary>The rule-profile page's data: every version, area, assignment, region, kommun and unit.</summary>
public sealed record RuleProfileData(
    List<RuleProfileVersion> Versions, List<OnCallArea> Areas, List<OnCallAreaAssignment> Assignments,
    List<Region> Regions, List<Kommun> Kommuner, List<CareUnit> Units);

/// <summary>Reads for the on-call administration pages (issue 16: pages ask, they do not query).</summary>
public sealed class OnCallAdminQueries(NarplanDbContext db)
{
    /// <summary>The vårdcentral's redirects not yet over at <paramref name="now"/> and absences from <paramref name="today"/>, or null if it is no vårdcentral.</summary>
    public async Task<CareCentreOnCall?> CareCentreAsync(Guid id, Instant now, LocalDate today, CancellationToken ct = default)
    {
        var centre = await db.RegionalUnits.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.UnitKind == RegionalUnitKind.Vardcentral, ct);
        if (centre is null)
        {
            return null;
        }

        var redirects = await db.OnCallRedirects.AsNoTracking().Where(r => r.CareCentreId == id && r.Until > now).ToListAsync(ct);
        var absences = await db.DoctorAbsences.AsNoTracking().Where(a => a.CareCentreId == id && a.Through >= today).ToListAsync(ct);
        var doctors = await db.People.AsNoTracking().Where(p => p.OrganisationId == id).OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(ct);
        var unitIds = await db.UnitResponsibilities.AsNoTracking().Where(r => r.CareCentreId == id).Select(r => r.CareUnitId).Distinct().ToListAsync(ct);
        var unitNames = await db.CareUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).OrderBy(u => u.Name).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return new CareCentreOnCall(
            centre, [.. redirects.OrderBy(r => r.From)], [.. absences.OrderBy(a => a.From)], doctors, unitNames);
    }

    public async Task<RuleProfileData> RuleProfilesAsync(CancellationToken ct = default) => new(
        await db.RuleProfileVersions.AsNoTracking().ToListAsync(ct),
        await db.OnCallAreas.AsNoTracking().ToListAsync(ct),
        await db.OnCallAreaAssignments.AsNoTracking().ToListAsync(ct),
        await db.Regions.AsNoTracking().ToListAsync(ct),
        await db.Kommuner.AsNoTracking().ToListAsync(ct),
        await db.CareUnits.AsNoTracking().ToListAsync(ct));
}
