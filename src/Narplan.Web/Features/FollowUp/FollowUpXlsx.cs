using DocumentFormat.OpenXml.Spreadsheet;

namespace Narplan.Web.Features.FollowUp;

/// <summary>
/// The dashboard as an Excel workbook (issue 20 item 2): one sheet per indicator group, Swedish headings, one row per
/// indicator with the period's value, count and total (and the compared period's), the target and the trend. Values
/// are number cells — shares as fractions formatted as percent, counts and minutes as numbers — and "saknar data" is
/// text in an otherwise empty row, never 0. A group's tables (rounds per unit) follow under its indicators.
/// </summary>
public static class FollowUpXlsx
{
    public const string ContentType = Excel.ContentType;

    public static byte[] Export(FollowUpComparison comparison, FollowUpDashboard? compare)
    {
        var current = comparison.Current;
        var previous = comparison.Previous;
        var other = compare ?? previous;
        var sheets = new List<(string, Worksheet)>();
        var usedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in current.Groups)
        {
            var otherGroup = other.Groups.FirstOrDefault(g => g.Key == group.Key);
            var previousGroup = previous.Groups.FirstOrDefault(g => g.Key == group.Key);
            var data = new SheetData();
            uint r = 1;
            data.Append(Excel.Row(r++, [Excel.Text($"{group.Title} – {current.Kommun}", 1)]));
            data.Append(Excel.Row(r++, [Excel.Text($"Period: {current.Period.Name} ({current.Period.From:yyyy-MM-dd}–{current.Period.To:yyyy-MM-dd}); jämförs med {other.Period.Name}.{(group.Source is { } s ? " Källa: " + s : "")}", 0)]));
            r++;
            data.Append(Excel.Row(r++,
            [
                Excel.Text("Indikator", 1), Excel.Text(current.Period.Name, 1), Excel.Text("Antal", 1), Excel.Text("Av", 1),
                Excel.Text(other.Period.Name, 1), Excel.Text("Antal", 1), Excel.Text("Av", 1), Excel.Text("Mål (%)", 1), Excel.Text($"Trend mot {previous.Period.Name}", 1), Excel.Text("Kommentar", 1),
            ]));
            foreach (var indicator in group.Indicators)
            {
                var b = otherGroup?.Indicators.FirstOrDefault(i => i.Key == indicator.Key);
                var trend = Trends.Of(indicator, previousGroup?.Indicators.FirstOrDefault(i => i.Key == indicator.Key));
                var cells = new List<Cell?> { Excel.Text(indicator.Label, 0) };
                cells.AddRange(Figure(indicator));
                cells.AddRange(b is null ? [Excel.Text(IndicatorText.NoData, 0), null, null] : Figure(b));
                cells.Add(indicator.TargetPercent is { } t ? Excel.Number(t, 0) : null);
                cells.Add(Excel.Text(Trends.Swedish(trend, indicator.HigherIsBetter), 0));
                cells.Add(indicator.Figure?.Note is { } note ? Excel.Text(note, 0) : null);
                data.Append(Excel.Row(r++, [.. cells]));
            }

            foreach (var table in group.TablesOrEmpty)
            {
                r++;
                data.Append(Excel.Row(r++, [Excel.Text($"{table.Title}, {current.Period.Name}", 1)]));
                data.Append(Excel.Row(r++, [.. table.Headings.Select(h => Excel.Text(h, 1))]));
                foreach (var row in table.Rows)
                {
                    data.Append(Excel.Row(r++, [.. row.Select(Cell)]));
                }
            }

            sheets.Add((SheetName(group.Title, usedNames), Excel.Sheet([60d, 14, 10, 10, 14, 10, 10, 10, 22, 60], data)));
        }

        return Excel.Workbook($"Gemensam uppföljning {current.Kommun} {current.Period.Name}", Excel.Styles(Excel.NumberFormat(9)), sheets);
    }

    /// <summary>Excel's rules: at most 31 characters, none of : \ / ? * [ ], unique ignoring case.</summary>
    public static string SheetName(string title, ISet<string> used)
    {
        var clean = new string([.. title.Select(c => ":\\/?*[]".Contains(c) ? '-' : c)]).Trim();
        // Cut at the last word that fits, without a dangling dash.
        var name = clean.Length <= 31 ? clean : (clean[..31].LastIndexOf(' ') is > 10 and var space ? clean[..space] : clean[..31]).TrimEnd(' ', '–', '-', ',');
        var n = 2;
        while (!used.Add(name))
        {
            var suffix = $" {n++}";
            name = (clean.Length > 31 - suffix.Length ? clean[..(31 - suffix.Length)] : clean).TrimEnd() + suffix;
        }

        return name;
    }

    private static IEnumerable<Cell?> Figure(Indicator indicator) => indicator.Figure switch
    {
        null => [Excel.Text(IndicatorText.NoData, 0), null, null],
        var f => [
            f.Value is { } v ? indicator.Kind == IndicatorKind.Share ? Fraction(v) : Excel.Number(v, "0.##", 0) : Excel.Text("–", 0),
            f.Count is { } n ? Excel.Number(n, 0) : null,
            f.Total is { } t ? Excel.Number(t, 0) : null,
        ],
    };

    private static Cell? Cell(object? value) => value switch
    {
        null => null,
        int i => Excel.Number(i, 0),
        long l => Excel.Number(l, 0),
        double d => Excel.Number(d, "0.##", 0),
        _ => Excel.Text(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "", 0),
    };

    // 2 percentage without decimals (built-in 9).
    private static Cell Fraction(double value) => Excel.Number(value, "0.######", 2);
}
