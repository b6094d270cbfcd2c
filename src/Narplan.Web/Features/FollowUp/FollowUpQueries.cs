using Microsoft.EntityFrameworkCore;
using Narplan.Data;
using Narplan.Domain.Acute;
using Narplan.Domain.Calendars;
using Narplan.Domain.FollowUp;
using Narplan.Domain.Rounds;
using Narplan.Domain.SelfCare;
using Narplan.Web.Features.Acute;
using Narplan.Web.Features.Rounds;
using NodaTime;

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
    public async Task<FollowUpComparison?> CompareAsync(Guid kommunId, FollowUpPeriod period, CancellationToken ct = default)
    {
        var current = await ForKommunAsync(kommunId, period, ct);
        if (current is null)
        {
            return null;
        }

        return new FollowUpComparison(current, (await ForKommunAsync(kommunId, period.Previous, ct))!);
    }

    /// <summary>Every indicator group for the kommun and period; null when the kommun does not exist.</summary>
    public async Task<FollowUpDashboard?> ForKommunAsync(Guid kommunId, FollowUpPeriod period, CancellationToken ct = default)
    {
        var kommun = await KommunNameAsync(kommunId, ct);
        if (kommun is null)
        {
            return null;
        }

        var scope = new FollowUpScope(kommunId, period, Today);
        var groups = new List<IndicatorGroup>();
        var acuteFigures = (await acute.ForKommunAsync(kommunId, period.From, period.To, ct))!;
        groups.Add(Availability(acuteFigures));
        groups.Add(await RoundsAsync(kommunId, period, ct));
        groups.Add(await ReviewsAsync(kommunId, period, scope.Today, ct));
        groups.Add(await SelfCareAsync(kommunId, period, scope.Today, ct));
        groups.Add(new IndicatorGroup(DecisionSupportGroup, "Beslutsstöd vid akuta kontakter",
        [
            new Indicator("bvis-visam", "Bedömning enligt BViS/ViSam vid akut kontakt", IndicatorKind.Share,
                IndicatorFigure.Share(acuteFigures.DecisionSupport.Count, acuteFigures.DecisionSupport.Total), RowsKey: "akuta-kontakter"),
        ], Source: "Närplan: akuta kontakter"));
        var bp = acuteFigures.BreakpointConversations;
        groups.Add(new IndicatorGroup(PalliativeGroup, "Palliativ vård",
        [
            new Indicator("brytpunktssamtal", "Brytpunktssamtal vid väntade dödsfall", IndicatorKind.Share,
                IndicatorFigure.Share(bp.Count, bp.Total), bp.TargetPercent, RowsKey: "dodsfall"),
        ], Source: "Närplan: dödsfall och brytpunktssamtal"));
        groups.Add(await CountsAsync(kommunId, period, ct));

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

        return new FollowUpDashboard(kommunId, kommun, period, groups);
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

    private async Task<IndicatorGroup> RoundsAsync(Guid kommunId, FollowUpPeriod period, CancellationToken ct)
    {
        var unitIds = await db.CareUnits.AsNoTracking().Where(u => u.KommunId == kommunId).Select(u => u.Id).ToListAsync(ct);
        var views = await rounds.ForUnitsAsync(unitIds, period.From, period.To, ct);
        var now = clock.GetCurrentInstant();
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
        int first = period.From.Year - 1, last = period.To.Year + 1;
        return await db.AnnualReviews.AsNoTracking()
            .Where(r => unitIds.Contains(r.CareUnitId) && r.Year >= first && r.Year <= last)
            .Select(r => new ReviewForFollowUp(r.Id, r.PatientId, r.CareUnitId, r.Status, r.Date, r.DueBy, r.DoneOn, r.Year,
                r.MedicationReviewDone, r.MedicationReview, r.HomeVisitByRegularDoctor))
            .ToListAsync(ct);
    }

    private async Task<IndicatorGroup> ReviewsAsync(Guid kommunId, FollowUpPeriod period, LocalDate today, CancellationToken ct)
    {
        var f = Domain.FollowUp.FollowUpFigures.Reviews(await ReviewRowsAsync(kommunId, period, ct), period, today);
        return new IndicatorGroup(ReviewsGroup, "Årlig medicinsk vårdplanering",
        [
            new Indicator("arsgenomgangar-gjorda", "Genomförda av dem som förföll under perioden", IndicatorKind.Share, IndicatorFigure.Share(f.DoneOfDue, f.Due), RowsKey: "arsgenomgangar"),
            new Indicator("arsgenomgangar-i-tid", "Genomförda i tid (senast förfallodagen) av genomförda", IndicatorKind.Share, IndicatorFigure.Share(f.OnTime, f.DoneOfDue), RowsKey: "arsgenomgangar"),
            new Indicator("arsgenomgangar-sena", "Försenade (genomförda efter förfallodagen eller förfallna och inte genomförda)", IndicatorKind.Count, IndicatorFigure.Number(f.Late), HigherIsBetter: false, RowsKey: "arsgenomgangar"),
            new Indicator("fordjupade-lakemedelsgenomgangar", "Fördjupad läkemedelsgenomgång av vårdplaneringar hållna under perioden", IndicatorKind.Share, IndicatorFigure.Share(f.ExtendedMedicationReviews, f.DoneInPeriod), RowsKey: "arsgenomgangar"),
            new Indicator("hembesok-fast-lakarkontakt", "Hembesök av fast läkarkontakt av vårdplaneringar hållna under perioden", IndicatorKind.Share, IndicatorFigure.Share(f.HomeVisits, f.DoneInPeriod), RowsKey: "arsgenomgangar"),
        ], Source: "Närplan: årsplanerna");
    }

    private async Task<IndicatorGroup> SelfCareAsync(Guid kommunId, FollowUpPeriod period, LocalDate today, CancellationToken ct)
    {
        var certificates = await db.Set<SelfCareCertificate>().AsNoTracking().Where(c => c.KommunId == kommunId).ToListAsync(ct);
        var f = Domain.FollowUp.FollowUpFigures.SelfCare(certificates, period, today);
        return new IndicatorGroup(SelfCareGroup, "Egenvårdsintyg",
        [
            new Indicator("egenvardsintyg-uppfoljda", "Egenvårdsintyg uppföljda av dem som skulle följas upp", IndicatorKind.Share, IndicatorFigure.Share(f.FollowedUp, f.Due), RowsKey: "egenvardsintyg"),
        ], Source: "Närplan: egenvårdsintyg");
    }

    private async Task<IndicatorGroup> CountsAsync(Guid kommunId, FollowUpPeriod period, CancellationToken ct)
    {
        var halves = period.WholeHalfYears();
        var years = halves.Select(h => h.Year).Distinct().ToList();
        var counts = (await db.Set<FollowUpCount>().AsNoTracking().Where(c => c.KommunId == kommunId && years.Contains(c.Year)).ToListAsync(ct))
            .Where(c => halves.Contains((c.Year, c.IsAutumn)))
            .ToList();
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
