using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Narplan.Web.Features.Plans.Export;

/// <summary>
/// Writes a plan version as PDF (A4) with PDFsharp: title page, a table of contents with page
/// numbers, every section with its heading, Bilaga 1 and 2 and the handlingsplan rows as tables
/// (the header row repeated on each page; columns as wide as their longest word, so no word is broken), the signatures
/// block, and a running header with the närområde and the version. Tagged (headings, paragraphs, tables; header and
/// footer as artifacts), Lang sv-SE, a bookmark per heading. Text is WinAnsi-encoded so every PDF reader can search and
/// copy it.
/// </summary>
public static class PlanPdfExporter
{
    public const string ContentType = "application/pdf";

    public static byte[] Export(PlanDocument plan)
    {
        PdfFonts.EnsureResolver();
        // Two passes over the same layout: the first finds the page of every heading, the second writes the table of
        // contents with those pages in reading order, tagged (PDF/UA structure through PDFsharp's UAManager), with
        // Lang sv-SE and a bookmark per heading (issue 18; decision 0061).
        var draft = new PdfWriter(new PdfDocument(), plan, null);
        draft.Write();
        var document = new PdfDocument();
        document.Info.Title = $"{plan.Title} – version {plan.Version}";
        document.Info.Author = "Närplan";
        document.Info.Subject = plan.HeaderText;
        document.ViewerPreferences.DisplayDocTitle = true;
        document.PageMode = PdfPageMode.UseOutlines;
        var ua = UAManager.ForDocument(document);
        ua.SetDocumentLanguage(Language);
        new PdfWriter(document, plan, draft.HeadingPages, ua.StructureBuilder).Write();
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    public const string Language = "sv-SE";

    /// <summary>
    /// Widths for a table's columns: each at least as wide as its longest word (a phone number counts as one word), the
    /// rest shared by <paramref name="weights"/>; null when the words cannot all fit in <paramref name="width"/>.
    /// </summary>
    internal static double[]? FitColumns(
        IReadOnlyList<string> header, IReadOnlyList<string[]> rows, double[] weights, double width, bool[] keepWhole,
        Func<string, bool, double> measure, double padding)
    {
        var minimum = new double[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            minimum[i] = Words(header[i], false).Select(w => measure(w, true)).DefaultIfEmpty(0).Max();
            foreach (var row in rows)
            {
                minimum[i] = Math.Max(minimum[i], Words(row[i], keepWhole[i]).Select(w => measure(w, false)).DefaultIfEmpty(0).Max());
            }

            minimum[i] += padding + 1;
        }

        var extra = width - minimum.Sum();
        if (extra < 0)
        {
            return null;
        }

        var total = weights.Sum();
        return minimum.Select((m, i) => m + extra * weights[i] / total).ToArray();
    }

    /// <summary>The words a cell may be broken between: at spaces, or none for a column kept whole.</summary>
    internal static IEnumerable<string> Words(string text, bool keepWhole) =>
        keepWhole
            ? text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            : text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);

    private sealed class PdfWriter(PdfDocument document, PlanDocument plan, IReadOnlyList<int>? knownPages, StructureBuilder? tags = null)
    {
        private const double Margin = 56;
        private const double Top = 70;
        private static readonly XPdfFontOptions Options = XPdfFontOptions.WinAnsiDefault;
        private static readonly XFont Body = new(PdfFonts.Family, 10, XFontStyleEx.Regular, Options);
        private static readonly XFont Bold = new(PdfFonts.Family, 10, XFontStyleEx.Bold, Options);
        private static readonly XFont Small = new(PdfFonts.Family, 8, XFontStyleEx.Regular, Options);
        private static readonly XFont SmallBold = new(PdfFonts.Family, 8, XFontStyleEx.Bold, Options);
        private static readonly XFont TitleFont = new(PdfFonts.Family, 24, XFontStyleEx.Bold, Options);
        private static readonly XFont[] HeadingFonts =
        [
            new(PdfFonts.Family, 15, XFontStyleEx.Bold, Options),
            new(PdfFonts.Family, 12.5, XFontStyleEx.Bold, Options),
            new(PdfFonts.Family, 11, XFontStyleEx.Bold, Options),
        ];

        private readonly List<(PlanSection Section, int Page)> _headingPages = [];
        private readonly PdfOutline?[] _outlineParents = new PdfOutline?[4];

        /// <summary>The page of every heading, in order, as this pass laid them out.</summary>
        public IReadOnlyList<int> HeadingPages => _headingPages.Select(h => h.Page).ToList();
        private PdfPage _page = null!;
        private XGraphics _gfx = null!;
        private double _y;
        private int _tocPages;

        private double Width => _page.Width.Point - 2 * Margin;

        private double Bottom => _page.Height.Point - Margin;

        public void Write()
        {
            // The UAManager opens the Document element itself; every element below is its child.
            TitlePage();
            var linesPerPage = (int)((842 - Top - Margin - 40) / 16);
            _tocPages = Math.Max(1, (int)Math.Ceiling(plan.Sections.Count / (double)linesPerPage));
            TableOfContents(linesPerPage);
            NewPage();
            foreach (var section in plan.Sections)
            {
                Section(section);
            }

            _gfx.Dispose();
        }

        private void Begin(PdfGroupingElementTag tag) => tags?.BeginElement(tag);

        private void Begin(PdfBlockLevelElementTag tag) => tags?.BeginElement(tag);

        private void End() => tags?.End();

        private void TitlePage()
        {
            NewPage(header: false);
            _y = 200;
            Paragraph(plan.Title, TitleFont, 0, 30, PdfBlockLevelElementTag.Heading1);
            if (plan.Kind == PlanKind.Naromradesplan)
            {
                Paragraph("För Hälso- och sjukvård och angränsande socialtjänst", HeadingFonts[1], 0, 40);
                Paragraph($"Planen gäller för Närområde {plan.Kommun} med följande ingående parter", Body, 0, 14);
            }
            else
            {
                Paragraph($"{plan.Kommun} kommun, {plan.Region}", HeadingFonts[1], 0, 40);
            }

            foreach (var party in plan.Details.Parties)
            {
                Paragraph(party.Name, Bold, 0, 6);
            }

            _y += 30;
            Paragraph($"Version {plan.Version} · {plan.Status.Swedish()}" +
                (plan.Details.ValidFrom is { } from ? $" · gäller från {PlanDocument.Date(from)} och tillsvidare" : "") +
                (plan.FixedOn is { } f ? $" · fastställd {PlanDocument.Date(f)}" : ""), Body, 0, 6);
        }

        private void TableOfContents(int linesPerPage)
        {
            Begin(PdfGroupingElementTag.TableOfContents);
            for (var p = 0; p < _tocPages; p++)
            {
                NewPage();
                if (p == 0)
                {
                    Paragraph("Innehåll", HeadingFonts[0], 0, 12, PdfBlockLevelElementTag.Heading1);
                }

                var index = p * linesPerPage;
                foreach (var section in plan.Sections.Skip(index).Take(linesPerPage))
                {
                    var indent = (section.Level - 1) * 14;
                    var font = section.Level == 1 ? Bold : Body;
                    var number = knownPages is not null && index < knownPages.Count ? knownPages[index].ToString(System.Globalization.CultureInfo.InvariantCulture) : "0";
                    var numberWidth = _gfx.MeasureString(number, font).Width;
                    var heading = Fit(section.Heading, font, Width - indent - numberWidth - 12);
                    Begin(PdfGroupingElementTag.TableOfContentsItem);
                    Begin(PdfBlockLevelElementTag.Paragraph);
                    _gfx.DrawString(heading, font, XBrushes.Black, Margin + indent, _y + font.Height);
                    _gfx.DrawString(number, font, XBrushes.Black, Margin + Width - numberWidth, _y + font.Height);
                    End();
                    End();
                    _y += 16;
                    index++;
                }
            }

            End();
        }

        private void Section(PlanSection section)
        {
            var font = HeadingFonts[Math.Clamp(section.Level, 1, 3) - 1];
            if (_y + font.Height * 3 > Bottom)
            {
                NewPage();
            }

            _y += section.Level == 1 ? 10 : 6;
            _headingPages.Add((section, document.PageCount));
            Outline(section);
            Paragraph(section.Heading, font, 0, 6, Math.Clamp(section.Level, 1, 3) switch
            {
                1 => PdfBlockLevelElementTag.Heading1,
                2 => PdfBlockLevelElementTag.Heading2,
                _ => PdfBlockLevelElementTag.Heading3,
            });
            foreach (var block in PlanMarkdown.Parse(section.Text))
            {
                MarkdownBlock(block, 0);
            }

            foreach (var block in plan.Structured(section))
            {
                for (var i = 0; i < block.Items.Count; i++)
                {
                    var (prefix, indent) = block.Kind switch
                    {
                        StructuredKind.Bullets => ("• ", 12),
                        StructuredKind.Numbered => ($"{i + 1}. ", 12),
                        _ => ("", 0),
                    };
                    Paragraph(prefix + block.Items[i], Body, indent, 4);
                }
            }

            switch (section.Content)
            {
                case SectionContent.Signatories:
                    Table(PlanDocument.SignatureColumns, [1, 2.2, 1.6],
                        plan.SignatureBlock.Select(PlanDocument.Cells).ToList(),
                        "Inga undertecknare är angivna.");
                    if (plan.Details.Updated is { } updated)
                    {
                        Paragraph($"Uppdaterad: {PlanDocument.Date(updated)}", Body, 0, 6);
                    }

                    break;
                case SectionContent.Appendix1:
                    Table(PlanDocument.Appendix1Columns, [1.3, 1.1, 1.5, 1.2, 1.2, 0.9, 1.1], plan.Appendix1.Select(PlanDocument.Cells).ToList(), "Bilaga 1 har inga enheter.",
                        keepWhole: PlanDocument.Appendix1Columns.Select(c => c == "Direktnummer").ToArray());
                    break;
                case SectionContent.Appendix2:
                    Table(PlanDocument.Appendix2Columns, [1, 1], plan.Appendix2.Select(PlanDocument.Cells).ToList(), "Bilaga 2 har inga förskolor.");
                    break;
                case SectionContent.ActionRows:
                    Table(PlanDocument.ActionColumns, [1.2, 1.8, 0.8, 1.2, 1, 0.7], section.Rows.Select(PlanDocument.Cells).ToList(), "Inga rader.");
                    break;
            }
        }

        private void MarkdownBlock(Block block, int depth)
        {
            switch (block)
            {
                case HeadingBlock h:
                    Paragraph(InlineText(h.Inline), Bold, depth * 12, 4);
                    break;
                case ParagraphBlock p:
                    Paragraph(InlineText(p.Inline), Body, depth * 12, 6);
                    break;
                case ListBlock list:
                    foreach (var (marker, child) in MarkdownListItems.Of(list))
                    {
                        if (marker is not null && child is ParagraphBlock para)
                        {
                            Paragraph(marker + InlineText(para.Inline), Body, (depth + 1) * 12, 3);
                        }
                        else
                        {
                            MarkdownBlock(child, depth + 1);
                        }
                    }

                    _y += 3;
                    break;
                case QuoteBlock quote:
                    foreach (var child in quote)
                    {
                        MarkdownBlock(child, depth + 1);
                    }

                    break;
                case LeafBlock leaf when leaf.Lines.Count > 0:
                    Paragraph(leaf.Lines.ToString(), Body, depth * 12, 6);
                    break;
            }
        }

        private static string InlineText(ContainerInline? container)
        {
            if (container is null)
            {
                return "";
            }

            var text = new System.Text.StringBuilder();
            foreach (var inline in container)
            {
                switch (inline)
                {
                    case LiteralInline l:
                        text.Append(l.Content.ToString());
                        break;
                    case CodeInline c:
                        text.Append(c.Content);
                        break;
                    case LinkInline link:
                        text.Append(InlineText(link));
                        if (link.Url is { } url && !url.StartsWith("tel:", StringComparison.Ordinal))
                        {
                            text.Append(" (").Append(url).Append(')');
                        }

                        break;
                    case AutolinkInline a:
                        text.Append(a.Url);
                        break;
                    case LineBreakInline:
                        text.Append(' ');
                        break;
                    case ContainerInline nested:
                        text.Append(InlineText(nested));
                        break;
                }
            }

            return text.ToString();
        }

        private void Paragraph(string text, XFont font, double indent, double after, PdfBlockLevelElementTag tag = PdfBlockLevelElementTag.Paragraph)
        {
            var lines = Wrap(PdfFonts.Printable(text), font, Width - indent);
            if (_y + font.Height > Bottom)
            {
                NewPage();
            }

            Begin(tag);
            foreach (var line in lines)
            {
                if (_y + font.Height > Bottom)
                {
                    End();
                    NewPage();
                    Begin(tag);
                }

                _gfx.DrawString(line, font, XBrushes.Black, Margin + indent, _y + font.Height * 0.8);
                _y += font.Height * 1.2;
            }

            End();
            _y += after;
        }

        /// <summary>A bookmark for the heading, under the last heading one level up.</summary>
        private void Outline(PlanSection section)
        {
            if (tags is null)
            {
                return;
            }

            var level = Math.Clamp(section.Level, 1, 3);
            var parent = level == 1 ? null : _outlineParents[level - 1] ?? _outlineParents[1];
            var outlines = parent?.Outlines ?? document.Outlines;
            var outline = outlines.Add(PdfFonts.Printable(section.Heading), _page, level == 1);
            outline.PageDestinationType = PdfPageDestinationType.Xyz;
            outline.Left = 0;
            outline.Top = _page.Height.Point - _y + 4;
            _outlineParents[level] = outline;
            for (var deeper = level + 1; deeper < _outlineParents.Length; deeper++)
            {
                _outlineParents[deeper] = null;
            }
        }

        private void Table(IReadOnlyList<string> columns, double[] weights, IReadOnlyList<string[]> rows, string emptyText, bool[]? keepWhole = null)
        {
            if (rows.Count == 0)
            {
                Paragraph(emptyText, Body, 0, 6);
                return;
            }

            keepWhole ??= new bool[columns.Count];
            // The smallest type size from 8 pt down to 6 pt at which every column is as wide as its longest word, so no
            // word is broken; only if none fits are long words broken (issue 18).
            var size = 8.0;
            double[]? widths = null;
            XFont font = Small, bold = SmallBold;
            for (; size >= 6; size -= 0.5)
            {
                font = new XFont(PdfFonts.Family, size, XFontStyleEx.Regular, Options);
                bold = new XFont(PdfFonts.Family, size, XFontStyleEx.Bold, Options);
                var (f, b) = (font, bold);
                widths = FitColumns(columns, rows, weights, Width, keepWhole,
                    (word, header) => _gfx.MeasureString(PdfFonts.Printable(word), header ? b : f).Width, CellPadding * 2);
                if (widths is not null)
                {
                    break;
                }
            }

            if (widths is null)
            {
                var total = weights.Sum();
                widths = weights.Select(w => Width * w / total).ToArray();
            }

            var lineHeight = font.Height * 1.15;
            var header = columns.ToArray();
            var noBreak = new bool[columns.Count];
            Begin(PdfBlockLevelElementTag.Table);
            DrawRow(header, widths, lineHeight, bold, shaded: true, noBreak);
            foreach (var row in rows)
            {
                if (_y + RowHeight(row, widths, lineHeight, font, keepWhole) > Bottom)
                {
                    End();
                    NewPage();
                    Begin(PdfBlockLevelElementTag.Table);
                    DrawRow(header, widths, lineHeight, bold, shaded: true, noBreak);
                }

                DrawRow(row, widths, lineHeight, font, shaded: false, keepWhole);
            }

            End();
            _y += 8;
        }

        private const double CellPadding = 3;

        private double RowHeight(string[] cells, double[] widths, double lineHeight, XFont font, bool[] keepWhole) =>
            cells.Select((c, i) => Wrap(PdfFonts.Printable(c), font, widths[i] - 2 * CellPadding, keepWhole[i]).Count).Max() * lineHeight + 2 * CellPadding;

        private void DrawRow(string[] cells, double[] widths, double lineHeight, XFont font, bool shaded, bool[] keepWhole)
        {
            var height = RowHeight(cells, widths, lineHeight, font, keepWhole);
            var x = Margin;
            Begin(PdfBlockLevelElementTag.TableRow);
            for (var i = 0; i < cells.Length; i++)
            {
                var rect = new XRect(x, _y, widths[i], height);
                tags?.BeginArtifact();
                if (shaded)
                {
                    _gfx.DrawRectangle(XBrushes.Gainsboro, rect);
                }

                _gfx.DrawRectangle(new XPen(XColors.Gray, 0.5), rect);
                tags?.End();
                Begin(shaded ? PdfBlockLevelElementTag.TableHeaderCell : PdfBlockLevelElementTag.TableDataCell);
                var y = _y + CellPadding;
                foreach (var line in Wrap(PdfFonts.Printable(cells[i]), font, widths[i] - 2 * CellPadding, keepWhole[i]))
                {
                    _gfx.DrawString(line, font, XBrushes.Black, x + CellPadding, y + font.Height * 0.8);
                    y += lineHeight;
                }

                End();
                x += widths[i];
            }

            End();
            _y += height;
        }

        /// <summary>
        /// Lines of at most <paramref name="width"/>: broken at spaces (a column kept whole only at line breaks), and a
        /// word wider than the line broken inside, so no text runs past its column.
        /// </summary>
        private List<string> Wrap(string text, XFont font, double width, bool keepWhole = false)
        {
            var lines = new List<string>();
            foreach (var paragraph in text.Split('\n'))
            {
                var line = "";
                foreach (var word in keepWhole ? [paragraph.Trim()] : paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = line.Length == 0 ? word : line + " " + word;
                    if (line.Length == 0 || _gfx.MeasureString(candidate, font).Width <= width)
                    {
                        line = candidate;
                    }
                    else
                    {
                        lines.Add(line);
                        line = word;
                    }

                    while (_gfx.MeasureString(line, font).Width > width && line.Length > 1)
                    {
                        // A word longer than the column: break it.
                        var cut = line.Length - 1;
                        while (cut > 1 && _gfx.MeasureString(line[..cut], font).Width > width)
                        {
                            cut--;
                        }

                        lines.Add(line[..cut]);
                        line = line[cut..];
                    }
                }

                lines.Add(line);
            }

            return lines;
        }

        private string Fit(string text, XFont font, double width)
        {
            text = PdfFonts.Printable(text);
            if (_gfx.MeasureString(text, font).Width <= width)
            {
                return text;
            }

            while (text.Length > 1 && _gfx.MeasureString(text + "…", font).Width > width)
            {
                text = text[..^1];
            }

            return text + "…";
        }

        private void NewPage(bool header = true)
        {
            _gfx?.Dispose();
            _page = document.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            _gfx = XGraphics.FromPdfPage(_page);
            _y = Top;
            if (header)
            {
                Header(document.PageCount);
            }
        }

        /// <summary>The running header and the "Sida n" footer, marked as artifacts so a screen reader skips them.</summary>
        private void Header(int pageNumber)
        {
            tags?.BeginArtifact();
            _gfx.DrawString(PdfFonts.Printable(plan.HeaderText), Small, XBrushes.DimGray, Margin, 36);
            _gfx.DrawLine(new XPen(XColors.Silver, 0.5), Margin, 42, _page.Width.Point - Margin, 42);
            var text = $"Sida {pageNumber}";
            _gfx.DrawString(text, Small, XBrushes.DimGray, _page.Width.Point - Margin - _gfx.MeasureString(text, Small).Width, _page.Height.Point - 30);
            tags?.End();
        }
    }
}

/// <summary>
/// Fonts for PDFsharp on any OS: DejaVu Sans from the system's font folders (Debian's
/// fonts-dejavu-core, which test.sh installs), or from <c>NARPLAN_FONT_DIR</c>.
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private static readonly Lock Gate = new();
    private static readonly System.Text.Encoding WinAnsi;

    static PdfFonts()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        WinAnsi = System.Text.Encoding.GetEncoding(1252, System.Text.EncoderFallback.ReplacementFallback, System.Text.DecoderFallback.ReplacementFallback);
    }

    public static void EnsureResolver()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not PdfFonts)
            {
                GlobalFontSettings.FontResolver = new PdfFonts();
            }
        }
    }

    /// <summary>Characters outside Windows-1252 (e.g. "≥", emoji) become "?" rather than vanish silently.</summary>
    public static string Printable(string text)
    {
        var clean = new string(text.Where(c => !char.IsControl(c) || c == '\n').ToArray()).Replace('\u2009', ' ').Replace('\u00A0', ' ');
        return WinAnsi.GetString(WinAnsi.GetBytes(clean));
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? "DejaVuSans-Bold" : "DejaVuSans", false, isItalic);

    public byte[]? GetFont(string faceName)
    {
        var file = faceName + ".ttf";
        foreach (var dir in FontDirectories())
        {
            var path = Path.Combine(dir, file);
            if (File.Exists(path))
            {
                return File.ReadAllBytes(path);
            }
        }

        throw new InvalidOperationException(
            $"Typsnittet {file} saknas. Installera fonts-dejavu-core eller ange en mapp med DejaVu-typsnitten i NARPLAN_FONT_DIR.");
    }

    private static IEnumerable<string> FontDirectories()
    {
        if (Environment.GetEnvironmentVariable("NARPLAN_FONT_DIR") is { Length: > 0 } configured)
        {
            yield return configured;
        }

        yield return Path.Combine(AppContext.BaseDirectory, "fonts");
        yield return "/usr/share/fonts/truetype/dejavu";
        yield return "/usr/share/fonts/dejavu";
        yield return "/usr/share/fonts/TTF";
        yield return "/usr/local/share/fonts";
        yield return "/Library/Fonts";
    }
}
