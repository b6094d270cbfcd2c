namespace Narplan.Web.Features.FollowUp;

/// <summary>How an indicator's figure reads in Swedish on the page, in the XLSX notes and in the plan's follow-up table.</summary>
public static class IndicatorText
{
    public const string NoData = "Saknar data";

    /// <summary>"92 %", "25 min", "12", "–" (nothing to count) or "Saknar data" (no source).</summary>
    public static string Value(Indicator indicator) => indicator.Figure switch
    {
        null => NoData,
        { Value: null } => "–",
        { Value: { } v } => indicator.Kind switch
        {
            IndicatorKind.Share => Math.Round(v * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + " %",
            IndicatorKind.Minutes => Math.Round(v, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + " min",
            _ => v.ToString("0", CultureInfo.InvariantCulture),
        },
    };

    /// <summary>"46 av 50", "12 mätta", or empty.</summary>
    public static string Basis(Indicator indicator) => indicator.Figure switch
    {
        { Count: { } n, Total: { } total } => $"{n} av {total}",
        { Count: null, Total: { } measured } => $"{measured} mätta",
        _ => "",
    };

    /// <summary>"mål 98 %" / "mål 100 %".</summary>
    public static string Target(Indicator indicator) => indicator.TargetPercent is { } t ? (t == 100 ? "Mål 100 %" : $"Mål minst {t} %") : "";
}
