using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Plans;

/// <summary>Read-only: the demo plans as the public and the API see them.</summary>
public class PlanApiAndPublicPageTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    [Fact]
    public async Task TheApiShouldListHerrljungasPublishedPlanWithOnlyItsPublishedVersion()
    {
        var plans = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/plans?kommun=Herrljunga");
        var plan = Assert.Single(plans.EnumerateArray());
        Assert.Equal("Herrljunga", plan.GetProperty("kommun").GetString());
        Assert.Equal(1, plan.GetProperty("publishedVersion").GetInt32());
        var version = Assert.Single(plan.GetProperty("versions").EnumerateArray());
        Assert.Equal("Publicerad", version.GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheApiShouldListPlansPerRegionIncludingTheHandlingsplan()
    {
        var plans = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/plans?region=VGR");
        Assert.Contains(plans.EnumerateArray(), p => p.GetProperty("kind").GetString() == "Handlingsplan" && p.GetProperty("kommun").GetString() == "Vänersborg");
        var halland = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/plans?region=Halland");
        Assert.Empty(halland.EnumerateArray());
    }

    [Fact]
    public async Task AnUnknownKommunShouldBeASwedishProblem()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/plans?kommun=Atlantis");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Okänd kommun", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task APublishedVersionShouldDownloadAsValidDocxAndPdfWithoutLogin()
    {
        var id = await app.PlanIdAsync("Herrljunga");
        var client = app.CreateClient();
        var docx = await client.GetAsync($"/api/v1/plans/{id}/versions/1.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var doc = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(doc));
            Assert.Contains("Hagagården", doc.MainDocumentPart!.Document!.Body!.InnerText);
        }

        var pdf = await client.GetAsync($"/api/v1/plans/{id}/versions/1.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var text = string.Join("\n", PlanPdfExportTests.PageTexts(await pdf.Content.ReadAsByteArrayAsync()));
        Assert.Contains("Läkare i beredskap", text);
        Assert.Contains("Hagagården", text);
    }

    [Fact]
    public async Task ADraftVersionShouldNotBePublicButAPartyShouldDownloadIt()
    {
        var id = await app.PlanIdAsync("Herrljunga");
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/api/v1/plans/{id}/versions/2.docx")).StatusCode);
        var mas = await app.SignedInAsync("mas@herrljunga.demo");
        Assert.Equal(HttpStatusCode.OK, (await mas.GetAsync($"/api/v1/plans/{id}/versions/2.pdf")).StatusCode);
        var lidkoping = await app.SignedInAsync("sjukskoterska@lidkoping.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await lidkoping.GetAsync($"/api/v1/plans/{id}/versions/2.pdf")).StatusCode);
    }

    [Fact]
    public async Task ABadFileNameShouldBeABadRequest()
    {
        var id = await app.PlanIdAsync("Herrljunga");
        var response = await app.CreateClient().GetAsync($"/api/v1/plans/{id}/versions/1.txt");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ThePublicPageShouldShowThePublishedVersionWithAppendicesAndOnCallWithoutLogin()
    {
        var id = await app.PlanIdAsync("Herrljunga");
        var response = await app.CreateClient().GetAsync($"/publicerat/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("version 1, publicerad 2026-04-01", html);
        Assert.Contains("Bilaga 1 Läkaransvar i kommunal primärvård", html);
        Assert.Contains("Hagagården", html);
        Assert.Contains("Förskolan Solrosen", html);
        Assert.Contains("Vem svarar just nu?", html);
        Assert.DoesNotContain("gemensam utbildningsdag om palliativ vård", html); // only in the draft
    }

    [Fact]
    public async Task ThePublicListShouldShowBothDemoPlans()
    {
        var html = await app.CreateClient().GetStringAsync("/publicerat");
        Assert.Contains("Gemensam Närområdesplan", html);
        Assert.Contains("Lokal handlingsplan för vuxna med sammansatta behov", html);
    }

    [Fact]
    public async Task TheInternalPlanPageShouldNeedLogin()
    {
        var id = await app.PlanIdAsync("Herrljunga");
        var response = await app.Browser().GetAsync($"/planer/{id}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/konto/logga-in", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task TheHandlingsplanPageShouldShowSeed001Rows()
    {
        var id = await app.PlanIdAsync("Vänersborg", Domain.Plans.PlanKind.Handlingsplan);
        var html = await app.CreateClient().GetStringAsync($"/publicerat/{id}");
        Assert.Contains("1.1 Närområdesplan", html);
        Assert.Contains("Läkemedelsautomat", html);
        Assert.Contains("Ej påbörjad", html);
    }

    [Fact]
    public async Task CompareShouldShowWhatVersion2Changed()
    {
        var id = await app.PlanIdAsync("Herrljunga");
        var mas = await app.SignedInAsync("mas@herrljunga.demo");
        var html = await mas.GetStringAsync($"/planer/{id}/jamfor?fran=1&till=2");
        Assert.Contains("Ändringar från version 1 till version 2", html);
        Assert.Contains("Gemensam kompetensutveckling", html);
        Assert.Contains("<ins>", html);
        Assert.Contains("Årlig uppföljning: 2026-11-17 → 2027-11-16", html);
    }
}
