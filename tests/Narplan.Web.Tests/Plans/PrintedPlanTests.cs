using System.IO.Compression;
using System.Xml.Linq;
using Narplan.Domain.Plans;
using Narplan.Web.Features.Plans.Export;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Narplan.Web.Tests.Plans;

/// <summary>
/// Issue 18 item 5: the plan's PDF has no overlapping text in Bilaga 1 and no word broken inside, is tagged with Lang
/// sv-SE, has a bookmark per heading and page numbers; the DOCX asks Word to update its fields and has page numbers in its
/// table of contents, and its Bilaga 1 columns are as wide as their longest words. PDFs are read back with PdfPig.
/// </summary>
public class PrintedPlanTests
{
    // The demo's Bilaga 1 rows that overlapped ("På vårdcentralen" ran into the phone number) or broke mid-word
    // ("Mötesfor|m", "Korttidsboend|e", "Dagverksamhete|n") in the PDF before issue 18.
    private static PlanDocument WithAwkwardBilaga1()
    {
        var plan = PlanExportTestData.Herrljunga();
        return plan with
        {
            Appendix1 =
            [
                new("Eken", "Särskilt boende", "Närhälsan Herrljunga vårdcentral", "Karin Åberg", "onsdagar 13.00, varannan vecka, på plats", "På plats", "031-390 06 05"),
                new("Korttidsenheten Herrljunga", "Korttidsboende", "Närhälsan Herrljunga vårdcentral", "Jonas Lind", "måndagar och torsdagar 10.00, varje vecka, på plats", "På plats", "031-390 06 06"),
                new("Gruppbostad Ljunghaga", "Bostad med särskild service (LSS)", "Närhälsan Herrljunga vårdcentral", "Karin Åberg", "torsdagar 15.00, varannan vecka, på vårdcentralen", "På vårdcentralen", "031-390 06 08"),
                new("Dagverksamheten Herrljunga", "Dagverksamhet", null, null, null, null, null),
            ],
        };
    }

    [Fact]
    public void ShouldDrawNoTwoWordsOfBilaga1OverEachOtherAndBreakNoWordInside()
    {
        var plan = WithAwkwardBilaga1();
        using var pdf = PdfDocument.Open(PlanPdfExporter.Export(plan));
        var page = pdf.GetPages().Single(p => Words(p).Contains("Direktnummer") && Words(p).Contains("Gruppbostad"));
        var words = page.GetWords().ToList();
        var top = words.First(w => w.Text == "Direktnummer").BoundingBox.Top + 1;
        var bilaga2 = words.FirstOrDefault(w => w.Text == "Barnhälsovård")?.BoundingBox.Top ?? 0;
        var table = words.Where(w => w.BoundingBox.Bottom < top && w.BoundingBox.Bottom > bilaga2).ToList();
        Assert.True(table.Count > 40);

        for (var i = 0; i < table.Count; i++)
        {
            for (var j = i + 1; j < table.Count; j++)
            {
                var a = table[i].BoundingBox;
                var b = table[j].BoundingBox;
                var overlap = a.Left < b.Right - 0.5 && b.Left < a.Right - 0.5 && a.Bottom < b.Top - 0.5 && b.Bottom < a.Top - 0.5;
                Assert.False(overlap, $"«{table[i].Text}» och «{table[j].Text}» ritas över varandra.");
            }
        }

        // Every word drawn is a whole word of the table: none is cut in two ("Mötesfor" + "m").
        var source = PlanDocument.Appendix1Columns.Concat(plan.Appendix1.SelectMany(PlanDocument.Cells))
            .SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        var broken = table.Select(w => w.Text).Where(t => !source.Contains(t)).ToList();
        Assert.Empty(broken);
    }

    [Fact]
    public void ShouldBeATaggedPdfInSwedishWithABookmarkPerHeadingAndPageNumbers()
    {
        var plan = PlanExportTestData.Herrljunga();
        using var pdf = PdfDocument.Open(PlanPdfExporter.Export(plan));
        var catalog = pdf.Structure.Catalog.CatalogDictionary;

        Assert.Equal("sv-SE", Resolve(pdf, catalog.Data.GetValueOrDefault("Lang")) switch
        {
            StringToken s => s.Data,
            HexToken h => h.Data,
            var other => other?.ToString(),
        });
        Assert.True(catalog.Data.ContainsKey("StructTreeRoot"), "Inget strukturträd (/StructTreeRoot): PDF:en är inte taggad.");
        var markInfo = Assert.IsType<DictionaryToken>(Resolve(pdf, catalog.Data.GetValueOrDefault("MarkInfo")));
        Assert.Equal(BooleanToken.True, Resolve(pdf, markInfo.Data.GetValueOrDefault("Marked")));

        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.GetNodes().Select(n => n.Title).ToList();
        foreach (var heading in plan.Sections.Where(s => s.Level <= 3).Select(s => s.Heading))
        {
            Assert.Contains(heading, titles);
        }

        // Level 2 headings sit under their level 1 heading.
        Assert.Contains(bookmarks.Roots, r => r.Children.Count > 0);

        // Every page but the title page says its number.
        foreach (var page in pdf.GetPages().Skip(1))
        {
            Assert.Contains($"Sida {page.Number}", Words(page));
        }
    }

    [Fact]
    public void ShouldListEveryHeadingOnThePageTheBookmarkPointsAt()
    {
        // The table of contents is written after a first pass has laid the headings out, so its numbers are right even
        // when Bilaga 1 runs over several pages.
        var plan = PlanExportTestData.Herrljunga(appendix1Rows: 120);
        using var pdf = PdfDocument.Open(PlanPdfExporter.Export(plan));
        var pages = pdf.GetPages().ToList();
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var nodes = bookmarks.GetNodes().OfType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>().ToList();
        var bilaga1 = nodes.Single(n => n.Title == "Bilaga 1 Läkaransvar i kommunal primärvård").PageNumber;
        var bilaga2 = nodes.Single(n => n.Title == "Bilaga 2 Barnhälsovård").PageNumber;
        Assert.True(bilaga2 > bilaga1 + 1, "120 rader i Bilaga 1 tar mer än en sida.");
        Assert.Contains("Bilaga 2 Barnhälsovård", Words(pages[bilaga2 - 1]));
        Assert.Contains("Direktnummer", Words(pages[bilaga1 - 1]));

        var toc = string.Join(" ", pages.Where(p => Words(p).Contains("Innehåll") || p.Number is 2 or 3).Select(Words));
        Assert.Contains($"primärvård {bilaga1} ", toc + " ");
        Assert.Contains($"Barnhälsovård {bilaga2} ", toc + " ");
    }

    [Fact]
    public void ShouldAskWordToUpdateFieldsAndGiveTheTableOfContentsPageNumbers()
    {
        var parts = DocxParts(PlanDocxExporter.Export(PlanExportTestData.Herrljunga()));
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

        var settings = parts["word/settings.xml"];
        Assert.Equal("true", settings.Descendants(w + "updateFields").Single().Attribute(w + "val")?.Value);

        var document = parts["word/document.xml"];
        var pageRefs = document.Descendants(w + "instrText").Select(t => t.Value.Trim()).Where(t => t.StartsWith("PAGEREF", StringComparison.Ordinal)).ToList();
        var bookmarks = document.Descendants(w + "bookmarkStart").Select(b => b.Attribute(w + "name")!.Value).ToHashSet();
        Assert.Equal(PlanExportTestData.Herrljunga().Sections.Count(s => s.Level <= 3), pageRefs.Count);
        Assert.All(pageRefs, r => Assert.Contains(r.Split(' ')[1], bookmarks));
    }

    [Fact]
    public void ShouldMakeEveryBilaga1ColumnInTheDocxAtLeastAsWideAsItsLongestWord()
    {
        var plan = WithAwkwardBilaga1();
        var keep = PlanDocument.Appendix1Columns.Select(c => c == "Direktnummer").ToArray();
        var rows = plan.Appendix1.Select(PlanDocument.Cells).ToList();

        var (widths, halfPoints) = PlanDocxExporter.ColumnWidths(PlanDocument.Appendix1Columns, rows, keep);

        Assert.True(widths.Sum() <= 9638, $"Tabellen är {widths.Sum()} twips bred.");
        Assert.InRange(halfPoints, 14, 18);
        PdfFonts.EnsureResolver();
        using var measure = PdfSharp.Drawing.XGraphics.CreateMeasureContext(new(2000, 2000), PdfSharp.Drawing.XGraphicsUnit.Point, PdfSharp.Drawing.XPageDirection.Downwards);
        var font = new PdfSharp.Drawing.XFont(PdfFonts.Family, halfPoints / 2.0, PdfSharp.Drawing.XFontStyleEx.Regular);
        for (var i = 0; i < widths.Length; i++)
        {
            foreach (var word in rows.SelectMany(r => PlanPdfExporter.Words(r[i], keep[i])))
            {
                Assert.True(measure.MeasureString(word, font).Width * 20 + 160 <= widths[i], $"«{word}» ryms inte i kolumnen {PlanDocument.Appendix1Columns[i]}.");
            }
        }

        // In the file: a fixed layout with those widths, and the phone numbers kept on one line.
        var document = DocxParts(PlanDocxExporter.Export(plan))["word/document.xml"];
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var bilaga1 = document.Descendants(w + "tbl").Single(t => t.Descendants(w + "t").Any(x => x.Value == "Direktnummer"));
        Assert.Equal("fixed", bilaga1.Descendants(w + "tblLayout").Single().Attribute(w + "type")?.Value);
        Assert.Equal(widths.Select(x => x.ToString(System.Globalization.CultureInfo.InvariantCulture)), bilaga1.Element(w + "tblGrid")!.Elements(w + "gridCol").Select(g => g.Attribute(w + "w")!.Value));
        Assert.Contains(bilaga1.Descendants(w + "t"), t => t.Value == "031-390\u00A006\u00A008");
    }

    private static string Words(Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    private static IToken? Resolve(PdfDocument pdf, IToken? token) =>
        token is IndirectReferenceToken reference ? pdf.Structure.GetObject(reference.Data).Data : token;

    private static Dictionary<string, XDocument> DocxParts(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        return zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .ToDictionary(e => e.FullName, e => { using var s = e.Open(); return XDocument.Load(s); });
    }
}
