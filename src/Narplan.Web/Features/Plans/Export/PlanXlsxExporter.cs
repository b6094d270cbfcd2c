using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Narplan.Web.Features.Plans.Export;

/// <summary>
/// A plan version's tables as an Excel workbook: for a handlingsplan one sheet with every row
/// (rubrik, delmål, aktivitet, när, ansvar, uppföljning, status, uppföljningsnotering); for a
/// närområdesplan the sheets "Bilaga 1" and "Bilaga 2" with the values as stored (empty, not "–"),
/// so that Bilaga 1 can be edited and read back by the import.
/// </summary>
public static class PlanXlsxExporter
{
    public const string ContentType = Excel.ContentType;

    public static readonly string[] ActionSheetColumns = ["Rubrik", .. PlanDocument.ActionColumns, "Uppföljningsnotering"];

    public static byte[] Export(PlanDocument plan)
    {
        var sheets = plan.Kind == PlanKind.Handlingsplan
            ? [("Handlingsplan", ActionSheetColumns, ActionRows(plan))]
            : new List<(string, string[], IReadOnlyList<string[]>)>
            {
                ("Bilaga 1", PlanDocument.Appendix1Columns, plan.Appendix1.Select(r => new[]
                    { r.Unit, r.UnitType, r.CareCentre ?? "", r.RegularDoctors ?? "", r.Time ?? "", r.MeetingForm ?? "", r.DirectPhone ?? "" }).ToList()),
                ("Bilaga 2", PlanDocument.Appendix2Columns, plan.Appendix2.Select(r => new[] { r.Preschool, r.ChildHealthCentre ?? "" }).ToList()),
            };

        return Excel.Workbook(
            $"{plan.Title} – {plan.Kommun}, version {plan.Version}",
            Excel.Styles(new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 0, ApplyAlignment = true }),
            sheets.Select(s => (s.Item1, Sheet(s.Item2, s.Item3))));
    }

    private static IReadOnlyList<string[]> ActionRows(PlanDocument plan) =>
        plan.Sections.Where(s => s.Content == SectionContent.ActionRows)
            .SelectMany(s => s.Rows.Select(r => new[] { s.Heading, r.Goal, r.Activity, r.When, r.Responsible, r.FollowUp, r.Status.Swedish(), r.FollowUpNote ?? "" }))
            .ToList();

    private static Worksheet Sheet(string[] columns, IReadOnlyList<string[]> rows)
    {
        var widths = columns.Select<string, double>((c, i) => Math.Clamp(rows.Select(r => i < r.Length ? r[i].Length : 0).Append(c.Length).Max() + 2, 8, 60)).ToList();
        var data = new SheetData();
        data.Append(Row(1, columns, header: true));
        for (var r = 0; r < rows.Count; r++)
        {
            data.Append(Row((uint)(r + 2), rows[r], header: false));
        }

        // The heading row stays in view while scrolling.
        var view = new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0, TabSelected = false });
        return new Worksheet(view, Excel.Columns(widths), data);
    }

    // Style 1 is bold (the heading), 2 wraps at the top of the cell; an empty value leaves its cell out.
    private static Row Row(uint index, string[] values, bool header) =>
        Excel.Row(index, [.. values.Select(v => Clean(v) is { Length: > 0 } text ? Excel.Text(text, header ? 1u : 2u) : null)]);

    /// <summary>XML cannot hold most control characters; a cell holds at most 32,767 characters.</summary>
    private static string Clean(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var ch in value)
        {
            if (ch is '\n' or '\t' || !char.IsControl(ch))
            {
                builder.Append(ch);
            }
        }

        return builder.Length > 32_767 ? builder.ToString(0, 32_767) : builder.ToString();
    }
}
