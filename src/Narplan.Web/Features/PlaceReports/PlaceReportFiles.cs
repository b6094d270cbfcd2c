using DocumentFormat.OpenXml.Spreadsheet;

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
    public const string XlsxContentType = Excel.ContentType;

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
        data.Append(Excel.Row(r++, [Excel.Text($"Platser för läkarmedverkan – {report.Kommun}, {PlaceReportMonth.Swedish(report.Month)}", 1)]));
        data.Append(Excel.Row(r++, [Excel.Text($"Antal platser i särskilt boende, LSS-bostad och korttidsboende den {LocalDatePattern.Iso.Format(report.CountedOn)}, månadens sista dag.", 0)]));
        r++;
        data.Append(Excel.Row(r++, [Excel.Text("Vårdcentral", 1), Excel.Text("Enhet", 1), Excel.Text("Enhetstyp", 1), Excel.Text("Platser", 1)]));
        foreach (var centre in report.Centres)
        {
            foreach (var unit in centre.Units)
            {
                data.Append(Excel.Row(r++, [Excel.Text(centre.CareCentre, 0), Excel.Text(unit.Unit, 0), Excel.Text(unit.Type.Swedish(), 0), Excel.Number(unit.Places, 0)]));
            }

            data.Append(Excel.Row(r++, [Excel.Text($"Summa {centre.CareCentre}", 1), null, null, Excel.Number(centre.Places, 1)]));
        }

        data.Append(Excel.Row(r, [Excel.Text($"Totalt {report.Kommun}", 1), null, null, Excel.Number(report.Places, 1)]));

        return Excel.Workbook(
            $"Platsrapport {report.Kommun} {YearMonthPattern.Iso.Format(report.Month)}",
            Excel.Styles(),
            [($"Platser {YearMonthPattern.Iso.Format(report.Month)}", Excel.Sheet([40d, 34, 34, 10], data))]);
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
}
