namespace Narplan.Web.Features.Governance;

public sealed record DelregionRow(Guid Id, string Name, int Bodies);

public sealed record MemberRow(Guid Id, string PersonName, string Organisation, string Seat, MemberRole Role, Sector Sector, Principal Side, bool HasVote, LocalDate From, LocalDate? To, int Version);

public sealed record ChairTermRow(ChairTerm Term, IReadOnlyList<string> Flags);

public sealed record BodyView(GovernanceBody Body, string? ParentName, IReadOnlyList<MemberRow> Members, IReadOnlyList<ChairTermRow> ChairTerms, ChairTerm? Proposal, IReadOnlyList<string> Flags);

public sealed record GovernanceOverview(Guid SubRegionId, string Name, LocalDate Today, IReadOnlyList<BodyView> Bodies, IReadOnlyList<string> Flags);

public sealed record MeetingRow(GovernanceMeeting Meeting, string BodyName, BodyKind BodyKind);

public sealed record MatterRow(GovernanceMatter Matter, string RaisedBy, string? AssignedTo, IReadOnlyDictionary<Guid, string> BodyNames);

public sealed record AgreementView(AgreementRecord Record, AgreementTerm Term, AgreementStatus Status, LocalDate Today);

public sealed record BudgetView(CostSplitBudget Budget, PopulationVersion Population);

/// <summary>Reads a delregion's närvårdssamverkan for the public pages and the coordinator's forms; nothing here is patient data.</summary>
public sealed class GovernanceQueries(NarplanDbContext db, IClock clock)
{
    public LocalDate Today => Stockholm.Today(clock);

    public Instant Now => clock.GetCurrentInstant();

    public async Task<IReadOnlyList<DelregionRow>> DelregionsAsync(CancellationToken ct = default)
    {
        var counts = await db.GovernanceBodies.AsNoTracking().GroupBy(b => b.SubRegionId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var regions = await db.SubRegions.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        return [.. regions.Select(r => new DelregionRow(r.Id, r.Name, counts.FirstOrDefault(c => c.Key == r.Id)?.Count ?? 0))];
    }

    public Task<string?> NameAsync(Guid subRegionId, CancellationToken ct = default) =>
        db.SubRegions.AsNoTracking().Where(s => s.Id == subRegionId).Select(s => s.Name).SingleOrDefaultAsync(ct);

    public async Task<IReadOnlyList<GovernanceBody>> BodiesAsync(Guid subRegionId, CancellationToken ct = default) =>
        await db.GovernanceBodies.AsNoTracking().Where(b => b.SubRegionId == subRegionId).OrderBy(b => b.SortOrder).ThenBy(b => b.Name).ToListAsync(ct);

    /// <summary>The bodies with the members active today (or, with <paramref name="allMembers"/>, every dated membership), chair terms and flags.</summary>
    public async Task<GovernanceOverview?> OverviewAsync(Guid subRegionId, bool allMembers = false, CancellationToken ct = default)
    {
        var name = await NameAsync(subRegionId, ct);
        if (name is null)
        {
            return null;
        }

        var today = Today;
        var bodies = await BodiesAsync(subRegionId, ct);
        var ids = bodies.Select(b => b.Id).ToList();
        var members = await db.BodyMemberships.AsNoTracking().Where(m => ids.Contains(m.BodyId)).ToListAsync(ct);
        var terms = await db.ChairTerms.AsNoTracking().Where(t => ids.Contains(t.BodyId)).ToListAsync(ct);
        var steeringMembers = bodies.Where(b => b.Kind == BodyKind.SteeringGroup).SelectMany(b => members.Where(m => m.BodyId == b.Id && m.IsActiveOn(today)))
            .Select(m => m.PersonName).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var views = new List<BodyView>();
        foreach (var body in bodies)
        {
            var own = members.Where(m => m.BodyId == body.Id && (allMembers || m.IsActiveOn(today)))
                .OrderBy(m => m.Role).ThenBy(m => m.PersonName, StringComparer.Create(new System.Globalization.CultureInfo("sv-SE"), false))
                .Select(m => new MemberRow(m.Id, m.PersonName, m.Organisation, m.Seat, m.Role, m.Sector, m.Side, m.HasVote, m.From, m.To, m.Version)).ToList();
            var rotation = new ChairRotation(body.Kind == BodyKind.PoliticalConsultation);
            var history = terms.Where(t => t.BodyId == body.Id).OrderBy(t => t.FirstYear).Select(t => t.ToTerm()).ToList();
            var rows = new List<ChairTermRow>();
            for (var i = 0; i < history.Count; i++)
            {
                IReadOnlyList<string> flags;
                try
                {
                    flags = rotation.Validate(history.Take(i).ToList(), history[i]);
                }
                catch (DomainException e)
                {
                    flags = [e.Message];
                }

                rows.Add(new ChairTermRow(history[i], flags));
            }

            var bodyFlags = new List<string>();
            if (body.Kind == BodyKind.LocalManagementGroup)
            {
                var chair = own.FirstOrDefault(m => m.Role == MemberRole.Ordforande && (allMembers ? m.To is null || m.To >= today : true));
                if (chair is null)
                {
                    bodyFlags.Add("Den lokala ledningsgruppen saknar ordförande (kommunen ansvarar för ordförandeskapet).");
                }
                else if (!steeringMembers.Contains(chair.PersonName))
                {
                    bodyFlags.Add($"Ordföranden {chair.PersonName} sitter inte i styrgruppen; ordförande i den lokala ledningsgruppen är representant i Styrgrupp närvård.");
                }
            }

            if (body.Kind is BodyKind.CommissionGroup or BodyKind.LocalWorkingGroup && body.Status == CommissionStatus.Aktiv && body.AssignmentEnd is { } end && end < today)
            {
                bodyFlags.Add($"Uppdraget slutade {end:yyyy-MM-dd} men gruppen är fortfarande aktiv: återrapportera och avsluta eller förläng uppdraget.");
            }

            var parent = body.ParentBodyId is { } p ? bodies.FirstOrDefault(b => b.Id == p)?.Name : null;
            var proposal = history.Count > 0 ? rotation.ProposeNext(history[^1]) : null;
            views.Add(new BodyView(body, parent, own, rows, proposal, bodyFlags));
        }

        var overallFlags = new List<string>();
        if (bodies.FirstOrDefault(b => b.Kind == BodyKind.PoliticalConsultation) is { } dps)
        {
            var meetings = await db.GovernanceMeetings.AsNoTracking().Where(m => m.BodyId == dps.Id).Select(m => m.Start).ToListAsync(ct);
            foreach (var year in new[] { today.Year, today.Year + 1 })
            {
                if (BodyRules.PoliticalConsultationMeetingFlag(year, meetings.Count(m => m.Year == year)) is { } flag)
                {
                    overallFlags.Add(flag);
                }
            }
        }

        return new GovernanceOverview(subRegionId, name, today, views, overallFlags);
    }

    public async Task<IReadOnlyList<MeetingRow>> MeetingsAsync(Guid subRegionId, CancellationToken ct = default)
    {
        var bodies = await BodiesAsync(subRegionId, ct);
        var ids = bodies.Select(b => b.Id).ToList();
        var meetings = await db.GovernanceMeetings.AsNoTracking().Where(m => ids.Contains(m.BodyId)).ToListAsync(ct);
        return [.. meetings.OrderBy(m => m.Start).Select(m =>
        {
            var body = bodies.Single(b => b.Id == m.BodyId);
            return new MeetingRow(m, body.Name, body.Kind);
        })];
    }

    public async Task<IReadOnlyList<MatterRow>> MattersAsync(Guid subRegionId, CancellationToken ct = default)
    {
        var names = (await BodiesAsync(subRegionId, ct)).ToDictionary(b => b.Id, b => b.Name);
        var matters = await db.GovernanceMatters.AsNoTracking().Include(m => m.Steps).Where(m => m.SubRegionId == subRegionId).ToListAsync(ct);
        return [.. matters.OrderByDescending(m => m.RaisedOn).ThenBy(m => m.Title).Select(m =>
            new MatterRow(m, names.GetValueOrDefault(m.RaisedByBodyId, "–"), m.AssignedBodyId is { } a ? names.GetValueOrDefault(a) : null, names))];
    }

    public async Task<IReadOnlyList<ConferenceDecision>> ConferenceDecisionsAsync(Guid subRegionId, CancellationToken ct = default) =>
        await db.ConferenceDecisions.AsNoTracking().Where(d => d.SubRegionId == subRegionId).OrderByDescending(d => d.Year).ToListAsync(ct);

    public async Task<AgreementView?> AgreementAsync(Guid subRegionId, CancellationToken ct = default)
    {
        var record = await db.Agreements.AsNoTracking().Include(a => a.Notices).SingleOrDefaultAsync(a => a.SubRegionId == subRegionId, ct);
        if (record is null)
        {
            return null;
        }

        var term = record.ToTerm();
        var today = Today;
        var on = today < term.FirstTerm.Start ? term.FirstTerm.Start : today;
        return new AgreementView(record, term, term.StatusOn(on, record.Notices.Select(n => n.ToNotice())), today);
    }

    public async Task<IReadOnlyList<PopulationVersion>> PopulationVersionsAsync(Guid subRegionId, CancellationToken ct = default) =>
        await db.PopulationVersions.AsNoTracking().Include(v => v.Rows).Where(v => v.SubRegionId == subRegionId)
            .OrderByDescending(v => v.ReferenceDate).ToListAsync(ct);

    public async Task<IReadOnlyList<BudgetView>> BudgetsAsync(Guid subRegionId, CancellationToken ct = default)
    {
        var budgets = await db.CostSplitBudgets.AsNoTracking().Include(b => b.Parts).Where(b => b.SubRegionId == subRegionId).ToListAsync(ct);
        var versionIds = budgets.Select(b => b.PopulationVersionId).ToList();
        var versions = await db.PopulationVersions.AsNoTracking().Include(v => v.Rows).Where(v => versionIds.Contains(v.Id)).ToListAsync(ct);
        return [.. budgets.OrderByDescending(b => b.Year).Select(b => new BudgetView(b, versions.Single(v => v.Id == b.PopulationVersionId)))];
    }

    /// <summary>The kommun codes of the delregion: one lokal ledningsgrupp per kommun (seed 004: "Varje kommun utgör ett närvårdsområde").</summary>
    public async Task<IReadOnlyList<string>> KommunCodesAsync(Guid subRegionId, CancellationToken ct = default) =>
        await db.GovernanceBodies.AsNoTracking().Where(b => b.SubRegionId == subRegionId && b.Kind == BodyKind.LocalManagementGroup && b.KommunCode != null)
            .Select(b => b.KommunCode!).Distinct().ToListAsync(ct);
}
