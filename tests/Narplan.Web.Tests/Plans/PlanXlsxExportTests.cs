using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Domain.Plans;
using Narplan.Web.Features.Plans.Export;
using Narplan.Web.Features.Plans.Import;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Plans;

public class PlanXlsxExportTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    [Fact]
    public async Task TheHandlingsplanShouldDownloadAsAValidWorkbookWithSeed001Rows()
    {
        var id = await app.PlanIdAsync("Vänersborg", PlanKind.Handlingsplan);
        var list = await app.CreateClient().GetStringAsync("/api/v1/plans?kommun=Vänersborg");
        Assert.Contains($"\"xlsx\":\"/api/v1/plans/{id}/versions/1.xlsx\"", list);
        var response = await app.CreateClient().GetAsync($"/api/v1/plans/{id}/versions/1.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PlanXlsxExporter.ContentType, response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using (var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(doc));
        }

        var sheet = SpreadsheetReader.Read("handlingsplan.xlsx", bytes);
        Assert.Equal(PlanXlsxExporter.ActionSheetColumns, sheet.Header);
        Assert.Contains(sheet.Rows, r => r.Cells.Any(c => c.Contains("Läkemedelsautomat")));
        Assert.Contains(sheet.Rows, r => r.Cells[6] == "Ej påbörjad");
    }

    [Fact]
    public async Task Bilaga1FromTheXlsxExportShouldImportBackWithoutErrorsOrNewUnits()
    {
        var id = await app.PlanIdAsync("Herrljunga");
        var mas = await app.SignedInAsync("mas@herrljunga.demo");
        var response = await mas.GetAsync($"/api/v1/plans/{id}/versions/2.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using (var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(doc));
            Assert.Equal(["Bilaga 1", "Bilaga 2"], doc.WorkbookPart!.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value!));
        }

        var kommun = await app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Herrljunga").Select(k => k.Id).SingleAsync());
        await using var scope = app.Services.CreateAsyncScope();
        var preview = await scope.ServiceProvider.GetRequiredService<AppendixImporter>()
            .PreviewAsync(kommun, AppendixKind.Bilaga1, "bilaga1.xlsx", bytes, new NodaTime.LocalDate(2026, 12, 1));

        Assert.Null(preview.FileError);
        Assert.Contains(preview.Rows, r => r.Name == "Hagagården");
        Assert.True(preview.ErrorCount == 0, string.Join("\n", preview.Rows.SelectMany(r => r.Errors.Select(e => $"{r.Line}: {e}"))));
        Assert.DoesNotContain(preview.Rows, r => r.Action == ImportAction.Create);
        Assert.Contains("tisdagar 09.00, varje vecka, på plats", SpreadsheetReader.Read("a.xlsx", bytes).Rows.Single(r => r.Cells[0] == "Hagagården").Cells);
    }

    [Fact]
    public void ControlCharactersAndLongTextShouldStayValid()
    {
        var document = PlanExportTestData.Herrljunga(appendix1Rows: 300) with
        {
            Appendix2 = [new("Förskolan \u0001Solrosen", new string('x', 40_000))],
        };
        using var doc = SpreadsheetDocument.Open(new MemoryStream(PlanXlsxExporter.Export(document)), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var sheet = SpreadsheetReader.Read("a.xlsx", PlanXlsxExporter.Export(document));
        Assert.Equal(300, sheet.Rows.Count);
    }
}
