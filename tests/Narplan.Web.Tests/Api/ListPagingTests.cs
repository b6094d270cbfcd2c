using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Web.Api;
using Narplan.Web.Tests.Infrastructure;
using NodaTime;

namespace Narplan.Web.Tests.Api;

/// <summary>
/// Issue 23 item 2: the list endpoints page with limit/offset and an RFC 8288 Link header; a limit over the maximum is
/// clamped with a link to the next page, not an error.
/// </summary>
public partial class ListPagingTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    // Wednesday 2 December 2026, 10:00 Swedish time: three demo intyg are due within four weeks (2026-10-15, 2026-11-20,
    // 2026-12-20); Tolvan's, followed up on 2026-02-01, is due only on 2027-02-01.
    private readonly WebApplicationFactory<Program> _app = factory.At(Instant.FromUtc(2026, 12, 2, 9, 0));

    [GeneratedRegex("<([^>]*)>; rel=\"next\"")]
    private static partial Regex NextLink();

    private static string? Next(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Link", out var values) && NextLink().Match(string.Join(", ", values)) is { Success: true } m
            ? new Uri(m.Groups[1].Value).PathAndQuery
            : null;

    private static int Total(HttpResponseMessage response) => int.Parse(response.Headers.GetValues(ApiPage.TotalCountHeader).Single());

    [Fact]
    public async Task ShouldPageThePlansAndFollowTheNextLinkToTheSamePlansAsOneLargePage()
    {
        var client = _app.CreateClient();
        var all = await client.GetAsync("/api/v1/plans?region=VGR");
        var allIds = (await all.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();
        Assert.True(allIds.Count >= 2, "the demo data publishes several plans in VGR");
        Assert.Equal(allIds.Count, Total(all));
        Assert.Null(Next(all));

        var paged = new List<Guid>();
        var url = "/api/v1/plans?region=VGR&limit=1";
        while (url is not null)
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
            Assert.Single(page);
            Assert.Equal(allIds.Count, Total(response));
            paged.Add(page[0].GetProperty("id").GetGuid());
            url = Next(response);
            Assert.True(url is null || url.Contains("region=VGR"), url);
        }

        Assert.Equal(allIds, paged);
    }

    [Fact]
    public async Task ShouldClampALimitOverTheMaximumInsteadOfRefusingIt()
    {
        var response = await _app.CreateClient().GetAsync("/api/v1/plans?limit=1000000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"limit={ApiPage.MaxLimit}&offset=0>; rel=\"first\"", string.Join(", ", response.Headers.GetValues("Link")));
    }

    [Fact]
    public async Task ShouldPageTheSelfCareFollowUpsDueAndLogOnlyThePagesPatients()
    {
        var admin = await _app.SignedInAsync("admin@narplan.demo");
        var head = await _app.WithDbAsync(db => db.AuditEntries.MaxAsync(e => e.Sequence));

        var first = await admin.GetAsync("/api/v1/self-care-certificates/due?limit=2");
        var logged = await _app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Sequence > head && e.Details == "egenvårdsintyg att följa upp"));
        var next = Next(first);
        Assert.NotNull(next);
        var second = await admin.GetAsync(next);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(3, Total(first));
        Assert.Contains("limit=2&offset=2", next);
        Assert.Null(Next(second));
        var due = (await first.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
            .Concat((await second.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray())
            .Select(r => r.GetProperty("followUpDueOn").GetString()).ToList();
        Assert.Equal(["2026-10-15", "2026-11-20", "2026-12-20"], due);
        Assert.Equal(2, logged);
    }

    [Theory]
    [InlineData("/api/v1/sip/due", "sjukskoterska@lidkoping.demo", "SIP att följa upp", 2)]
    [InlineData("/api/v1/oral-health/due", "mas@herrljunga.demo", "munhälsobedömning att göra", 1)]
    [InlineData("/api/v1/vaccination-doses/documentation-due", "lakare@herrljunga-vc.demo", "vaccinationsunderlag att skicka eller registrera", 1)]
    public async Task ShouldPageTheDueListsOneRowAtATimeToTheSameRowsAsOneClampedPageAndLogOnlyThePagesPatients(
        string list, string email, string purpose, int atLeast)
    {
        var client = await _app.SignedInAsync(email);

        // Everything at once is clamped to the maximum, not refused.
        var all = await client.GetAsync($"{list}?limit=100000");
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Contains($"limit={ApiPage.MaxLimit}&offset=0>; rel=\"first\"", string.Join(", ", all.Headers.GetValues("Link")));
        var rows = (await all.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(r => r.GetRawText()).ToList();
        Assert.True(rows.Count >= atLeast, $"{list}: {rows.Count} rows");
        Assert.Equal(rows.Count, Total(all));
        Assert.Null(Next(all));

        // One row a page, following the next links: the same rows in the same order, each page logging one patient read.
        var paged = new List<string>();
        string? url = $"{list}?limit=1";
        while (url is not null)
        {
            var head = await _app.WithDbAsync(db => db.AuditEntries.MaxAsync(e => e.Sequence));
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(rows.Count, Total(response));
            paged.Add(Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()).GetRawText());
            Assert.Equal(1, await _app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Sequence > head && e.Details == purpose)));
            url = Next(response);
            Assert.True(paged.Count <= rows.Count, $"{list}: more pages than rows");
        }

        Assert.Equal(rows, paged);
    }

    [Fact]
    public async Task ShouldRefuseALimitThatIsNotAWholeNumberWithASwedishProblem()
    {
        var admin = await _app.SignedInAsync("admin@narplan.demo");

        var response = await admin.GetAsync("/api/v1/self-care-certificates/due?limit=alla");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("'limit' måste vara ett heltal", problem.GetProperty("detail").GetString());
    }
}
