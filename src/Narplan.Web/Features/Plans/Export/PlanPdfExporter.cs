using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Narplan.Domain.Plans;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Narplan.Web.Features.Plans.Export;

/// <summary>
/// Writes a plan version as PDF (A4) with PDFsharp: title page, a table of contents with page
/// numbers, every section with its heading, Bilaga 1 and 2 and the handlingsplan rows as tables
/// (the header row repeated on each page), the signatures block, and a running header with the
/// närområde and the version. Text is WinAnsi-encoded so every PDF reader can search and copy it.
/// </summary>
public static class PlanPdfExporter
{
    public const string ContentType = "application/pdf";

    public static byte[] Export(PlanDocument plan)
    {
        PdfFonts.EnsureResolver();
        var document = new PdfDocument();
        document.Info.Title = $"{plan.Title} – version {plan.Version}";
        document.Info.Author = "Närplan";
        document.Info.Subject = plan.HeaderText;
        new PdfWriter(document, plan).Write();
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private sealed class PdfWriter(PdfDocument document, PlanDocument plan)
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
        private PdfPage _page = null!;
        private XGraphics _gfx = null!;
        private double _y;
        private int _tocPages;

        private double Width => _page.Width.Point - 2 * Margin;

        private double Bottom => _page.Height.Point - Margin;

        public void Write()
        {
            TitlePage();
            var linesPerPage = (int)((842 - Top - Margin - 40) / 16);
            _tocPages = Math.Max(1, (int)Math.Ceiling(plan.Sections.Count / (double)linesPerPage));
            NewPage();
            foreach (var section in plan.Sections)
            {
                Section(section);
            }

            _gfx.Dispose();
            TableOfContents(linesPerPage);
        }

        private void TitlePage()
        {
            NewPage(header: false);
            _y = 200;
            Paragraph(plan.Title, TitleFont, 0, 30);
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
            _gfx.Dispose();
        }

        private void TableOfContents(int linesPerPage)
        {
            for (var p = 0; p < _tocPages; p++)
            {
                _page = document.InsertPage(1 + p);
                _gfx = XGraphics.FromPdfPage(_page);
                Header(1 + p + 1);
                _y = Top;
                if (p == 0)
                {
                    Paragraph("Innehåll", HeadingFonts[0], 0, 12);
                }

                foreach (var (section, page) in _headingPages.Skip(p * linesPerPage).Take(linesPerPage))
                {
                    var indent = (section.Level - 1) * 14;
                    var font = section.Level == 1 ? Bold : Body;
                    var number = page.ToString();
                    var numberWidth = _gfx.MeasureString(number, font).Width;
                    var heading = Fit(section.Heading, font, Width - indent - numberWidth - 12);
                    _gfx.DrawString(heading, font, XBrushes.Black, Margin + indent, _y + font.Height);
                    _gfx.DrawString(number, font, XBrushes.Black, Margin + Width - numberWidth, _y + font.Height);
                    _y += 16;
                }

                _gfx.Dispose();
            }
        }

        private void Section(PlanSection section)
        {
            var font = HeadingFonts[Math.Clamp(section.Level, 1, 3) - 1];
            if (_y + font.Height * 3 > Bottom)
            {
                NewPage();
            }

            _y += section.Level == 1 ? 10 : 6;
            _headingPages.Add((section, document.PageCount + _tocPages));
            Paragraph(section.Heading, font, 0, 6);
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
                    Table(PlanDocument.Appendix1Columns, [1.3, 1.1, 1.5, 1.2, 1.2, 0.9, 1.1], plan.Appendix1.Select(PlanDocument.Cells).ToList(), "Bilaga 1 har inga enheter.");
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
                    var n = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var first = true;
                        foreach (var child in item)
                        {
                            if (first && child is ParagraphBlock para)
                            {
                                Paragraph((list.IsOrdered ? $"{n++}. " : "• ") + InlineText(para.Inline), Body, (depth + 1) * 12, 3);
                            }
                            else
                            {
                                MarkdownBlock(child, depth + 1);
                            }

                            first = false;
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

        private void Paragraph(string text, XFont font, double indent, double after)
        {
            foreach (var line in Wrap(PdfFonts.Printable(text), font, Width - indent))
            {
                if (_y + font.Height > Bottom)
                {
                    NewPage();
                }

                _gfx.DrawString(line, font, XBrushes.Black, Margin + indent, _y + font.Height * 0.8);
                _y += font.Height * 1.2;
            }

            _y += after;
        }

        private void Table(IReadOnlyList<string> columns, double[] weights, IReadOnlyList<string[]> rows, string emptyText)
        {
            if (rows.Count == 0)
            {
                Paragraph(emptyText, Body, 0, 6);
                return;
            }

            var total = weights.Sum();
            var widths = weights.Select(w => Width * w / total).ToArray();
            var lineHeight = Small.Height * 1.15;
            var header = columns.ToArray();
            DrawRow(header, widths, lineHeight, SmallBold, shaded: true);
            foreach (var row in rows)
            {
                if (_y + RowHeight(row, widths, lineHeight, Small) > Bottom)
                {
                    NewPage();
                    DrawRow(header, widths, lineHeight, SmallBold, shaded: true);
                }

                DrawRow(row, widths, lineHeight, Small, shaded: false);
            }

            _y += 8;
        }

        private double RowHeight(string[] cells, double[] widths, double lineHeight, XFont font) =>
            cells.Select((c, i) => Wrap(PdfFonts.Printable(c), font, widths[i] - 6).Count).Max() * lineHeight + 6;

        private void DrawRow(string[] cells, double[] widths, double lineHeight, XFont font, bool shaded)
        {
            var height = RowHeight(cells, widths, lineHeight, font);
            var x = Margin;
            for (var i = 0; i < cells.Length; i++)
            {
                var rect = new XRect(x, _y, widths[i], height);
                if (shaded)
                {
                    _gfx.DrawRectangle(XBrushes.Gainsboro, rect);
                }

                _gfx.DrawRectangle(new XPen(XColors.Gray, 0.5), rect);
                var y = _y + 3;
                foreach (var line in Wrap(PdfFonts.Printable(cells[i]), font, widths[i] - 6))
                {
                    _gfx.DrawString(line, font, XBrushes.Black, x + 3, y + font.Height * 0.8);
                    y += lineHeight;
                }

                x += widths[i];
            }

            _y += height;
        }

        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            foreach (var paragraph in text.Split('\n'))
            {
                var line = "";
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = line.Length == 0 ? word : line + " " + word;
                    if (_gfx.MeasureString(candidate, font).Width <= width || line.Length == 0)
                    {
                        line = candidate;
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
                    else
                    {
                        lines.Add(line);
                        line = word;
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
                Header(document.PageCount + _tocPages);
            }
        }

        private void Header(int pageNumber)
        {
            _gfx.DrawString(PdfFonts.Printable(plan.HeaderText), Small, XBrushes.DimGray, Margin, 36);
            _gfx.DrawLine(new XPen(XColors.Silver, 0.5), Margin, 42, _page.Width.Point - Margin, 42);
            var text = $"Sida {pageNumber}";
            _gfx.DrawString(text, Small, XBrushes.DimGray, _page.Width.Point - Margin - _gfx.MeasureString(text, Small).Width, _page.Height.Point - 30);
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
