using Narplan.Web.Features.Ledningsteam;
using Narplan.Web.Features.OralHealth;
using Narplan.Web.Features.Sip;
using Narplan.Web.Features.Vaccination;

namespace Narplan.Web.Features.FollowUp;

/// <summary>
/// The samverkan registers of issue 19 and the palliative quality items as sources of the follow-up dashboard (decision
/// 0081): each replaces its group's "saknar data" placeholder with the register's own figures for the kommun and period.
/// Totals only — the registers' patient rows stay on their own pages, where each read is logged.
/// </summary>
public static class RegisterFollowUpSources
{
    public static IServiceCollection AddRegisterFollowUpSources(this IServiceCollection services) =>
        services.AddScoped<IFollowUpIndicatorSource, SipSource>()
            .AddScoped<IFollowUpIndicatorSource, VaccinationSource>()
            .AddScoped<IFollowUpIndicatorSource, OralHealthSource>()
            .AddScoped<IFollowUpIndicatorSource, LedningsteamSource>()
            .AddScoped<IFollowUpIndicatorSource, PalliativeQualitySource>();

    /// <summary>A register's group: the key the catalogue expects, titled as the catalogue titles it, for the scope's period.</summary>
    public abstract class RegisterSource(string groupKey) : IFollowUpIndicatorSource
    {
        public string GroupKey => groupKey;

        public abstract Task<IndicatorGroup> GroupAsync(FollowUpScope scope, CancellationToken ct);

        protected static DateInterval Interval(FollowUpScope scope) => new(scope.Period.From, scope.Period.To);

        protected IndicatorGroup Group(IReadOnlyList<Indicator> indicators, string source) => Group(indicators, null, source);

        protected IndicatorGroup Group(IReadOnlyList<Indicator> indicators, IReadOnlyList<IndicatorTable>? tables, string source) =>
            new(GroupKey, FollowUpCatalogue.Expected.Single(g => g.Key == GroupKey).Title, indicators, tables, source);
    }

    /// <summary>SIP offered at its occasions, accepted of offered, meeting held of accepted (seed 000, 002).</summary>
    public sealed class SipSource(SipFigures figures) : RegisterSource(FollowUpCatalogue.Sip)
    {
        public override async Task<IndicatorGroup> GroupAsync(FollowUpScope scope, CancellationToken ct)
        {
            var f = await figures.ForKommunAsync(scope.KommunId, Interval(scope), ct);
            return Group(
            [
                new("sip-erbjuden-vid-tillfalle", "SIP erbjuden vid utskrivning, beslut om kommunal primärvård eller behov av samordning", IndicatorKind.Share,
                    IndicatorFigure.Share(f.OfferedAtTrigger.Count, f.OfferedAtTrigger.Of)),
                new("sip-erbjuden", "SIP erbjuden", IndicatorKind.Count, IndicatorFigure.Number(f.Offers)),
                new("sip-accepterad", "SIP accepterad av erbjudna", IndicatorKind.Share, IndicatorFigure.Share(f.Accepted.Count, f.Accepted.Of)),
                new("sip-hallen", "SIP-möte hållet av accepterade", IndicatorKind.Share, IndicatorFigure.Share(f.Held.Count, f.Held.Of)),
            ], "Närplan: SIP-registret");
        }
    }

    /// <summary>"Vaccinationsunderlag/hälsodeklaration inkommer till vårdcentralen senast en vecka efter given dos" (seed 000).</summary>
    public sealed class VaccinationSource(VaccinationFigures figures) : RegisterSource(FollowUpCatalogue.Vaccination)
    {
        public override async Task<IndicatorGroup> GroupAsync(FollowUpScope scope, CancellationToken ct)
        {
            var f = await figures.ForKommunAsync(scope.KommunId, Interval(scope), ct);
            return Group(
            [
                new("vaccination-doser", "Givna doser", IndicatorKind.Count, IndicatorFigure.Number(f.DosesGiven)),
                new("vaccination-dokumenterad-i-tid", "Vaccinationsunderlag till vårdcentralen inom en vecka", IndicatorKind.Share,
                    IndicatorFigure.Share(f.DocumentationOnTime, f.DocumentationDue)),
                new("vaccination-registrerad", "Doser registrerade av vårdcentralen (till NVR) av givna", IndicatorKind.Share,
                    IndicatorFigure.Share(f.Registered, f.DosesGiven)),
            ], "Närplan: vaccinationskampanjer");
        }
    }

    /// <summary>The yearly munhälsobedömning of people with an N-intyg (seed 000 "Munhälsa").</summary>
    public sealed class OralHealthSource(OralHealthQueries queries) : RegisterSource(FollowUpCatalogue.OralHealth)
    {
        public override async Task<IndicatorGroup> GroupAsync(FollowUpScope scope, CancellationToken ct)
        {
            var f = await queries.FiguresAsync(scope.KommunId, Interval(scope), ct);
            return Group(
            [
                new("munhalsobedomning", "Munhälsobedömning gjord av dem som var aktuella under perioden", IndicatorKind.Share, IndicatorFigure.Share(f.Done, f.Due)),
                new("munhalsobedomning-i-tid", "Munhälsobedömning gjord i tid", IndicatorKind.Share, IndicatorFigure.Share(f.DoneOnTime, f.Due)),
                new("munhalsobedomning-forsenad", "Försenade bedömningar vid periodens slut", IndicatorKind.Count, IndicatorFigure.Number(f.OverdueAtEnd), HigherIsBetter: false),
            ], "Närplan: munhälsoregistret");
        }
    }

    /// <summary>Seed 002: the fast läkarkontakt is invited to each unit's ledningsteam "2 gånger/år".</summary>
    public sealed class LedningsteamSource(LedningsteamQueries queries) : RegisterSource(FollowUpCatalogue.ManagementTeam)
    {
        public override async Task<IndicatorGroup> GroupAsync(FollowUpScope scope, CancellationToken ct)
        {
            var rows = await queries.HeldPerUnitPerYearAsync(scope.KommunId, scope.Period.From.Year, scope.Period.To.Year, scope.Today, ct);
            var held = rows.Sum(r => Math.Min(r.Held, 2));
            return Group(
            [
                new("ledningsteam-moten", "Ledningsteamsmöten hållna av de två per enhet och kalenderår", IndicatorKind.Share,
                    IndicatorFigure.Share(held, rows.Count * 2, "Räknas per kalenderår som perioden berör.")),
                new("ledningsteam-flaggade", "Enheter med färre än två möten om året", IndicatorKind.Count,
                    IndicatorFigure.Number(rows.Count(r => r.Flagged)), HigherIsBetter: false),
            ],
            [
                new IndicatorTable("Ledningsteamsmöten per enhet", ["Enhet", "År", "Hållna", "Planerade framåt"],
                    [.. rows.Select(r => (IReadOnlyList<object?>)[r.Unit, r.Year, r.Held, r.PlannedAhead])]),
            ], "Närplan: ledningsteamsmöten");
        }
    }

    /// <summary>Socialstyrelsen's target levels for the last week of life, per expected death (decision 0088).</summary>
    public sealed class PalliativeQualitySource(Palliative.PalliativeFigures figures) : RegisterSource(FollowUpCatalogue.PalliativeQuality)
    {
        public override async Task<IndicatorGroup> GroupAsync(FollowUpScope scope, CancellationToken ct)
        {
            var f = await figures.ForAsync(scope.KommunId, Interval(scope), ct);
            static Indicator Item(string key, string label, PalliativeItemFigure item) =>
                new(key, label, IndicatorKind.Share,
                    IndicatorFigure.Share(item.Share.Count, item.Share.Total, item.Unknown > 0 ? $"{item.Unknown} med svaret ”vet ej”" : null),
                    item.Share.TargetPercent);
            return Group(
            [
                Item("smartskattning", "Smärtskattning sista levnadsveckan", f.PainRating),
                Item("munhalsobedomning-sista-veckan", "Munhälsobedömning sista levnadsveckan", f.OralHealthAssessment),
                Item("vid-behov-opioid", "Ordination vid behov av opioid", f.AsNeededOpioid),
                Item("vid-behov-angestdampande", "Ordination vid behov av ångestdämpande", f.AsNeededAnxiolytic),
                Item("fri-fran-trycksar", "Fri från trycksår", f.FreeOfPressureUlcers),
            ], $"Närplan: dödsfall ({f.ExpectedDeaths} väntade av {f.Deaths})");
        }
    }
}
