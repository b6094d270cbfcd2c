namespace Narplan.Web.Features.Acute;

/// <summary>One contact over a promise, for the list under the figures (no patient data: the link opens it with access checks).</summary>
public sealed record OverPromiseRow(Guid ContactId, Instant CalledAt, string Unit, string Promise, Duration Elapsed, Duration Limit);

/// <summary>Both promises in one calendar month of the period.</summary>
public sealed record MonthFigures(YearMonth Month, PromiseSummary Telephone, PromiseSummary OnSite);

/// <summary>The follow-up figures for one närområde (kommun) and period, inclusive local dates.</summary>
public sealed record AcuteFollowUp(
    Guid KommunId,
    string Kommun,
    LocalDate From,
    LocalDate To,
    int Contacts,
    ResponseTimeSummary ResponseTimes,
    IReadOnlyList<MonthFigures> Months,
    IReadOnlyList<OverPromiseRow> OverPromise,
    Share DecisionSupport,
    IReadOnlyDictionary<AcuteContactOutcome, int> Outcomes,
    int WithoutOutcome,
    TargetShare BreakpointConversations,
    int ExpectedDeathsWithoutBreakpointConversation);

/// <summary>Aggregates over acute contacts and deaths per närområde (kommun) and period (DOMAIN.md §10; decision 0017).</summary>
public sealed class AcuteFiguresQueries(NarplanDbContext db)
{
    public async Task<AcuteFollowUp?> ForKommunAsync(Guid kommunId, LocalDate from, LocalDate to, CancellationToken ct = default) =>
        (await ForKommunAsync(kommunId, [(from, to)], ct))?[0];

    /// <summary>
    /// The figures for several periods at once (the follow-up's period and the one before it): the kommun's contacts and
    /// deaths are read once for all of them and each period is counted from them; null when the kommun does not exist.
    /// </summary>
    public async Task<IReadOnlyList<AcuteFollowUp>?> ForKommunAsync(Guid kommunId, IReadOnlyList<(LocalDate From, LocalDate To)> periods, CancellationToken ct = default)
    {
        var kommun = await db.Kommuner.AsNoTracking().Where(k => k.Id == kommunId).Select(k => k.Name).SingleOrDefaultAsync(ct);
        if (kommun is null || periods.Count == 0)
        {
            return kommun is null ? null : [];
        }

        var start = periods.Min(p => p.From).AtStartOfDayInZone(Stockholm.Zone).ToInstant();
        var end = periods.Max(p => p.To).PlusDays(1).AtStartOfDayInZone(Stockholm.Zone).ToInstant();
        var units = await db.CareUnits.AsNoTracking().Where(u => u.KommunId == kommunId).Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var unitIds = units.Keys.ToList();
        // The database narrows to the periods with a day's margin either side (instants are stored as text on SQLite);
        // the exact bounds are applied in memory.
        var (after, before) = (start - Duration.FromDays(1), end + Duration.FromDays(1));
        var all = (await db.AcuteContacts.AsNoTracking().Where(c => unitIds.Contains(c.CareUnitId) && c.CalledAt >= after && c.CalledAt < before).ToListAsync(ct))
            .OrderBy(c => c.CalledAt)
            .ToList();
        var deaths = await DeathsAsync(kommunId, start, end, ct);
        return periods.Select(p => Figures(kommunId, kommun, p.From, p.To, units, all, deaths)).ToList();
    }

    private static AcuteFollowUp Figures(
        Guid kommunId, string kommun, LocalDate from, LocalDate to, Dictionary<Guid, string> units, List<AcuteContact> all, List<(Instant DiedAt, DeathForFollowUp Death)> allDeaths)
    {
        var start = from.AtStartOfDayInZone(Stockholm.Zone).ToInstant();
        var end = to.PlusDays(1).AtStartOfDayInZone(Stockholm.Zone).ToInstant();
        var contacts = all.Where(c => c.CalledAt >= start && c.CalledAt < end).ToList();

        var evaluations = contacts.Select(c => (Contact: c, Evaluation: c.Evaluate())).ToList();
        var over = new List<OverPromiseRow>();
        foreach (var (contact, evaluation) in evaluations)
        {
            if (evaluation.Telephone.Status == PromiseStatus.Over)
            {
                over.Add(new(contact.Id, contact.CalledAt, units[contact.CareUnitId], "Telefonkontakt", evaluation.Telephone.Elapsed!.Value, evaluation.Telephone.Promise!.Value));
            }

            if (evaluation.OnSite.Status == PromiseStatus.Over)
            {
                over.Add(new(contact.Id, contact.CalledAt, units[contact.CareUnitId], "Läkare på plats", evaluation.OnSite.Elapsed!.Value, evaluation.OnSite.Promise!.Value));
            }
        }

        var months = evaluations
            .GroupBy(e => { var d = e.Contact.CalledOn; return new YearMonth(d.Year, d.Month); })
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var summary = ResponseTimes.Summarise(g.Select(e => e.Evaluation));
                return new MonthFigures(g.Key, summary.Telephone, summary.OnSite);
            })
            .ToList();

        var deaths = allDeaths.Where(d => d.DiedAt >= start && d.DiedAt < end).Select(d => d.Death).ToList();
        return new AcuteFollowUp(
            kommunId, kommun, from, to, contacts.Count,
            ResponseTimes.Summarise(evaluations.Select(e => e.Evaluation)),
            months,
            over,
            Narplan.Domain.Acute.AcuteFigures.DecisionSupportShare(contacts.Select(c => c.DecisionSupport)),
            Narplan.Domain.Acute.AcuteFigures.OutcomeCounts(contacts.Where(c => c.Outcome is not null).Select(c => c.Outcome!.Value)),
            contacts.Count(c => c.Outcome is null),
            PalliativeFigures.BreakpointConversationShare(deaths),
            PalliativeFigures.ExpectedDeathsWithoutBreakpointConversation(deaths).Count);
    }

    /// <summary>
    /// The kommun's deaths between the instants, in the order the courses are read; only what the figures need is read,
    /// and the database narrows to the instants (a day's margin, as for the contacts) instead of sending every death the
    /// kommun ever had (40,000 nationally; decision 0098).
    /// </summary>
    private async Task<List<(Instant DiedAt, DeathForFollowUp Death)>> DeathsAsync(Guid kommunId, Instant start, Instant end, CancellationToken ct)
    {
        var (after, before) = (start - Duration.FromDays(1), end + Duration.FromDays(1));
        var rows = await db.PalliativeCourses.AsNoTracking()
            .Where(c => c.Death != null && c.Death.DiedAt >= after && c.Death.DiedAt < before
                && db.Patients.Any(p => p.Id == c.PatientId && p.KommunId == kommunId))
            .Select(c => new { c.PatientId, c.Death!.DiedAt, c.Death.IsExpected, Held = c.Conversations.Select(b => b.HeldOn).ToList() })
            .ToListAsync(ct);
        return rows
            .Where(r => r.DiedAt >= start && r.DiedAt < end)
            .Select(r =>
            {
                var diedOn = r.DiedAt.InZone(Stockholm.Zone).Date;
                return (r.DiedAt, new DeathForFollowUp(r.PatientId, r.IsExpected, r.Held.Any(h => h <= diedOn)));
            })
            .ToList();
    }
}
