using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Narplan.Domain.Places;
using Narplan.Domain.PlaceReports;
using Narplan.Web.Infrastructure;
using NodaTime.Text;

namespace Narplan.Web.Features.PlaceReports;

/// <summary>
/// The monthly place report as files (decision 0083). XLSX: a title, the day counted, one row per unit under its
/// vårdcentral with a sum per vårdcentral and the kommun's total; places are number cells. CSV for Swedish Excel: UTF-8
/// with a byte-order mark (so Excel reads å, ä, ö), semicolon as separator (Excel's list separator in Swedish), CRLF line
/// ends, one row per unit and no sum rows (so the file can be filtered and summed as it is), dates as ÅÅÅÅ-MM-DD,
/// whole numbers without thousands separators, a field quoted when it holds a semicolon, quote or line break, and a
/// text starting with = + - @ prefixed with an apostrophe so Excel never runs it as a formula.
/// </summary>
public static class PlaceReportFiles
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string CsvContentType = "text/csv; charset=utf-8";

    public static readonly string[] CsvColumns = ["Månad", "Räknat den", "Kommun", "Vårdcentral", "Enhet", "Enhetstyp", "Platser"];

    public static string FileName(PlaceReport report, string extension) =>
        $"platsrapport-{Slug(report.Kommun)}-{YearMonthPattern.Iso.Format(report.Month)}.{extension}";

    public static byte[] Csv(PlaceReport report)
    {
        var text = new StringBuilder();
        text.Append(string.Join(';', CsvColumns)).Append("\r\n");
        var month = YearMonthPattern.Iso.Format(report.Month);
        var day = LocalDatePattern.Iso.Format(report.CountedOn);
        foreach (var centre in report.Centres)
        {
            foreach (var unit in centre.Units)
            {
                text.Append(string.Join(';', month, day, Field(report.Kommun), Field(centre.CareCentre), Field(unit.Unit), Field(unit.Type.Swedish()), Invariant.N(unit.Places)))
                    .Append("\r\n");
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx(PlaceReport report)
    {
        var data = new SheetData();
        uint r = 1;
        data.Append(Row(r++, [Text($"Platser för läkarmedverkan – {report.Kommun}, {PlaceReportMonth.Swedish(report.Month)}", 1)]));
        data.Append(Row(r++, [Text($"Antal platser i särskilt boende, LSS-bostad och korttidsboende den {LocalDatePattern.Iso.Format(report.CountedOn)}, månadens sista dag.", 0)]));
        r++;
        data.Append(Row(r++, [Text("Vårdcentral", 1), Text("Enhet", 1), Text("Enhetstyp", 1), Text("Platser", 1)]));
        foreach (var centre in report.Centres)
        {
            foreach (var unit in centre.Units)
            {
                data.Append(Row(r++, [Text(centre.CareCentre, 0), Text(unit.Unit, 0), Text(unit.Type.Swedish(), 0), Number(unit.Places, 0)]));
            }

            data.Append(Row(r++, [Text($"Summa {centre.CareCentre}", 1), null, null, Number(centre.Places, 1)]));
        }

        data.Append(Row(r, [Text($"Totalt {report.Kommun}", 1), null, null, Number(report.Places, 1)]));

        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var part = workbook.AddNewPart<WorksheetPart>();
            var widths = new[] { 40d, 34, 34, 10 };
            part.Worksheet = new Worksheet(
                new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })),
                data);
            workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = $"Platser {YearMonthPattern.Iso.Format(report.Month)}" }));
            doc.PackageProperties.Title = $"Platsrapport {report.Kommun} {YearMonthPattern.Iso.Format(report.Month)}";
        }

        return stream.ToArray();
    }

    private static string Field(string text)
    {
        var value = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
        return value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string Slug(string name)
    {
        var map = name.ToLowerInvariant().Replace('å', 'a').Replace('ä', 'a').Replace('ö', 'o');
        var slug = new string([.. map.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        return slug.Length == 0 ? "kommun" : slug;
    }

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

    private static Cell Number(int value, uint style) => new() { DataType = CellValues.Number, StyleIndex = style, CellValue = new CellValue(Invariant.N(value)) };

    // 0 plain, 1 bold.
    private static Stylesheet Styles() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true })
        { Count = 2 });
}
