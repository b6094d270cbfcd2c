using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Web.Features.Plans;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Plans;

/// <summary>Bilaga 1's "Dag och tid" comes from the round series (demo: Hagagården weekly Tuesday 09.00, Eken every other Wednesday 13.00).</summary>
public class Appendix1RoundTimesTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    [Fact]
    public async Task TheAppShouldUseTheRoundSeriesForBilaga1()
    {
        await using var scope = app.Services.CreateAsyncScope();
        Assert.IsType<RoundSeriesSummaries>(scope.ServiceProvider.GetRequiredService<IRoundSummaryProvider>());
        var kommun = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Kommuner, k => k.Name == "Herrljunga"));
        var (rows, _) = await scope.ServiceProvider.GetRequiredService<PlanQueries>().LiveAppendicesAsync(kommun.Id);
        Assert.Equal("onsdagar 13.00, varannan vecka, på plats", rows.Single(r => r.Unit == "Eken").Time);
        Assert.Equal("måndagar och torsdagar 10.00, varje vecka, på plats", rows.Single(r => r.Unit == "Korttidsenheten Herrljunga").Time);
    }

    [Fact]
    public async Task TheDraftDocxShouldShowRoundTimesInBilaga1()
    {
        var id = await app.PlanIdAsync("Herrljunga");
        var mas = await app.SignedInAsync("mas@herrljunga.demo");
        var response = await mas.GetAsync($"/api/v1/plans/{id}/versions/2.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var bilaga1 = doc.MainDocumentPart!.Document!.Body!.Elements<Table>().Single(t => t.InnerText.Contains("Fast läkarkontakt"));
        var eken = bilaga1.Elements<TableRow>().Single(r => r.Elements<TableCell>().First().InnerText == "Eken");
        Assert.Contains(eken.Elements<TableCell>(), c => c.InnerText == "onsdagar 13.00, varannan vecka, på plats");
    }

    [Fact]
    public async Task ThePublishedPageShouldShowTheRoundTimesFrozenWithTheVersion()
    {
        var id = await app.PlanIdAsync("Herrljunga");
        var html = await app.CreateClient().GetStringAsync($"/publicerat/{id}");
        Assert.Contains("tisdagar 09.00, varje vecka, på plats", html);
        Assert.Contains("torsdagar 15.00, varannan vecka, på vårdcentralen", html);
    }
}
