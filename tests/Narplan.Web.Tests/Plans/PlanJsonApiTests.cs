using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Narplan.Web.Features.Plans;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Plans;

/// <summary>
/// Issue 22.1: the plan as JSON — GET /api/v1/plans/{id}/versions/{n} holds what the DOCX shows, and published
/// versions are cacheable with an ETag that answers 304 to If-None-Match.
/// </summary>
public sealed class PlanJsonApiTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    [Fact]
    public async Task ShouldGiveThePublishedHerrljungaPlanWithEverySectionAndBilaga1RowOfTheDocx()
    {
        var id = await app.PlanIdAsync("Herrljunga");
        var client = app.CreateClient();

        var response = await client.GetAsync($"/api/v1/plans/{id}/versions/1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Herrljunga", json.GetProperty("kommun").GetString());
        Assert.Equal("Publicerad", json.GetProperty("status").GetString());

        var docx = await client.GetByteArrayAsync($"/api/v1/plans/{id}/versions/1.docx");
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var docxText = document.MainDocumentPart!.Document!.Body!.InnerText;

        var sections = json.GetProperty("sections").EnumerateArray().ToList();
        Assert.NotEmpty(sections);
        Assert.All(sections, s => Assert.Contains(s.GetProperty("heading").GetString()!, docxText));

        var rows = json.GetProperty("appendix1").EnumerateArray().ToList();
        Assert.Contains(rows, r => r.GetProperty("unit").GetString() == "Hagagården");
        Assert.All(rows, r => Assert.Contains(r.GetProperty("unit").GetString()!, docxText));
        Assert.NotEmpty(json.GetProperty("parties").EnumerateArray());
    }

    [Fact]
    public async Task ShouldRenderSectionMarkdownAsSanitisedHtml()
    {
        var id = await app.PlanIdAsync("Herrljunga");
        var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync($"/api/v1/plans/{id}/versions/1")).RootElement;
        var filled = json.GetProperty("sections").EnumerateArray().First(s => s.GetProperty("markdown").GetString()!.Length > 0);
        Assert.StartsWith("<", filled.GetProperty("html").GetString());
        Assert.DoesNotContain("<script", filled.GetProperty("html").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ShouldAnswer304ToTheSameETagAndSendCacheControl()
    {
        var id = await app.PlanIdAsync("Herrljunga");
        var client = app.CreateClient();

        var first = await client.GetAsync($"/api/v1/plans/{id}/versions/1");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Contains("max-age", first.Headers.CacheControl!.ToString());
        Assert.True(first.Headers.CacheControl!.Public);

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/plans/{id}/versions/1");
        again.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());

        using var other = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/plans/{id}/versions/1");
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(other)).StatusCode);
    }

    [Fact]
    public async Task ShouldNotShowADraftToTheAnonymousPublicButToASignedInParty()
    {
        var id = await app.PlanIdAsync("Herrljunga");
        var anonymous = await app.CreateClient().GetAsync($"/api/v1/plans/{id}/versions/2");
        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);

        var mas = await app.SignedInAsync("mas@herrljunga.demo");
        var draft = await mas.GetAsync($"/api/v1/plans/{id}/versions/2");
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Null(draft.Headers.ETag);
        Assert.True(draft.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task ShouldAnswerProblemDetailsForAVersionThatDoesNotExist()
    {
        var id = await app.PlanIdAsync("Herrljunga");
        var response = await app.CreateClient().GetAsync($"/api/v1/plans/{id}/versions/99");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The ETag is known without building the document, so it must change whenever what the bytes depend on changes.</summary>
    [Fact]
    public void ShouldChangeTheETagWhenTheStatusContentOrApprovalsChange()
    {
        var id = Guid.NewGuid();
        var stamp = new PlanVersionStamp(Guid.NewGuid(), Narplan.Domain.Plans.PlanStatus.Publicerad, 7, null, new NodaTime.LocalDate(2026, 4, 1), 3, "Herrljunga", "Västra Götalandsregionen");
        var tag = PlanJsonApi.ETagOf(id, 1, stamp);

        Assert.Equal(tag, PlanJsonApi.ETagOf(id, 1, stamp with { }));
        Assert.NotEqual(tag, PlanJsonApi.ETagOf(id, 1, stamp with { Status = Narplan.Domain.Plans.PlanStatus.Ersatt }));
        Assert.NotEqual(tag, PlanJsonApi.ETagOf(id, 1, stamp with { ContentRevision = 8 }));
        Assert.NotEqual(tag, PlanJsonApi.ETagOf(id, 1, stamp with { Approvals = 4 }));
        Assert.NotEqual(tag, PlanJsonApi.ETagOf(id, 1, stamp with { Kommun = "Borås" }));
        Assert.NotEqual(tag, PlanJsonApi.ETagOf(id, 2, stamp));
    }
}
