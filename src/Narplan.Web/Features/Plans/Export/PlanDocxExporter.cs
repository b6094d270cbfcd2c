using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Narplan.Web.Features.Plans.Export;

/// <summary>
/// Writes a plan version as a Word document: the template's headings as real Heading 1–3 styles,
/// a table-of-contents field (pre-filled with the headings and PAGEREF page numbers; Word is asked to update fields on
/// opening), Bilaga
/// 1 and 2 and the handlingsplan rows as Word tables, a signatures block, and a header with the
/// närområde and the version. Valid against the Open XML SDK validator.
/// </summary>
public static class PlanDocxExporter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Export(PlanDocument plan)
    {
        using var stream = new MemoryStream();
        Write(plan, stream);
        return stream.ToArray();
    }

    public static void Write(PlanDocument plan, Stream stream)
    {
        using var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        AddStyles(main);
        // Word asks to update the fields when the file is opened, so the table of contents gets its page numbers (issue 18).
        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(Para(plan.HeaderText, "Header"));
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = JustificationValues.Right }),
            new Run(new Text("Sida ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("1")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })));

        var body = new Body();
        TitlePage(plan, body);
        TableOfContents(plan, body);
        var bookmark = 0;
        foreach (var section in plan.Sections)
        {
            var heading = Para(section.Heading, $"Heading{section.Level}");
            if (section.Level <= 3)
            {
                // The bookmark the table of contents' PAGEREF points at, as Word writes its own _Toc bookmarks.
                var id = Invariant.N(bookmark);
                heading.InsertAfter(new BookmarkStart { Id = id, Name = TocBookmark(bookmark) }, heading.ParagraphProperties);
                heading.Append(new BookmarkEnd { Id = id });
                bookmark++;
            }

            body.Append(heading);
            AppendMarkdown(body, section.Text);
            foreach (var block in plan.Structured(section))
            {
                AppendBlock(body, block);
            }

            switch (section.Content)
            {
                case SectionContent.Signatories:
                    Signatures(plan, body);
                    break;
                case SectionContent.Appendix1:
                    body.Append(Table(PlanDocument.Appendix1Columns, plan.Appendix1.Select(PlanDocument.Cells), "Bilaga 1 har inga enheter.",
                        keepWhole: PlanDocument.Appendix1Columns.Select(c => c == "Direktnummer").ToArray()));
                    break;
                case SectionContent.Appendix2:
                    body.Append(Table(PlanDocument.Appendix2Columns, plan.Appendix2.Select(PlanDocument.Cells), "Bilaga 2 har inga förskolor."));
                    break;
                case SectionContent.ActionRows:
                    body.Append(Table(PlanDocument.ActionColumns, section.Rows.Select(PlanDocument.Cells), "Inga rader."));
                    break;
            }
        }

        body.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1418, Right = 1134U, Bottom = 1418, Left = 1134U, Header = 709U, Footer = 709U, Gutter = 0U }));
        main.Document = new Document(body);
        doc.PackageProperties.Title = $"{plan.Title} – version {plan.Version}";
        doc.PackageProperties.Creator = "Närplan";
        doc.PackageProperties.Language = "sv-SE";
    }

    private static void TitlePage(PlanDocument plan, Body body)
    {
        body.Append(Para(plan.Title, "Title"));
        if (plan.Kind == PlanKind.Naromradesplan)
        {
            body.Append(Para("För Hälso- och sjukvård och angränsande socialtjänst", "Subtitle"));
            body.Append(Para($"Planen gäller för Närområde {plan.Kommun} med följande ingående parter"));
        }
        else
        {
            body.Append(Para($"{plan.Kommun} kommun, {plan.Region}", "Subtitle"));
        }

        foreach (var party in plan.Details.Parties)
        {
            body.Append(Para(party.Name, "ListParagraph"));
        }

        body.Append(Para($"Version {plan.Version} · {plan.Status.Swedish()}" +
            (plan.Details.ValidFrom is { } from ? $" · gäller från {PlanDocument.Date(from)} och tillsvidare" : "") +
            (plan.FixedOn is { } f ? $" · fastställd {PlanDocument.Date(f)}" : "") +
            (plan.Details.YearlyFollowUp is { } y ? $" · årlig uppföljning {PlanDocument.Date(y)}" : "")));
    }

    private static string TocBookmark(int index) => $"_Toc{Invariant.N(100000 + index)}";

    /// <summary>
    /// The TOC field, pre-filled as Word fills it: each heading with a dotted tab and a PAGEREF to the heading's bookmark,
    /// so LibreOffice shows the page numbers at once and Word fills them when it updates the fields on opening.
    /// </summary>
    private static void TableOfContents(PlanDocument plan, Body body)
    {
        body.Append(Para("Innehåll", "TOCHeading"));
        var headings = plan.Sections.Where(s => s.Level <= 3).ToList();
        for (var i = 0; i < headings.Count; i++)
        {
            var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = $"TOC{headings[i].Level}" }));
            if (i == 0)
            {
                p.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }));
                p.Append(new Run(new FieldCode(" TOC \\o \"1-3\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }));
                p.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            }

            var link = new Hyperlink { Anchor = TocBookmark(i), History = true };
            link.Append(new Run(new Text(XmlSafe(headings[i].Heading)) { Space = SpaceProcessingModeValues.Preserve }));
            link.Append(new Run(new TabChar()));
            link.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }));
            link.Append(new Run(new FieldCode($" PAGEREF {TocBookmark(i)} \\h ") { Space = SpaceProcessingModeValues.Preserve }));
            link.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            // No cached number: LibreOffice shows the TOC as stored until its index is updated, and a made-up "1" would
            // be wrong; Word fills the numbers when it updates the fields on opening.
            link.Append(new Run(new Text("")));
            link.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            p.Append(link);
            if (i == headings.Count - 1)
            {
                p.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            }

            body.Append(p);
        }

        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
    }

    private static void Signatures(PlanDocument plan, Body body)
    {
        body.Append(Table(PlanDocument.SignatureColumns, plan.SignatureBlock.Select(PlanDocument.Cells), "Inga undertecknare är angivna."));
        if (plan.Details.Updated is { } updated)
        {
            body.Append(Para($"Uppdaterad: {PlanDocument.Date(updated)}"));
        }
    }

    private static void AppendBlock(Body body, StructuredBlock block)
    {
        for (var i = 0; i < block.Items.Count; i++)
        {
            var text = block.Kind switch
            {
                StructuredKind.Bullets => "• " + block.Items[i],
                StructuredKind.Numbered => $"{i + 1}. {block.Items[i]}",
                _ => block.Items[i],
            };
            body.Append(Para(text, block.Kind == StructuredKind.Lines ? null : "ListParagraph"));
        }
    }

    private static void AppendMarkdown(Body body, string text)
    {
        foreach (var block in PlanMarkdown.Parse(text))
        {
            AppendMarkdownBlock(body, block, 0);
        }
    }

    private static void AppendMarkdownBlock(Body body, Block block, int depth)
    {
        switch (block)
        {
            case HeadingBlock h:
                body.Append(InlinePara(h.Inline, null, bold: true));
                break;
            case ParagraphBlock p:
                body.Append(InlinePara(p.Inline, depth > 0 ? "ListParagraph" : null));
                break;
            case ListBlock list:
                foreach (var (marker, child) in MarkdownListItems.Of(list))
                {
                    if (marker is not null && child is ParagraphBlock para)
                    {
                        var paragraph = InlinePara(para.Inline, "ListParagraph", prefix: marker);
                        paragraph.ParagraphProperties!.Append(new Indentation { Left = Invariant.N(360 * (depth + 1)), Hanging = "280" });
                        body.Append(paragraph);
                    }
                    else
                    {
                        AppendMarkdownBlock(body, child, depth + 1);
                    }
                }

                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    AppendMarkdownBlock(body, child, depth + 1);
                }

                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                body.Append(Para(leaf.Lines.ToString()));
                break;
        }
    }

    private static Paragraph InlinePara(ContainerInline? inline, string? style, bool bold = false, string? prefix = null)
    {
        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style ?? "Normal" }));
        if (prefix is not null)
        {
            p.Append(TextRun(prefix, false, false));
        }

        if (inline is not null)
        {
            AppendInlines(p, inline, bold, false);
        }

        return p;
    }

    private static void AppendInlines(Paragraph p, ContainerInline container, bool bold, bool italic)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    p.Append(TextRun(literal.Content.ToString(), bold, italic));
                    break;
                case CodeInline code:
                    p.Append(TextRun(code.Content, bold, italic));
                    break;
                case EmphasisInline emphasis:
                    AppendInlines(p, emphasis, bold || emphasis.DelimiterCount >= 2, italic || emphasis.DelimiterCount == 1);
                    break;
                case LinkInline link:
                    AppendInlines(p, link, bold, italic);
                    if (link.Url is { } url && !url.StartsWith("tel:", StringComparison.Ordinal))
                    {
                        p.Append(TextRun($" ({url})", bold, italic));
                    }

                    break;
                case AutolinkInline auto:
                    p.Append(TextRun(auto.Url, bold, italic));
                    break;
                case LineBreakInline:
                    p.Append(new Run(new Break()));
                    break;
                case ContainerInline nested:
                    AppendInlines(p, nested, bold, italic);
                    break;
            }
        }
    }

    private static Run TextRun(string text, bool bold, bool italic)
    {
        var run = new Run();
        if (bold || italic)
        {
            var props = new RunProperties();
            if (bold)
            {
                props.Append(new Bold());
            }

            if (italic)
            {
                props.Append(new Italic());
            }

            run.Append(props);
        }

        run.Append(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static Paragraph Para(string text, string? style = null)
    {
        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style ?? "Normal" }));
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new Run();
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(XmlSafe(lines[i])) { Space = SpaceProcessingModeValues.Preserve });
            p.Append(run);
        }

        return p;
    }

    // The text area of an A4 page between the margins, in twentieths of a point.
    private const int TextWidth = 9638;

    // Left and right cell margins of the table style.
    private const int CellMargins = 160;

    private static OpenXmlElement Table(IReadOnlyList<string> columns, IEnumerable<string[]> rows, string emptyText, bool[]? keepWhole = null)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return Para(emptyText);
        }

        keepWhole ??= new bool[columns.Count];
        var (widths, halfPoints) = ColumnWidths(columns, list, keepWhole);
        var table = new Table(new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Width = Invariant.N(TextWidth), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0" }));
        var grid = new TableGrid();
        foreach (var width in widths)
        {
            grid.Append(new GridColumn { Width = Invariant.N(width) });
        }

        table.Append(grid);
        table.Append(Row(columns, header: true, widths, halfPoints, new bool[columns.Count]));
        foreach (var row in list)
        {
            table.Append(Row(row, header: false, widths, halfPoints, keepWhole));
        }

        return table;
    }

    /// <summary>
    /// Column widths in twips and the type size in half-points: every column at least as wide as its longest word, at the
    /// largest size from 9 pt down to 7 pt where that fits, so Word and LibreOffice never break a word in the middle
    /// (issue 18). Words are measured in DejaVu Sans, wider than Calibri and its stand-ins, so the estimate is safe.
    /// </summary>
    internal static (int[] Widths, int HalfPoints) ColumnWidths(IReadOnlyList<string> columns, IReadOnlyList<string[]> rows, bool[] keepWhole)
    {
        PdfFonts.EnsureResolver();
        using var measure = PdfSharp.Drawing.XGraphics.CreateMeasureContext(
            new PdfSharp.Drawing.XSize(2000, 2000), PdfSharp.Drawing.XGraphicsUnit.Point, PdfSharp.Drawing.XPageDirection.Downwards);
        // Room for the rest of each column by how much text it holds.
        var weights = columns.Select((c, i) => Math.Max(4.0, rows.Select(r => (double)r[i].Length).DefaultIfEmpty(0).Average())).ToArray();
        for (var halfPoints = 18; halfPoints >= 14; halfPoints--)
        {
            var regular = new PdfSharp.Drawing.XFont(PdfFonts.Family, halfPoints / 2.0, PdfSharp.Drawing.XFontStyleEx.Regular);
            var bold = new PdfSharp.Drawing.XFont(PdfFonts.Family, halfPoints / 2.0, PdfSharp.Drawing.XFontStyleEx.Bold);
            var points = PlanPdfExporter.FitColumns(columns, rows, weights, (TextWidth - CellMargins * columns.Count) / 20.0, keepWhole,
                (word, header) => measure.MeasureString(word, header ? bold : regular).Width, 0);
            if (points is not null)
            {
                return (points.Select(p => (int)Math.Floor(p * 20) + CellMargins).ToArray(), halfPoints);
            }
        }

        return (columns.Select(_ => TextWidth / columns.Count).ToArray(), 14);
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool header, int[] widths, int halfPoints, bool[] keepWhole)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            // A phone number is kept on one line with no-break spaces.
            var p = Para(keepWhole[i] ? cells[i].Replace(' ', '\u00A0') : cells[i], "TableText");
            foreach (var run in p.Elements<Run>())
            {
                var props = new RunProperties();
                if (header)
                {
                    props.Append(new Bold());
                }

                props.Append(new FontSize { Val = Invariant.N(halfPoints) });
                run.PrependChild(props);
            }

            row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Width = Invariant.N(widths[i]), Type = TableWidthUnitValues.Dxa }), p));
        }

        return row;
    }

    /// <summary>Characters XML 1.0 cannot carry (pasted control characters) are dropped.</summary>
    private static string XmlSafe(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            ? new string(text.Where(c => !char.IsControl(c) || c is '\t').ToArray())
            : text;

    private static void AddStyles(MainDocumentPart main)
    {
        var stylesPart = main.AddNewPart<StyleDefinitionsPart>();
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                    new FontSize { Val = "22" }, new Languages { Val = "sv-SE" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            Style("Normal", "Normal", null, isDefault: true),
            Style("Title", "Title", "Normal", size: 48, bold: true, after: 240),
            Style("Subtitle", "Subtitle", "Normal", size: 28, after: 240),
            Heading(1, 32), Heading(2, 26), Heading(3, 23),
            Style("TOCHeading", "TOC Heading", "Normal", size: 32, bold: true, after: 120),
            Toc(1), Toc(2), Toc(3),
            Style("ListParagraph", "List Paragraph", "Normal", after: 60),
            Style("TableText", "Table Text", "Normal", size: 18, after: 0),
            Style("Header", "header", "Normal", size: 18, after: 0),
            Style("Footer", "footer", "Normal", size: 18, after: 0),
            new Style(
                new StyleName { Val = "Table Grid" },
                new BasedOn { Val = "TableNormal" },
                new StyleTableProperties(new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4U }, new LeftBorder { Val = BorderValues.Single, Size = 4U },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U }, new RightBorder { Val = BorderValues.Single, Size = 4U },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U }),
                    new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = "TableGrid" },
            new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
                new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa }))
            { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
        stylesPart.Styles = styles;
    }

    private static Style Heading(int level, int size)
    {
        var style = Style($"Heading{level}", $"heading {level}", "Normal", size: size, bold: true, after: 120, before: level == 1 ? 360 : 240);
        style.StyleParagraphProperties!.PrependChild(new KeepNext());
        style.StyleParagraphProperties!.Append(new OutlineLevel { Val = level - 1 });
        style.InsertAfter(new NextParagraphStyle { Val = "Normal" }, style.GetFirstChild<BasedOn>());
        return style;
    }

    private static Style Toc(int level)
    {
        var style = Style($"TOC{level}", $"toc {level}", "Normal", after: 60);
        style.StyleParagraphProperties!.PrependChild(new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = TextWidth }));
        style.StyleParagraphProperties!.Append(new Indentation { Left = Invariant.N((level - 1) * 240) });
        return style;
    }

    private static Style Style(string id, string name, string? basedOn, bool isDefault = false, int? size = null, bool bold = false, int? after = null, int? before = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle());
        var pPr = new StyleParagraphProperties();
        if (after is not null || before is not null)
        {
            var spacing = new SpacingBetweenLines();
            if (before is not null)
            {
                spacing.Before = Invariant.N(before.Value);
            }

            if (after is not null)
            {
                spacing.After = Invariant.N(after.Value);
            }

            pPr.Append(spacing);
        }

        style.Append(pPr);
        var rPr = new StyleRunProperties();
        if (bold)
        {
            rPr.Append(new Bold());
        }

        if (size is { } s)
        {
            rPr.Append(new FontSize { Val = Invariant.N(s) });
        }

        style.Append(rPr);
        return style;
    }
}
