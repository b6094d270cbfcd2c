using Narplan.Web.Features.Plans.Export;

namespace Narplan.Web.Features.Plans;

/// <summary>
/// The text for Bilaga 1's "Dag och tid" per unit, from the round series (issue 5); the app uses
/// <see cref="RoundSeriesSummaries"/>. A unit without rounds gets no text and the column shows "–".
/// </summary>
public interface IRoundSummaryProvider
{
    /// <summary>E.g. "tisdagar 13.00, varannan vecka" for each unit that has rounds in force on <paramref name="date"/>.</summary>
    Task<IReadOnlyDictionary<Guid, string>> SummariesAsync(IReadOnlyCollection<Guid> unitIds, LocalDate date, CancellationToken ct);
}

public sealed class NoRoundSummaries : IRoundSummaryProvider
{
    public Task<IReadOnlyDictionary<Guid, string>> SummariesAsync(IReadOnlyCollection<Guid> unitIds, LocalDate date, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<Guid, string>>(new Dictionary<Guid, string>());
}

public sealed record PublishedPlanRow(Guid PlanId, Guid KommunId, string Kommun, string Region, PlanKind Kind, string Title, int Version, LocalDate? PublishedOn);

public sealed record PlanSummary(Guid PlanId, PlanKind Kind, string Title, int LatestVersion, PlanStatus LatestStatus, int? PublishedVersion);

/// <summary>A plan with the names around it, as the pages show it.</summary>
/// <summary>See <see cref="PlanQueries.VersionStampAsync"/>.</summary>
public sealed record PlanVersionStamp(
    Guid VersionId, PlanStatus Status, int ContentRevision, LocalDate? FixedOn, LocalDate? PublishedOn, int Approvals, string Kommun, string Region)
{
    public bool IsPublished => Status is PlanStatus.Publicerad or PlanStatus.Ersatt;
}

public sealed record PlanView(NeighbourhoodPlan Plan, string Kommun, string Region, Guid RegionId)
{
    public PlanVersion Version(int number) => Plan.Version(number);
}

/// <summary>Read side of plans: lists, one plan, a version's document (for pages and exports), comparisons.</summary>
public sealed class PlanQueries(NarplanDbContext db, IRoundSummaryProvider rounds, IClock clock)
{
    public LocalDate Today => Stockholm.Today(clock);

    public async Task<IReadOnlyList<PublishedPlanRow>> PublishedAsync(string? region = null, string? kommun = null, CancellationToken ct = default)
    {
        var kommuner = await db.Kommuner.AsNoTracking().ToDictionaryAsync(k => k.Id, ct);
        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, ct);
        var versions = await db.PlanVersions.AsNoTracking().Where(v => v.Status == PlanStatus.Publicerad)
            .Select(v => new { v.PlanId, v.Number, v.PublishedOn }).ToListAsync(ct);
        var plans = await db.Plans.AsNoTracking().Select(p => new { p.Id, p.KommunId, p.Kind, p.Title }).ToListAsync(ct);
        return versions.Join(plans, v => v.PlanId, p => p.Id, (v, p) => (v, p))
            .Select(x => (x.v, x.p, k: kommuner[x.p.KommunId], r: regions[kommuner[x.p.KommunId].RegionId]))
            .Where(x => string.IsNullOrWhiteSpace(region) || string.Equals(x.r.ShortName, region.Trim(), StringComparison.CurrentCultureIgnoreCase)
                || string.Equals(x.r.Name, region.Trim(), StringComparison.CurrentCultureIgnoreCase))
            .Where(x => string.IsNullOrWhiteSpace(kommun) || string.Equals(x.k.Name, kommun.Trim(), StringComparison.CurrentCultureIgnoreCase))
            .Select(x => new PublishedPlanRow(x.p.Id, x.k.Id, x.k.Name, x.r.Name, x.p.Kind, x.p.Title, x.v.Number, x.v.PublishedOn))
            .OrderBy(r => r.Region).ThenBy(r => r.Kommun).ThenBy(r => r.Kind)
            .ToList();
    }

    public async Task<IReadOnlyList<PlanSummary>> ForKommunAsync(Guid kommunId, CancellationToken ct = default)
    {
        var plans = await db.Plans.AsNoTracking().Include(p => p.Versions).Where(p => p.KommunId == kommunId).ToListAsync(ct);
        return plans.OrderBy(p => p.Kind)
            .Select(p => new PlanSummary(p.Id, p.Kind, p.Title, p.Latest.Number, p.Latest.Status, p.Published?.Number))
            .ToList();
    }

    /// <summary>
    /// What a version's published content depends on, read in one small query and without building the document: the
    /// status, the content revision, the dates, the number of approvals and the kommun's and region's names. The plan
    /// JSON's ETag is a hash of it, so a 304 costs no document (issue 22).
    /// </summary>
    public async Task<PlanVersionStamp?> VersionStampAsync(Guid planId, int number, CancellationToken ct = default)
    {
        var row = await (
            from v in db.PlanVersions.AsNoTracking()
            where v.PlanId == planId && v.Number == number
            join p in db.Plans on v.PlanId equals p.Id
            join k in db.Kommuner on p.KommunId equals k.Id
            join r in db.Regions on k.RegionId equals r.Id
            select new
            {
                v.Id, v.Status, v.ContentRevision, v.FixedOn, v.PublishedOn,
                Approvals = db.Set<PlanApproval>().Count(a => a.PlanVersionId == v.Id),
                Kommun = k.Name, Region = r.Name,
            }).SingleOrDefaultAsync(ct);
        return row is null
            ? null
            : new PlanVersionStamp(row.Id, row.Status, row.ContentRevision, row.FixedOn, row.PublishedOn, row.Approvals, row.Kommun, row.Region);
    }

    public async Task<PlanView?> PlanAsync(Guid planId, CancellationToken ct = default)
    {
        var plan = await db.Plans.AsNoTracking().WithVersions().SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            return null;
        }

        var kommun = await db.Kommuner.AsNoTracking().SingleAsync(k => k.Id == plan.KommunId, ct);
        var region = await db.Regions.AsNoTracking().SingleAsync(r => r.Id == kommun.RegionId, ct);
        return new PlanView(plan, kommun.Name, region.Name, region.Id);
    }

    /// <summary>Bilaga 1 and 2 of a version: frozen rows, or the registers today while it is an Utkast.</summary>
    public async Task<(IReadOnlyList<Appendix1Row> Appendix1, IReadOnlyList<Appendix2Row> Appendix2)> AppendicesAsync(
        PlanView view, PlanVersion version, CancellationToken ct = default)
    {
        if (view.Plan.Kind == PlanKind.Handlingsplan)
        {
            return ([], []);
        }

        if (version.Appendix1 is not null && version.Appendix2 is not null)
        {
            return (version.Appendix1, version.Appendix2);
        }

        return await LiveAppendicesAsync(view.Plan.KommunId, ct);
    }

    /// <summary>Bilaga 1 and 2 as the registers say today: responsibilities, round times when known, BVC per förskola.</summary>
    public async Task<(IReadOnlyList<Appendix1Row>, IReadOnlyList<Appendix2Row>)> LiveAppendicesAsync(Guid kommunId, CancellationToken ct = default)
    {
        var today = Today;
        var units = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).Where(u => u.KommunId == kommunId).ToListAsync(ct);
        var centreIds = units.SelectMany(u => u.Responsibilities).Select(r => r.CareCentreId).Distinct().ToList();
        var preschools = await db.Preschools.AsNoTracking().Where(p => p.KommunId == kommunId).ToListAsync(ct);
        var bvcIds = preschools.Select(p => p.ChildHealthCentreId).OfType<Guid>().Distinct().ToList();
        var names = await db.RegionalUnits.AsNoTracking().Where(r => centreIds.Contains(r.Id) || bvcIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var doctorIds = units.SelectMany(u => u.Responsibilities).SelectMany(r => r.RegularDoctorIds).Distinct().ToList();
        var doctors = await db.People.AsNoTracking().Where(p => doctorIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var times = await rounds.SummariesAsync(units.Select(u => u.Id).ToList(), today, ct);
        var rows1 = Appendix1.Ordered(units.Select(u =>
        {
            var r = u.ResponsibilityOn(today);
            return (u.Type, Appendix1.Row(u, r, r is null ? null : names.GetValueOrDefault(r.CareCentreId),
                r?.RegularDoctorId is { } d ? doctors.GetValueOrDefault(d) : null, times.GetValueOrDefault(u.Id),
                r?.SecondRegularDoctorId is { } d2 ? doctors.GetValueOrDefault(d2) : null));
        }));
        var rows2 = preschools.OrderBy(p => p.Name)
            .Select(p => new Appendix2Row(p.Name, p.ChildHealthCentreId is { } b ? names.GetValueOrDefault(b) : null)).ToList();
        return (rows1, rows2);
    }

    public async Task<PlanDocument?> DocumentAsync(Guid planId, int number, CancellationToken ct = default)
    {
        var view = await PlanAsync(planId, ct);
        var version = view?.Plan.Versions.SingleOrDefault(v => v.Number == number);
        return view is null || version is null ? null : await DocumentAsync(view, version, ct);
    }

    /// <summary>The document of a version of a plan already loaded with <see cref="PlanAsync"/>.</summary>
    public async Task<PlanDocument> DocumentAsync(PlanView view, PlanVersion version, CancellationToken ct = default)
    {
        var (a1, a2) = await AppendicesAsync(view, version, ct);
        // An approver who is not a listed signatory gets the title the people register gives them in that organisation.
        var partyIds = version.Approvals.Select(a => a.PartyId).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => partyIds.Contains(p.OrganisationId)).Select(p => new { p.OrganisationId, p.Name, p.Title }).ToListAsync(ct);
        var signatures = PlanSignatures.For(version, (party, name) =>
            people.FirstOrDefault(p => p.OrganisationId == party && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.Title);
        return new PlanDocument(view.Kommun, view.Region, view.Plan.Kind, view.Plan.Title, version.Number, version.Status,
            version.FixedOn, version.PublishedOn, version.Details, version.Sections, a1, a2, signatures);
    }

    public async Task<PlanComparison?> CompareAsync(Guid planId, int from, int to, CancellationToken ct = default)
    {
        var view = await PlanAsync(planId, ct);
        var older = view?.Plan.Versions.SingleOrDefault(v => v.Number == from);
        var newer = view?.Plan.Versions.SingleOrDefault(v => v.Number == to);
        if (view is null || older is null || newer is null)
        {
            return null;
        }

        var (o1, o2) = await AppendicesAsync(view, older, ct);
        var (n1, n2) = await AppendicesAsync(view, newer, ct);
        return PlanComparison.Of(older, o1, o2, newer, n1, n2);
    }

    /// <summary>The kommun's plan of a kind, for links from the närområde page.</summary>
    public Task<Guid?> PlanIdAsync(Guid kommunId, PlanKind kind, CancellationToken ct = default) =>
        db.Plans.AsNoTracking().Where(p => p.KommunId == kommunId && p.Kind == kind).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(ct);

    public Task<List<Guid>> UnitIdsAsync(Guid kommunId, CancellationToken ct = default) =>
        db.CareUnits.AsNoTracking().Where(u => u.KommunId == kommunId).OrderBy(u => u.Name).Select(u => u.Id).ToListAsync(ct);

    /// <summary>The organisations a plan's party can be: every kommun and regional unit in Närplan.</summary>
    public async Task<IReadOnlyList<PartyOrganisation>> PartyOrganisationsAsync(CancellationToken ct = default)
    {
        var kommuner = await db.Kommuner.AsNoTracking().Select(k => new { k.Id, k.Name }).ToListAsync(ct);
        var units = await db.RegionalUnits.AsNoTracking().Select(r => new { r.Id, r.Name, r.UnitKind }).ToListAsync(ct);
        return
        [
            .. kommuner.Select(k => new PartyOrganisation(k.Id, PlanCommands.KommunOfficialName(k.Name), PartyOrganisationKind.Kommun, "Kommun", k.Name)),
            .. units.Select(u => new PartyOrganisation(u.Id, u.Name,
                u.UnitKind == RegionalUnitKind.Vardcentral ? PartyOrganisationKind.CareCentre : PartyOrganisationKind.OtherRegionalUnit,
                u.UnitKind switch
                {
                    RegionalUnitKind.Vardcentral => "Vårdcentral",
                    RegionalUnitKind.Rehabenhet => "Rehabenhet",
                    RegionalUnitKind.Bvc => "Barnavårdscentral",
                    _ => "Familjecentral",
                })),
        ];
    }
}
