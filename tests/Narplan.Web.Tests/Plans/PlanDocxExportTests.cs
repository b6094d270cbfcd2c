using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Narplan.Web.Features.Plans.Export;

namespace Narplan.Web.Tests.Plans;

public class PlanDocxExportTests
{
    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    [Fact]
    public void TheDocxShouldBeValidForTheOpenXmlValidator()
    {
        using var doc = Open(PlanDocxExporter.Export(PlanExportTestData.Herrljunga()));
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void HeadingsShouldUseRealWordHeadingStylesInTemplateOrder()
    {
        using var doc = Open(PlanDocxExporter.Export(PlanExportTestData.Herrljunga()));
        var headings = doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading") == true)
            .Select(p => (Style: p.ParagraphProperties!.ParagraphStyleId!.Val!.Value, p.InnerText)).ToList();
        Assert.Equal(("Heading1", "Inledning och syfte"), headings[0]);
        Assert.Contains(("Heading2", "Årlig genomgång och planering för patienter med kommunal primärvård"), headings);
        Assert.Equal(("Heading1", "Bilaga 2 Barnhälsovård"), headings[^1]);
        Assert.NotNull(doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading1").StyleParagraphProperties!.OutlineLevel);
    }

    [Fact]
    public void TheDocxShouldHaveATocFieldHeaderAndAppendixTables()
    {
        using var doc = Open(PlanDocxExporter.Export(PlanExportTestData.Herrljunga(appendix1Rows: 3)));
        var body = doc.MainDocumentPart!.Document!.Body!;
        Assert.Contains(body.Descendants<FieldCode>(), f => f.Text.Contains("TOC \\o"));
        Assert.Contains("Närområde Herrljunga", doc.MainDocumentPart.HeaderParts.Single().Header!.InnerText);
        Assert.Contains("version 1", doc.MainDocumentPart.HeaderParts.Single().Header!.InnerText);

        var tables = body.Elements<Table>().ToList();
        var bilaga1 = tables.Single(t => t.InnerText.Contains("Fast läkarkontakt"));
        Assert.Equal(4, bilaga1.Elements<TableRow>().Count());
        Assert.Contains(tables, t => t.InnerText.Contains("Förskolan Solrosen"));
        Assert.Contains(tables, t => t.InnerText.Contains("Marie Linder Jakobsson") && t.InnerText.Contains("Underskrift"));
    }

    [Fact]
    public void AScriptAndAJavascriptLinkShouldBeTextNotMarkup()
    {
        using var doc = Open(PlanDocxExporter.Export(PlanExportTestData.Herrljunga()));
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("anhörigstöd", text);
        Assert.DoesNotContain("javascript:", text);
        Assert.Contains("Verksamhetschef Individ- och familjeomsorg", text);
    }

    [Fact]
    public void ALargeAppendixShouldStillBeValid()
    {
        using var doc = Open(PlanDocxExporter.Export(PlanExportTestData.Herrljunga(appendix1Rows: 300)));
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        Assert.Equal(301, doc.MainDocumentPart!.Document!.Body!.Elements<Table>().Single(t => t.InnerText.Contains("Fast läkarkontakt")).Elements<TableRow>().Count());
    }
}
