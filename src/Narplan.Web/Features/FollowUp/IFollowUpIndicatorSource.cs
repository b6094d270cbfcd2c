namespace Narplan.Web.Features.FollowUp;

/// <summary>What a source of indicators is asked for: one närområde (kommun) and one period; <see cref="Today"/> from the clock.</summary>
public sealed record FollowUpScope(Guid KommunId, FollowUpPeriod Period, LocalDate Today);

/// <summary>
/// The rows behind one indicator, for users allowed to see them (<c>AccessPolicy.MaySeeFollowUpRows</c>): headings and
/// cells, each row with an optional link to the page it comes from and the patient it concerns (each such read is
/// audit-logged by the rows page). Cells are text; no identity numbers.
/// </summary>
public sealed record FollowUpRows(string Title, IReadOnlyList<string> Headings, IReadOnlyList<FollowUpRow> Rows);

/// <summary>One row behind an indicator.</summary>
public sealed record FollowUpRow(IReadOnlyList<string> Cells, string? Href = null, Guid? PatientId = null);

/// <summary>
/// The extension point of the follow-up dashboard (issue 20; decision 0081). A register that holds figures for the
/// gemensam uppföljning implements this interface and registers it in DI:
/// <code>services.AddScoped&lt;IFollowUpIndicatorSource, SipFollowUpSource&gt;();</code>
/// The dashboard, the XLSX export, the public JSON summary and the yearly review's follow-up table then show its group.
/// A source whose <see cref="GroupKey"/> is one of <see cref="FollowUpCatalogue.Expected"/> replaces that group's
/// "saknar data" placeholder; any other key adds a group after the built-in ones. Sources run one after another in the
/// request's scope (they may use the scoped <c>NarplanDbContext</c>). Figures must be totals: no patient data in
/// <see cref="IndicatorGroup"/>; patient-level rows go in <see cref="RowsAsync"/>, which the rows page shows only to
/// users allowed to see them and audit-logs.
/// </summary>
public interface IFollowUpIndicatorSource
{
    /// <summary>The group's stable key, e.g. <c>sip</c>, <c>vaccination</c>, <c>munhalsa</c>, <c>ledningsteam</c>, <c>palliativ-kvalitet</c>.</summary>
    string GroupKey { get; }

    /// <summary>The indicator group for the kommun and period. Indicator keys should be stable (they name the XLSX rows and the JSON fields).</summary>
    Task<IndicatorGroup> GroupAsync(FollowUpScope scope, CancellationToken ct);

    /// <summary>The rows behind an indicator whose <see cref="Indicator.RowsKey"/> this source set; null when the key is not this source's.</summary>
    Task<FollowUpRows?> RowsAsync(string rowsKey, FollowUpScope scope, CancellationToken ct) => Task.FromResult<FollowUpRows?>(null);
}

/// <summary>
/// The indicator groups the dashboard expects from registers being built elsewhere (issue 19 and the palliative
/// quality items): until a <see cref="IFollowUpIndicatorSource"/> with the same key is registered, each shows its
/// indicators as "saknar data" — never as 0 (decision 0081).
/// </summary>
public static class FollowUpCatalogue
{
    public const string Sip = "sip";
    public const string Vaccination = "vaccination";
    public const string OralHealth = "munhalsa";
    public const string ManagementTeam = "ledningsteam";
    public const string PalliativeQuality = "palliativ-kvalitet";

    public static IReadOnlyList<IndicatorGroup> Expected { get; } =
    [
        new(Sip, "Samordnad individuell plan, SIP",
        [
            Indicator.NoData("sip-erbjuden", "SIP erbjuden", IndicatorKind.Count),
            Indicator.NoData("sip-accepterad", "SIP accepterad av erbjudna"),
            Indicator.NoData("sip-hallen", "SIP-möte hållet av accepterade"),
        ]),
        new(Vaccination, "Vaccinationer",
        [
            Indicator.NoData("vaccination-dokumenterad-i-tid", "Vaccinationsunderlag till vårdcentralen inom en vecka"),
        ]),
        new(OralHealth, "Munhälsa",
        [
            Indicator.NoData("munhalsobedomning", "Munhälsobedömning erbjuden av personer med intyg om nödvändig tandvård"),
        ]),
        new(ManagementTeam, "Ledningsteam",
        [
            Indicator.NoData("ledningsteam-moten", "Ledningsteamsmöten hållna av planerade (2 per år och enhet)"),
        ]),
        new(PalliativeQuality, "Palliativ vård sista veckan – övriga kvalitetsmått",
        [
            Indicator.NoData("smartskattning", "Smärtskattning sista levnadsveckan", IndicatorKind.Share, SocialstyrelsenTargets.PainRatingPercent),
            Indicator.NoData("munhalsobedomning-sista-veckan", "Munhälsobedömning sista levnadsveckan", IndicatorKind.Share, SocialstyrelsenTargets.OralHealthAssessmentPercent),
            Indicator.NoData("vid-behov-ordination", "Ordination vid behov av opioid och ångestdämpande", IndicatorKind.Share, SocialstyrelsenTargets.AsNeededOpioidAndAnxiolyticPercent),
            Indicator.NoData("fri-fran-trycksar", "Fri från trycksår", IndicatorKind.Share, SocialstyrelsenTargets.FreeOfPressureUlcersPercent),
        ]),
    ];
}
