using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Narplan.Domain.Plans;

using Narplan.Web.Infrastructure;

namespace Narplan.Web.Features.Plans.Export;

/// <summary>
/// A plan version's tables as an Excel workbook: for a handlingsplan one sheet with every row
/// (rubrik, delmål, aktivitet, när, ansvar, uppföljning, status, uppföljningsnotering); for a
/// närområdesplan the sheets "Bilaga 1" and "Bilaga 2" with the values as stored (empty, not "–"),
/// so that Bilaga 1 can be edited and read back by the import.
/// </summary>
public static class PlanXlsxExporter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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

        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheetList = new Sheets();
            uint id = 1;
            foreach (var (name, columns, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(columns, rows);
                sheetList.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }

            workbook.Workbook.Append(sheetList);
            doc.PackageProperties.Title = $"{plan.Title} – {plan.Kommun}, version {plan.Version}";
        }

        return stream.ToArray();
    }

    private static IReadOnlyList<string[]> ActionRows(PlanDocument plan) =>
        plan.Sections.Where(s => s.Content == SectionContent.ActionRows)
            .SelectMany(s => s.Rows.Select(r => new[] { s.Heading, r.Goal, r.Activity, r.When, r.Responsible, r.FollowUp, r.Status.Swedish(), r.FollowUpNote ?? "" }))
            .ToList();

    private static Worksheet Sheet(string[] columns, IReadOnlyList<string[]> rows)
    {
        var widths = columns.Select((c, i) => Math.Clamp(rows.Select(r => i < r.Length ? r[i].Length : 0).Append(c.Length).Max() + 2, 8, 60)).ToList();
        var cols = new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true }));
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
        return new Worksheet(view, cols, data);
    }

    private static Row Row(uint index, string[] values, bool header)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < values.Length; c++)
        {
            var text = Clean(values[c]);
            if (text.Length == 0)
            {
                continue;
            }

            row.Append(new Cell
            {
                CellReference = ColumnLetter(c) + Invariant.N(index),
                DataType = CellValues.InlineString,
                StyleIndex = header ? 1u : 2u,
                InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        return row;
    }

    private static string ColumnLetter(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + index / 26 - 1)}{(char)('A' + index % 26)}";

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

    private static Stylesheet Stylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 0, ApplyAlignment = true })
        { Count = 3 });
}
