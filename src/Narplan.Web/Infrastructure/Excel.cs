using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Narplan.Web.Infrastructure;

/// <summary>
/// The pieces every Excel export writes the same way (cost split, place report, follow-up, plan tables): the workbook
/// with its styles and sheets, rows whose cells carry their A1 reference, inline text cells (so no shared-string table
/// is needed) and number cells written with the invariant culture (Excel reads a point, whatever the user's language).
/// Style 0 is plain and 1 bold in every sheet written through <see cref="Styles"/>; the exporter adds its own number
/// formats after those two.
/// </summary>
public static class Excel
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A workbook with <paramref name="styles"/> and the sheets in order (sheet ids from 1).</summary>
    public static byte[] Workbook(string title, Stylesheet styles, IEnumerable<(string Name, Worksheet Sheet)> sheets)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = styles;
            var list = new Sheets();
            uint id = 1;
            foreach (var (name, sheet) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = sheet;
                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }

            workbook.Workbook.Append(list);
            doc.PackageProperties.Title = title;
        }

        return stream.ToArray();
    }

    /// <summary>A sheet of <paramref name="data"/> with fixed column widths (in characters), first column first.</summary>
    public static Worksheet Sheet(IEnumerable<double> widths, SheetData data) => new(Columns(widths), data);

    public static Columns Columns(IEnumerable<double> widths) =>
        new(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true }));

    /// <summary>Row <paramref name="index"/> (from 1); a null cell leaves that column empty.</summary>
    public static Row Row(uint index, params Cell?[] cells)
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

    /// <summary>A, B, …, Z, AA, AB, … for the column at <paramref name="index"/> (from 0).</summary>
    public static string ColumnName(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));

    public static Cell Text(string text, uint style) => new()
    {
        DataType = CellValues.InlineString,
        StyleIndex = style,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
    };

    public static Cell Number(long value, uint style) =>
        new() { DataType = CellValues.Number, StyleIndex = style, CellValue = new CellValue(Invariant.N(value)) };

    /// <summary>A number cell with at most as many decimals as <paramref name="format"/> allows ("0.##").</summary>
    public static Cell Number(double value, string format, uint style) => new()
    {
        DataType = CellValues.Number,
        StyleIndex = style,
        CellValue = new CellValue(value.ToString(format, System.Globalization.CultureInfo.InvariantCulture)),
    };

    /// <summary>Calibri 11: style 0 plain, 1 bold, then <paramref name="more"/> from style 2 on.</summary>
    public static Stylesheet Styles(params CellFormat[] more) => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new[]
            {
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
                new CellFormat { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true },
            }.Concat(more))
        { Count = (uint)(2 + more.Length) });

    /// <summary>A plain cell shown with Excel's built-in number format <paramref name="id"/> (3 = #,##0, 9 = 0 %, 10 = 0.00 %).</summary>
    public static CellFormat NumberFormat(uint id) =>
        new() { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = id, ApplyNumberFormat = true };
}
