using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Narplan.Domain.FollowUp;
using Narplan.Web.Infrastructure;

namespace Narplan.Web.Features.FollowUp;

/// <summary>
/// The dashboard as an Excel workbook (issue 20 item 2): one sheet per indicator group, Swedish headings, one row per
/// indicator with the period's value, count and total (and the compared period's), the target and the trend. Values
/// are number cells — shares as fractions formatted as percent, counts and minutes as numbers — and "saknar data" is
/// text in an otherwise empty row, never 0. A group's tables (rounds per unit) follow under its indicators.
/// </summary>
public static class FollowUpXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Export(FollowUpComparison comparison, FollowUpDashboard? compare)
    {
        var current = comparison.Current;
        var previous = comparison.Previous;
        var other = compare ?? previous;
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = new Sheets();
            uint sheetId = 1;
            var usedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var group in current.Groups)
            {
                var otherGroup = other.Groups.FirstOrDefault(g => g.Key == group.Key);
                var previousGroup = previous.Groups.FirstOrDefault(g => g.Key == group.Key);
                var data = new SheetData();
                uint r = 1;
                data.Append(Row(r++, [Text($"{group.Title} – {current.Kommun}", 1)]));
                data.Append(Row(r++, [Text($"Period: {current.Period.Name} ({current.Period.From:yyyy-MM-dd}–{current.Period.To:yyyy-MM-dd}); jämförs med {other.Period.Name}.{(group.Source is { } s ? " Källa: " + s : "")}", 0)]));
                r++;
                data.Append(Row(r++,
                [
                    Text("Indikator", 1), Text(current.Period.Name, 1), Text("Antal", 1), Text("Av", 1),
                    Text(other.Period.Name, 1), Text("Antal", 1), Text("Av", 1), Text("Mål (%)", 1), Text($"Trend mot {previous.Period.Name}", 1), Text("Kommentar", 1),
                ]));
                foreach (var indicator in group.Indicators)
                {
                    var b = otherGroup?.Indicators.FirstOrDefault(i => i.Key == indicator.Key);
                    var trend = Trends.Of(indicator, previousGroup?.Indicators.FirstOrDefault(i => i.Key == indicator.Key));
                    var cells = new List<Cell?> { Text(indicator.Label, 0) };
                    cells.AddRange(Figure(indicator));
                    cells.AddRange(b is null ? [Text(IndicatorText.NoData, 0), null, null] : Figure(b));
                    cells.Add(indicator.TargetPercent is { } t ? Number(t, 0) : null);
                    cells.Add(Text(Trends.Swedish(trend, indicator.HigherIsBetter), 0));
                    cells.Add(indicator.Figure?.Note is { } note ? Text(note, 0) : null);
                    data.Append(Row(r++, [.. cells]));
                }

                foreach (var table in group.TablesOrEmpty)
                {
                    r++;
                    data.Append(Row(r++, [Text($"{table.Title}, {current.Period.Name}", 1)]));
                    data.Append(Row(r++, [.. table.Headings.Select(h => Text(h, 1))]));
                    foreach (var row in table.Rows)
                    {
                        data.Append(Row(r++, [.. row.Select(Cell)]));
                    }
                }

                var part = workbook.AddNewPart<WorksheetPart>();
                var widths = new[] { 60d, 14, 10, 10, 14, 10, 10, 10, 22, 60 };
                part.Worksheet = new Worksheet(
                    new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })),
                    data);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = SheetName(group.Title, usedNames) });
            }

            workbook.Workbook.Append(sheets);
            doc.PackageProperties.Title = $"Gemensam uppföljning {current.Kommun} {current.Period.Name}";
        }

        return stream.ToArray();
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
        null => [Text(IndicatorText.NoData, 0), null, null],
        var f => [
            f.Value is { } v ? indicator.Kind == IndicatorKind.Share ? Fraction(v) : Decimal(v) : Text("–", 0),
            f.Count is { } n ? Number(n, 0) : null,
            f.Total is { } t ? Number(t, 0) : null,
        ],
    };

    private static Cell? Cell(object? value) => value switch
    {
        null => null,
        int i => Number(i, 0),
        long l => Number(l, 0),
        double d => Decimal(d),
        _ => Text(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "", 0),
    };

    private static Row Row(uint index, Cell?[] cells)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < cells.Length; c++)
        {
            if (cells[c] is { } cell)
            {
                cell.CellReference = ColumnName(c) + Invariant.N((long)index);
                row.Append(cell);
            }
        }

        return row;
    }

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));

    private static Cell Text(string text, uint style) => new()
    {
        DataType = CellValues.InlineString,
        StyleIndex = style,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static Cell Number(long value, uint style) => new() { DataType = CellValues.Number, StyleIndex = style, CellValue = new CellValue(Invariant.N(value)) };

    private static Cell Decimal(double value) => new()
    {
        DataType = CellValues.Number,
        StyleIndex = 0,
        CellValue = new CellValue(value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static Cell Fraction(double value) => new()
    {
        DataType = CellValues.Number,
        StyleIndex = 2,
        CellValue = new CellValue(value.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture)),
    };

    // 0 plain, 1 bold, 2 percentage without decimals (built-in 9).
    private static Stylesheet Styles() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true },
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 9, ApplyNumberFormat = true })
        { Count = 3 });
}
