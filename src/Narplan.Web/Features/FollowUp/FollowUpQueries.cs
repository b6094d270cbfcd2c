using Narplan.Web.Features.Acute;
using Narplan.Web.Features.Rounds;

namespace Narplan.Web.Features.FollowUp;

/// <summary>The dashboard's figures for one närområde (kommun) and period: every indicator group, built in and contributed.</summary>
public sealed record FollowUpDashboard(Guid KommunId, string Kommun, FollowUpPeriod Period, IReadOnlyList<IndicatorGroup> Groups)
{
    public Indicator? Find(string key) => Groups.SelectMany(g => g.Indicators).FirstOrDefault(i => i.Key == key);
}

/// <summary>A period's figures with the previous period's beside them, for the trend.</summary>
public sealed record FollowUpComparison(FollowUpDashboard Current, FollowUpDashboard Previous)
{
    public Trend TrendOf(Indicator indicator) => Trends.Of(indicator, Previous.Find(indicator.Key));
}

/// <summary>
/// The one query behind the follow-up (issue 20; decisions 0080, 0081): the dashboard, the XLSX, the public JSON summary
/// and the yearly review's follow-up table all read their figures here, so they cannot disagree. Built-in groups come
/// from Närplan's own data (acute contacts, rounds, annual reviews, egenvårdsintyg, deaths, hand-entered counts);
/// registers plug in through <see cref="IFollowUpIndicatorSource"/>; expected groups without a source say "saknar data".
/// </summary>
public sealed class FollowUpQueries(
    NarplanDbContext db, AcuteFiguresQueries acute, RoundQueries rounds, IEnumerable<IFollowUpIndicatorSource> sources, IClock clock)
{
    public const string AvailabilityGroup = "lakartillganglighet";
    public const string RoundsGroup = "ronder";
    public const string ReviewsGroup = "arsgenomgangar";
    public const string SelfCareGroup = "egenvardsintyg";
    public const string DecisionSupportGroup = "beslutsstod";
    public const string PalliativeGroup = "palliativ";
    public const string CountsGroup = "handinmatat";

    public LocalDate Today => Stockholm.Today(clock);

    public async Task<string?> KommunNameAsync(Guid kommunId, CancellationToken ct = default) =>
        await db.Kommuner.AsNoTracking().Where(k => k.Id == kommunId).Select(k => k.Name).SingleOrDefaultAsync(ct);

    /// <summary>A period and the one before it; null when the kommun does not exist.</summary>
    public async Task<FollowUpComparison?> CompareAsync(Guid kommunId, FollowUpPeriod period, CancellationToken ct = default) =>
        await ForKommunAsync(kommunId, [period, period.Previous], ct) is { } both ? new FollowUpComparison(both[0], both[1]) : null;

    /// <summary>Every indicator group for the kommun and period; null when the kommun does not exist.</summary>
    public async Task<FollowUpDashboard?> ForKommunAsync(Guid kommunId, FollowUpPeriod period, CancellationToken ct = default) =>
        (await ForKommunAsync(kommunId, [period], ct))?[0];

    /// <summary>
    /// The dashboards of several periods of one kommun, in the order asked (the page's period, the one before it and a
    /// period to compare with): each table is read once for all the periods and every period is counted from the same
    /// rows, so a period's figures are the same as when it is asked alone. Null when the kommun does not exist.
    /// </summary>
    public async Task<IReadOnlyList<FollowUpDashboard>?> ForKommunAsync(Guid kommunId, IReadOnlyList<FollowUpPeriod> periods, CancellationToken ct = default)
    {
        var kommun = await KommunNameAsync(kommunId, ct);
        if (kommun is null)
        {
            return null;
        }

        if (periods.Count == 0)
        {
            return [];
        }

        var today = Today;
        var units = await db.CareUnits.AsNoTracking().Where(u => u.KommunId == kommunId).Select(u => u.Id).ToListAsync(ct);
        var spans = periods.Select(p => (p.From, p.To)).ToList();
        var acuteFigures = (await acute.ForKommunAsync(kommunId, spans, ct))!;
        var roundViews = await rounds.ForUnitsAsync(units, spans, ct);
        var reviewRows = await ReviewRowsAsync(units, periods.Min(p => p.From.Year) - 1, periods.Max(p => p.To.Year) + 1, ct);
        var certificates = await db.Set<SelfCareCertificate>().AsNoTracking().Where(c => c.KommunId == kommunId).ToListAsync(ct);
        var years = periods.SelectMany(p => p.WholeHalfYears()).Select(h => h.Year).Distinct().ToList();
        var counts = await db.Set<FollowUpCount>().AsNoTracking().Where(c => c.KommunId == kommunId && years.Contains(c.Year)).ToListAsync(ct);
        var now = clock.GetCurrentInstant();

        var dashboards = new List<FollowUpDashboard>(periods.Count);
        for (var i = 0; i < periods.Count; i++)
        {
            var period = periods[i];
            var scope = new FollowUpScope(kommunId, period, today);
            var groups = new List<IndicatorGroup>();
            var figures = acuteFigures[i];
            groups.Add(Availability(figures));
            groups.Add(Rounds(roundViews[i], now));
            groups.Add(Reviews(reviewRows.Where(r => r.Year >= period.From.Year - 1 && r.Year <= period.To.Year + 1), period, today));
            groups.Add(SelfCare(certificates, period, today));
            groups.Add(new IndicatorGroup(DecisionSupportGroup, "Beslutsstöd vid akuta kontakter",
            [
                new Indicator("bvis-visam", "Bedömning enligt BViS/ViSam vid akut kontakt", IndicatorKind.Share,
                    IndicatorFigure.Share(figures.DecisionSupport.Count, figures.DecisionSupport.Total), RowsKey: "akuta-kontakter"),
            ], Source: "Närplan: akuta kontakter"));
            var bp = figures.BreakpointConversations;
            groups.Add(new IndicatorGroup(PalliativeGroup, "Palliativ vård",
            [
                new Indicator("brytpunktssamtal", "Brytpunktssamtal vid väntade dödsfall", IndicatorKind.Share,
                    IndicatorFigure.Share(bp.Count, bp.Total), bp.TargetPercent, RowsKey: "dodsfall"),
            ], Source: "Närplan: dödsfall och brytpunktssamtal"));
            groups.Add(Counts(counts, period));

            var bySource = new Dictionary<string, IFollowUpIndicatorSource>(StringComparer.Ordinal);
            foreach (var source in sources)
            {
                bySource.TryAdd(source.GroupKey, source);
            }

            foreach (var expected in FollowUpCatalogue.Expected)
            {
                groups.Add(bySource.Remove(expected.Key, out var source) ? await source.GroupAsync(scope, ct) : expected);
            }

            foreach (var source in bySource.Values)
            {
                groups.Add(await source.GroupAsync(scope, ct));
            }

            dashboards.Add(new FollowUpDashboard(kommunId, kommun, period, groups));
        }

        return dashboards;
    }

    private static IndicatorGroup Availability(AcuteFollowUp f)
    {
        var t = f.ResponseTimes.Telephone;
        var s = f.ResponseTimes.OnSite;
        return new IndicatorGroup(AvailabilityGroup, "Tillgänglighet läkarmedverkan",
        [
            new Indicator("telefon-inom-30-min", "Telefonkontakt med läkare inom 30 minuter", IndicatorKind.Share, IndicatorFigure.Share(t.Within, t.Count), RowsKey: "akuta-kontakter"),
            new Indicator("telefon-median", "Tid till telefonkontakt, median (minuter)", IndicatorKind.Minutes, IndicatorFigure.Minutes(t.Median, t.Count), HigherIsBetter: false, RowsKey: "akuta-kontakter"),
            new Indicator("pa-plats-inom-2-h", "Läkare på plats inom 2 timmar", IndicatorKind.Share, IndicatorFigure.Share(s.Within, s.Count), RowsKey: "akuta-kontakter"),
            new Indicator("pa-plats-median", "Tid till läkare på plats, median (minuter)", IndicatorKind.Minutes, IndicatorFigure.Minutes(s.Median, s.Count), HigherIsBetter: false, RowsKey: "akuta-kontakter"),
            new Indicator("akuta-kontakter", "Akuta kontakter", IndicatorKind.Count, IndicatorFigure.Number(f.Contacts), HigherIsBetter: false, RowsKey: "akuta-kontakter"),
        ], Source: "Närplan: akuta kontakter (löften enligt beredskapsområdets regelprofil)");
    }

    private static IndicatorGroup Rounds(IReadOnlyList<RoundView> views, Instant now)
    {
        var sv = StringComparer.Create(new System.Globalization.CultureInfo("sv-SE"), false);
        var perUnit = views.GroupBy(v => v.Unit)
            .Select(g => (Unit: g.Key, Tally: RoundTally.Of(g.Select(v => v.Occurrence), now)))
            .OrderBy(x => x.Unit, sv)
            .ToList();
        var all = RoundTally.Of(views.Select(v => v.Occurrence), now);
        var holiday = all.CancelledByReason.GetValueOrDefault(RoundCancelReason.Holiday);
        var shouldHaveBeenHeld = all.Held + all.NotReported + all.Cancelled - holiday;
        var reasons = Enum.GetValues<RoundCancelReason>();
        var table = new IndicatorTable("Fasta läkartider per enhet",
            ["Enhet", "Planerade", "Genomförda", "Inställda", "Ej rapporterade", "Flyttade", .. reasons.Select(r => $"Inställda: {r.Swedish()}")],
            [.. perUnit.Select(u => (IReadOnlyList<object?>)
                [u.Unit, u.Tally.Planned, u.Tally.Held, u.Tally.Cancelled, u.Tally.NotReported, u.Tally.Moved,
                 .. reasons.Select(r => (object?)u.Tally.CancelledByReason.GetValueOrDefault(r))])]);
        return new IndicatorGroup(RoundsGroup, "Fasta planerade läkartider",
        [
            new Indicator("ronder-genomforda", "Genomförda av dem som skulle ha hållits (inställda för helgdag räknas inte)", IndicatorKind.Share,
                IndicatorFigure.Share(all.Held, shouldHaveBeenHeld)),
            new Indicator("ronder-planerade", "Planerade tillfällen", IndicatorKind.Count, IndicatorFigure.Number(all.Planned)),
            new Indicator("ronder-installda", "Inställda tillfällen", IndicatorKind.Count,
                IndicatorFigure.Number(all.Cancelled, holiday > 0 ? $"varav {holiday} för helgdag" : null), HigherIsBetter: false),
            new Indicator("ronder-ej-rapporterade", "Passerade tillfällen som inte är rapporterade", IndicatorKind.Count, IndicatorFigure.Number(all.NotReported), HigherIsBetter: false),
        ], [table], "Närplan: ronder och rapporterade tillfällen");
    }

    /// <summary>The kommun's annual reviews that can touch the period (planning years of the period and the year after).</summary>
    public async Task<List<ReviewForFollowUp>> ReviewRowsAsync(Guid kommunId, FollowUpPeriod period, CancellationToken ct)
    {
        var unitIds = await db.CareUnits.AsNoTracking().Where(u => u.KommunId == kommunId).Select(u => u.Id).ToListAsync(ct);
        return await ReviewRowsAsync(unitIds, period.From.Year - 1, period.To.Year + 1, ct);
    }

    private async Task<List<ReviewForFollowUp>> ReviewRowsAsync(List<Guid> unitIds, int first, int last, CancellationToken ct) =>
        await db.AnnualReviews.AsNoTracking()
            .Where(r => unitIds.Contains(r.CareUnitId) && r.Year >= first && r.Year <= last)
            .Select(r => new ReviewForFollowUp(r.Id, r.PatientId, r.CareUnitId, r.Status, r.Date, r.DueBy, r.DoneOn, r.Year,
                r.MedicationReviewDone, r.MedicationReview, r.HomeVisitByRegularDoctor))
            .ToListAsync(ct);

    private static IndicatorGroup Reviews(IEnumerable<ReviewForFollowUp> rows, FollowUpPeriod period, LocalDate today)
    {
        var f = Domain.FollowUp.FollowUpFigures.Reviews(rows, period, today);
        return new IndicatorGroup(ReviewsGroup, "Årlig medicinsk vårdplanering",
        [
            new Indicator("arsgenomgangar-gjorda", "Genomförda av dem som förföll under perioden", IndicatorKind.Share, IndicatorFigure.Share(f.DoneOfDue, f.Due), RowsKey: "arsgenomgangar"),
            new Indicator("arsgenomgangar-i-tid", "Genomförda i tid (senast förfallodagen) av genomförda", IndicatorKind.Share, IndicatorFigure.Share(f.OnTime, f.DoneOfDue), RowsKey: "arsgenomgangar"),
            new Indicator("arsgenomgangar-sena", "Försenade (genomförda efter förfallodagen eller förfallna och inte genomförda)", IndicatorKind.Count, IndicatorFigure.Number(f.Late), HigherIsBetter: false, RowsKey: "arsgenomgangar"),
            new Indicator("fordjupade-lakemedelsgenomgangar", "Fördjupad läkemedelsgenomgång av vårdplaneringar hållna under perioden", IndicatorKind.Share, IndicatorFigure.Share(f.ExtendedMedicationReviews, f.DoneInPeriod), RowsKey: "arsgenomgangar"),
            new Indicator("hembesok-fast-lakarkontakt", "Hembesök av fast läkarkontakt av vårdplaneringar hållna under perioden", IndicatorKind.Share, IndicatorFigure.Share(f.HomeVisits, f.DoneInPeriod), RowsKey: "arsgenomgangar"),
        ], Source: "Närplan: årsplanerna");
    }

    private static IndicatorGroup SelfCare(List<SelfCareCertificate> certificates, FollowUpPeriod period, LocalDate today)
    {
        var f = Domain.FollowUp.FollowUpFigures.SelfCare(certificates, period, today);
        return new IndicatorGroup(SelfCareGroup, "Egenvårdsintyg",
        [
            new Indicator("egenvardsintyg-uppfoljda", "Egenvårdsintyg uppföljda av dem som skulle följas upp", IndicatorKind.Share, IndicatorFigure.Share(f.FollowedUp, f.Due), RowsKey: "egenvardsintyg"),
        ], Source: "Närplan: egenvårdsintyg");
    }

    private static IndicatorGroup Counts(List<FollowUpCount> allCounts, FollowUpPeriod period)
    {
        var halves = period.WholeHalfYears();
        var counts = allCounts.Where(c => halves.Contains((c.Year, c.IsAutumn))).ToList();
        Indicator Of(FollowUpCountKind kind, string key)
        {
            var entered = counts.Where(c => c.Kind == kind).OrderBy(c => c.Year).ThenBy(c => c.IsAutumn).ToList();
            if (entered.Count == 0)
            {
                return new Indicator(key, kind.Swedish(), IndicatorKind.Count, null, HigherIsBetter: false);
            }

            var who = string.Join("; ", entered.Select(c => $"{c.Period.Name}: {c.Count} inmatat av {c.EnteredBy} {c.EnteredAt.InZone(Stockholm.Zone).Date:yyyy-MM-dd}"));
            var note = entered.Count < halves.Count ? $"{who} (halvår utan inmatning: {halves.Count - entered.Count})" : who;
            return new Indicator(key, kind.Swedish(), IndicatorKind.Count, IndicatorFigure.Number(entered.Sum(c => c.Count), note), HigherIsBetter: false);
        }

        return new IndicatorGroup(CountsGroup, "Inmatade antal",
        [
            Of(FollowUpCountKind.Deviations, "avvikelser-i-samverkan"),
            Of(FollowUpCountKind.UnplannedTransports, "oplanerade-transporter"),
        ], Source: halves.Count == 0 ? "Förs in per halvår; perioden innehåller inget helt halvår" : "Inmatat för hand per halvår (avvikelsesystemet m.fl.)");
    }
}
