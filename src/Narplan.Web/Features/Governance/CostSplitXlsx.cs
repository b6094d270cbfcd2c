using DocumentFormat.OpenXml.Spreadsheet;

namespace Narplan.Web.Features.Governance;

/// <summary>
/// A year's cost split for närvårdskontoret as an Excel workbook: one row per kommun (code, name, population on the
/// reference date, share of the kommuner's population, kronor), then VGR and the total. Amounts, populations and
/// shares are number cells (not text), so they can be summed in Excel; the share is a fraction shown as a percentage.
/// </summary>
public static class CostSplitXlsx
{
    public const string ContentType = Excel.ContentType;

    public static readonly string[] Columns = ["Kommunkod", "Kommun", "Folkmängd", "Andel av kommunernas folkmängd", "Belopp (kr)"];

    public static byte[] Export(string delregion, BudgetView view)
    {
        var budget = view.Budget;
        var population = budget.Parts.Sum(p => p.Population);
        var data = new SheetData();
        uint r = 1;
        data.Append(Excel.Row(r++, [Excel.Text($"Kostnadsfördelning för närvårdskontoret {budget.Year} – {delregion}", 1)]));
        data.Append(Excel.Row(r++, [Excel.Text($"Folkmängd den {LocalDatePattern.Iso.Format(view.Population.ReferenceDate)}. Källa: {Source(view.Population)}", 0)]));
        r++;
        data.Append(Excel.Row(r++, [.. Columns.Select(c => Excel.Text(c, 1))]));
        foreach (var part in budget.Parts.OrderBy(p => p.KommunCode, StringComparer.Ordinal))
        {
            data.Append(Excel.Row(r++,
            [
                Excel.Text(part.KommunCode, 0), Excel.Text(part.Name, 0), Excel.Number(part.Population, 2),
                Fraction(population == 0 ? 0 : (double)part.Population / population), Excel.Number(part.Kronor, 2),
            ]));
        }

        data.Append(Excel.Row(r++, [Excel.Text("", 0), Excel.Text("Kommunerna tillsammans", 1), Excel.Number(population, 2), Fraction(1), Excel.Number(budget.Parts.Sum(p => p.Kronor), 2)]));
        data.Append(Excel.Row(r++, [Excel.Text("", 0), Excel.Text("Västra Götalandsregionen", 1), null, null, Excel.Number(budget.RegionKronor, 2)]));
        data.Append(Excel.Row(r, [Excel.Text("", 0), Excel.Text("Totalt", 1), null, null, Excel.Number(budget.TotalKronor, 2)]));

        return Excel.Workbook(
            $"Kostnadsfördelning närvårdskontoret {budget.Year} – {delregion}",
            Excel.Styles(Excel.NumberFormat(3), Excel.NumberFormat(10)),
            [($"Fördelning {budget.Year}", Excel.Sheet([12d, 28, 14, 30, 16], data))]);
    }

    public static string Source(PopulationVersion version) =>
        version.Invented ? $"påhittade värden{(version.Source.Length > 0 ? " – " + version.Source : "")}" : version.Source;

    // 2 whole number with thousands separator (#,##0 = built-in 3), 3 percentage with two decimals (built-in 10).
    private static Cell Fraction(double value) => Excel.Number(value, "0.######", 3);
}
