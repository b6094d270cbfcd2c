namespace Narplan.Domain.FollowUp;

/// <summary>What an indicator's value is.</summary>
public enum IndicatorKind
{
    /// <summary>A share: <see cref="IndicatorFigure.Count"/> of <see cref="IndicatorFigure.Total"/>.</summary>
    Share,

    /// <summary>A plain count (e.g. rounds held, hand-entered deviations).</summary>
    Count,

    /// <summary>A duration in minutes (e.g. the median time to the doctor's answer).</summary>
    Minutes,
}

/// <summary>
/// One indicator's figure for one period. <see cref="Value"/> is the share (0–1), the count or the minutes;
/// null when there was nothing to count (a share of 0 of 0, a median of no contacts). "Saknar data" is not a
/// figure: it is an <see cref="Indicator"/> whose <see cref="Indicator.Figure"/> is null.
/// </summary>
public sealed record IndicatorFigure(double? Value, int? Count = null, int? Total = null, string? Note = null)
{
    public static IndicatorFigure Share(int count, int total, string? note = null) =>
        new(total == 0 ? null : (double)count / total, count, total, note);

    public static IndicatorFigure Number(int count, string? note = null) => new(count, count, null, note);

    public static IndicatorFigure Minutes(Duration? median, int measured, string? note = null) =>
        new(median?.TotalMinutes, null, measured, note);
}

/// <summary>
/// One indicator: a stable key, a Swedish label, its kind, the figure (null = "saknar data": no source in Närplan yet),
/// an optional target (Socialstyrelsen's levels, in whole percent; <see cref="TargetIsExact"/> for "100 %"), whether
/// a higher value is better (for the trend's wording), and the key of the rows behind it (null: none to show).
/// </summary>
public sealed record Indicator(
    string Key,
    string Label,
    IndicatorKind Kind,
    IndicatorFigure? Figure,
    int? TargetPercent = null,
    bool HigherIsBetter = true,
    string? RowsKey = null)
{
    public bool HasData => Figure is not null;

    /// <summary>Meets the target: count × 100 ≥ target × total, exact in integers; null without a target or a figure.</summary>
    public bool? MeetsTarget => TargetPercent is { } target && Figure is { Count: { } n, Total: { } total } && total > 0
        ? (long)n * 100 >= (long)target * total
        : null;

    /// <summary>An indicator with no source yet: shown as "saknar data", never as 0.</summary>
    public static Indicator NoData(string key, string label, IndicatorKind kind = IndicatorKind.Share, int? targetPercent = null) =>
        new(key, label, kind, null, targetPercent);
}

/// <summary>
/// A group of indicators (a sheet in the XLSX, a section on the dashboard): a stable key, a Swedish title, the
/// indicators, optional tables (e.g. rounds per unit) and the source's name ("Närplan: akuta kontakter").
/// </summary>
public sealed record IndicatorGroup(
    string Key,
    string Title,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<IndicatorTable>? Tables = null,
    string? Source = null)
{
    public IReadOnlyList<IndicatorTable> TablesOrEmpty => Tables ?? [];
}

/// <summary>A small table beside a group's indicators (e.g. rounds per unit): headings and rows of cells; numbers stay numbers.</summary>
public sealed record IndicatorTable(string Title, IReadOnlyList<string> Headings, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>How an indicator moved against the previous period.</summary>
public enum Trend
{
    /// <summary>No figure in one of the periods, or nothing to compare.</summary>
    Unknown,
    Up,
    Down,
    Same,
}

public static class Trends
{
    /// <summary>Compares two figures of one indicator; shares are compared in whole percent, as they are shown.</summary>
    public static Trend Of(Indicator current, Indicator? previous)
    {
        if (current.Figure?.Value is not { } now || previous?.Figure?.Value is not { } before)
        {
            return Trend.Unknown;
        }

        var (a, b) = current.Kind == IndicatorKind.Share
            ? (Math.Round(now * 100, MidpointRounding.AwayFromZero), Math.Round(before * 100, MidpointRounding.AwayFromZero))
            : (Math.Round(now, 1), Math.Round(before, 1));
        return a > b ? Trend.Up : a < b ? Trend.Down : Trend.Same;
    }

    /// <summary>"↑ bättre", "↓ sämre", "→ oförändrat", "– går inte att jämföra".</summary>
    public static string Swedish(Trend trend, bool higherIsBetter) => trend switch
    {
        Trend.Up => higherIsBetter ? "Upp (bättre)" : "Upp (sämre)",
        Trend.Down => higherIsBetter ? "Ned (sämre)" : "Ned (bättre)",
        Trend.Same => "Oförändrat",
        _ => "Kan inte jämföras",
    };
}
