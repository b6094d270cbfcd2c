using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Narplan.Domain.Governance;
using Narplan.Web.Infrastructure;
using NodaTime.Text;

namespace Narplan.Web.Features.Governance;

/// <summary>
/// A year's cost split for närvårdskontoret as an Excel workbook: one row per kommun (code, name, population on the
/// reference date, share of the kommuner's population, kronor), then VGR and the total. Amounts, populations and
/// shares are number cells (not text), so they can be summed in Excel; the share is a fraction shown as a percentage.
/// </summary>
public static class CostSplitXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly string[] Columns = ["Kommunkod", "Kommun", "Folkmängd", "Andel av kommunernas folkmängd", "Belopp (kr)"];

    public static byte[] Export(string delregion, BudgetView view)
    {
        var budget = view.Budget;
        var population = budget.Parts.Sum(p => p.Population);
        var data = new SheetData();
        uint r = 1;
        data.Append(Row(r++, [Text($"Kostnadsfördelning för närvårdskontoret {budget.Year} – {delregion}", 1)]));
        data.Append(Row(r++, [Text($"Folkmängd den {LocalDatePattern.Iso.Format(view.Population.ReferenceDate)}. Källa: {Source(view.Population)}", 0)]));
        r++;
        data.Append(Row(r++, [.. Columns.Select(c => Text(c, 1))]));
        foreach (var part in budget.Parts.OrderBy(p => p.KommunCode, StringComparer.Ordinal))
        {
            data.Append(Row(r++,
            [
                Text(part.KommunCode, 0), Text(part.Name, 0), Number(part.Population, 2),
                Fraction(population == 0 ? 0 : (double)part.Population / population), Number(part.Kronor, 2),
            ]));
        }

        data.Append(Row(r++, [Text("", 0), Text("Kommunerna tillsammans", 1), Number(population, 2), Fraction(1), Number(budget.Parts.Sum(p => p.Kronor), 2)]));
        data.Append(Row(r++, [Text("", 0), Text("Västra Götalandsregionen", 1), null, null, Number(budget.RegionKronor, 2)]));
        data.Append(Row(r, [Text("", 0), Text("Totalt", 1), null, null, Number(budget.TotalKronor, 2)]));

        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var part = workbook.AddNewPart<WorksheetPart>();
            var widths = new[] { 12d, 28, 14, 30, 16 };
            part.Worksheet = new Worksheet(
                new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })),
                data);
            workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = $"Fördelning {budget.Year}" }));
            doc.PackageProperties.Title = $"Kostnadsfördelning närvårdskontoret {budget.Year} – {delregion}";
        }

        return stream.ToArray();
    }

    public static string Source(PopulationVersion version) =>
        version.Invented ? $"påhittade värden{(version.Source.Length > 0 ? " – " + version.Source : "")}" : version.Source;

    private static Row Row(uint index, Cell?[] cells)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < cells.Length; c++)
        {
            if (cells[c] is { } cell)
            {
                cell.CellReference = (char)('A' + c) + Invariant.N((long)index);
                row.Append(cell);
            }
        }

        return row;
    }

    private static Cell Text(string text, uint style) => new()
    {
        DataType = CellValues.InlineString,
        StyleIndex = style,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static Cell Number(long value, uint style) => new() { DataType = CellValues.Number, StyleIndex = style, CellValue = new CellValue(Invariant.N(value)) };

    private static Cell Fraction(double value) => new()
    {
        DataType = CellValues.Number,
        StyleIndex = 3,
        CellValue = new CellValue(value.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture)),
    };

    // 0 plain, 1 bold, 2 whole number with thousands separator (#,##0 = built-in 3), 3 percentage with two decimals (built-in 10).
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
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 3, ApplyNumberFormat = true },
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 10, ApplyNumberFormat = true })
        { Count = 4 });
}
