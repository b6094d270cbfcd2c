using System.Text;
using Narplan.Web.Features.Plans.Export;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Narplan.Web.Tests.Plans;

public class PlanPdfExportTests
{
    /// <summary>The text shown on each page, read back from the content streams (WinAnsi strings).</summary>
    internal static List<string> PageTexts(byte[] pdf)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var winAnsi = Encoding.GetEncoding(1252);
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var pages = new List<string>();
        foreach (var page in document.Pages)
        {
            var text = new StringBuilder();
            Collect(ContentReader.ReadContent(page), text, winAnsi);
            pages.Add(text.ToString());
        }

        return pages;
    }

    private static void Collect(CObject obj, StringBuilder text, Encoding encoding)
    {
        switch (obj)
        {
            case COperator op when op.OpCode.Name is "Tj" or "TJ" or "'" or "\"":
                foreach (var operand in op.Operands)
                {
                    Collect(operand, text, encoding);
                }

                text.Append('\n');
                break;
            case CString s:
                text.Append(encoding.GetString(s.Value.Select(c => (byte)c).ToArray()));
                break;
            case CSequence seq:
                foreach (var child in seq)
                {
                    Collect(child, text, encoding);
                }

                break;
        }
    }

    [Fact]
    public void ThePdfTextShouldContainTheTemplateHeadings()
    {
        var pdf = PlanPdfExporter.Export(PlanExportTestData.Herrljunga());
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        var text = string.Join("\n", PageTexts(pdf));
        foreach (var heading in new[] { "Inledning och syfte", "Läkare i beredskap", "POSOM – Psykisk och socialt omhändertagande", "Bilaga 1 Läkaransvar i kommunal primärvård", "Bilaga 2 Barnhälsovård" })
        {
            Assert.Contains(heading, text);
        }

        Assert.Contains("Förskolan Solrosen", text);
        Assert.Contains("Marie Linder Jakobsson", text);
    }

    [Fact]
    public void EveryPageAfterTheTitleShouldHaveTheHeaderWithNärområdeAndVersion()
    {
        var pages = PageTexts(PlanPdfExporter.Export(PlanExportTestData.Herrljunga()));
        Assert.True(pages.Count > 5);
        Assert.All(pages.Skip(1), p => Assert.Contains("Närområde Herrljunga · Gemensam närområdesplan · version 1 (Utkast)", p));
        Assert.Contains("Innehåll", pages[1]);
    }

    [Fact]
    public void ALongBilaga1ShouldRepeatItsHeaderRowOnEveryPage()
    {
        var pages = PageTexts(PlanPdfExporter.Export(PlanExportTestData.Herrljunga(appendix1Rows: 300)));
        var withRows = pages.Where(p => p.Contains("Enhet 1")).ToList();
        Assert.True(withRows.Count > 3);
        Assert.All(withRows, p => Assert.Contains("läkarkontakt", p)); // the header row (its words may wrap)
        Assert.Contains("Enhet 300", pages.Last(p => p.Contains("Enhet 3")));
    }
}
