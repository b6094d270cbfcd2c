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

    private static DateInterval Interval(FollowUpScope scope) => new(scope.Period.From, scope.Period.To);

    private static string Title(string key) => FollowUpCatalogue.Expected.Single(g => g.Key == key).Title;

    /// <summary>SIP offered at its occasions, accepted of offered, meeting held of accepted (seed 000, 002).</summary>
    public sealed class SipSource(SipFigures figures) : IFollowUpIndicatorSource
    {
        public string GroupKey => FollowUpCatalogue.Sip;

        public async Task<IndicatorGroup> GroupAsync(FollowUpScope scope, CancellationToken ct)
        {
            var f = await figures.ForKommunAsync(scope.KommunId, Interval(scope), ct);
            return new IndicatorGroup(GroupKey, Title(GroupKey),
            [
                new("sip-erbjuden-vid-tillfalle", "SIP erbjuden vid utskrivning, beslut om kommunal primärvård eller behov av samordning", IndicatorKind.Share,
                    IndicatorFigure.Share(f.OfferedAtTrigger.Count, f.OfferedAtTrigger.Of)),
                new("sip-erbjuden", "SIP erbjuden", IndicatorKind.Count, IndicatorFigure.Number(f.Offers)),
                new("sip-accepterad", "SIP accepterad av erbjudna", IndicatorKind.Share, IndicatorFigure.Share(f.Accepted.Count, f.Accepted.Of)),
                new("sip-hallen", "SIP-möte hållet av accepterade", IndicatorKind.Share, IndicatorFigure.Share(f.Held.Count, f.Held.Of)),
            ], Source: "Närplan: SIP-registret");
        }
    }

    /// <summary>"Vaccinationsunderlag/hälsodeklaration inkommer till vårdcentralen senast en vecka efter given dos" (seed 000).</summary>
    public sealed class VaccinationSource(VaccinationFigures figures) : IFollowUpIndicatorSource
    {
        public string GroupKey => FollowUpCatalogue.Vaccination;

        public async Task<IndicatorGroup> GroupAsync(FollowUpScope scope, CancellationToken ct)
        {
            var f = await figures.ForKommunAsync(scope.KommunId, Interval(scope), ct);
            return new IndicatorGroup(GroupKey, Title(GroupKey),
            [
                new("vaccination-doser", "Givna doser", IndicatorKind.Count, IndicatorFigure.Number(f.DosesGiven)),
                new("vaccination-dokumenterad-i-tid", "Vaccinationsunderlag till vårdcentralen inom en vecka", IndicatorKind.Share,
                    IndicatorFigure.Share(f.DocumentationOnTime, f.DocumentationDue)),
                new("vaccination-registrerad", "Doser registrerade av vårdcentralen (till NVR) av givna", IndicatorKind.Share,
                    IndicatorFigure.Share(f.Registered, f.DosesGiven)),
            ], Source: "Närplan: vaccinationskampanjer");
        }
    }

    /// <summary>The yearly munhälsobedömning of people with an N-intyg (seed 000 "Munhälsa").</summary>
    public sealed class OralHealthSource(OralHealthQueries queries) : IFollowUpIndicatorSource
    {
        public string GroupKey => FollowUpCatalogue.OralHealth;

        public async Task<IndicatorGroup> GroupAsync(FollowUpScope scope, CancellationToken ct)
        {
            var f = await queries.FiguresAsync(scope.KommunId, Interval(scope), ct);
            return new IndicatorGroup(GroupKey, Title(GroupKey),
            [
                new("munhalsobedomning", "Munhälsobedömning gjord av dem som var aktuella under perioden", IndicatorKind.Share, IndicatorFigure.Share(f.Done, f.Due)),
                new("munhalsobedomning-i-tid", "Munhälsobedömning gjord i tid", IndicatorKind.Share, IndicatorFigure.Share(f.DoneOnTime, f.Due)),
                new("munhalsobedomning-forsenad", "Försenade bedömningar vid periodens slut", IndicatorKind.Count, IndicatorFigure.Number(f.OverdueAtEnd), HigherIsBetter: false),
            ], Source: "Närplan: munhälsoregistret");
        }
    }

    /// <summary>Seed 002: the fast läkarkontakt is invited to each unit's ledningsteam "2 gånger/år".</summary>
    public sealed class LedningsteamSource(LedningsteamQueries queries) : IFollowUpIndicatorSource
    {
        public string GroupKey => FollowUpCatalogue.ManagementTeam;

        public async Task<IndicatorGroup> GroupAsync(FollowUpScope scope, CancellationToken ct)
        {
            var rows = await queries.HeldPerUnitPerYearAsync(scope.KommunId, scope.Period.From.Year, scope.Period.To.Year, scope.Today, ct);
            var held = rows.Sum(r => Math.Min(r.Held, 2));
            return new IndicatorGroup(GroupKey, Title(GroupKey),
            [
                new("ledningsteam-moten", "Ledningsteamsmöten hållna av de två per enhet och kalenderår", IndicatorKind.Share,
                    IndicatorFigure.Share(held, rows.Count * 2, "Räknas per kalenderår som perioden berör.")),
                new("ledningsteam-flaggade", "Enheter med färre än två möten om året", IndicatorKind.Count,
                    IndicatorFigure.Number(rows.Count(r => r.Flagged)), HigherIsBetter: false),
            ],
            [
                new IndicatorTable("Ledningsteamsmöten per enhet", ["Enhet", "År", "Hållna", "Planerade framåt"],
                    [.. rows.Select(r => (IReadOnlyList<object?>)[r.Unit, r.Year, r.Held, r.PlannedAhead])]),
            ], Source: "Närplan: ledningsteamsmöten");
        }
    }

    /// <summary>Socialstyrelsen's target levels for the last week of life, per expected death (decision 0088).</summary>
    public sealed class PalliativeQualitySource(Palliative.PalliativeFigures figures) : IFollowUpIndicatorSource
    {
        public string GroupKey => FollowUpCatalogue.PalliativeQuality;

        public async Task<IndicatorGroup> GroupAsync(FollowUpScope scope, CancellationToken ct)
        {
            var f = await figures.ForAsync(scope.KommunId, Interval(scope), ct);
            static Indicator Item(string key, string label, PalliativeItemFigure item) =>
                new(key, label, IndicatorKind.Share,
                    IndicatorFigure.Share(item.Share.Count, item.Share.Total, item.Unknown > 0 ? $"{item.Unknown} med svaret ”vet ej”" : null),
                    item.Share.TargetPercent);
            return new IndicatorGroup(GroupKey, Title(GroupKey),
            [
                Item("smartskattning", "Smärtskattning sista levnadsveckan", f.PainRating),
                Item("munhalsobedomning-sista-veckan", "Munhälsobedömning sista levnadsveckan", f.OralHealthAssessment),
                Item("vid-behov-opioid", "Ordination vid behov av opioid", f.AsNeededOpioid),
                Item("vid-behov-angestdampande", "Ordination vid behov av ångestdämpande", f.AsNeededAnxiolytic),
                Item("fri-fran-trycksar", "Fri från trycksår", f.FreeOfPressureUlcers),
            ], Source: $"Närplan: dödsfall ({f.ExpectedDeaths} väntade av {f.Deaths})");
        }
    }
}
