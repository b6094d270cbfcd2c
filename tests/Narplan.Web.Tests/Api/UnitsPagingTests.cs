using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Narplan.Web.Api;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Api;

/// <summary>
/// Issue 23 item 2: GET /api/v1/units pages with limit/offset and RFC 8288 Link headers, filters and counts in the
/// database, and clamps a page size over the maximum (with a link to the next page) instead of refusing it.
/// </summary>
public sealed partial class UnitsPagingTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private sealed record Unit(Guid Id, string Name, string Type, string Kommun);

    [GeneratedRegex("<([^>]+)>; rel=\"([a-z]+)\"")]
    private static partial Regex LinkPattern();

    private static Dictionary<string, string> Links(HttpResponseMessage response) =>
        LinkPattern().Matches(string.Join(", ", response.Headers.GetValues("Link"))).ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value);

    [Fact]
    public async Task ShouldGiveEveryUnitOnceWhenTheNextLinksAreFollowedFivePerPage()
    {
        var client = app.CreateClient();
        var all = await app.WithDbAsync(db => db.CareUnits.Select(u => u.Id).ToListAsync());
        var seen = new List<Guid>();
        string? url = "/api/v1/units?limit=5";
        var pages = 0;
        while (url is not null)
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(all.Count.ToString(), response.Headers.GetValues("X-Total-Count").Single());
            var units = (await response.Content.ReadFromJsonAsync<List<Unit>>())!;
            Assert.InRange(units.Count, 1, 5);
            seen.AddRange(units.Select(u => u.Id));
            url = Links(response).GetValueOrDefault("next");
            pages++;
        }

        Assert.Equal((all.Count + 4) / 5, pages);
        Assert.Equal(all.Order(), seen.Order());
    }

    [Fact]
    public async Task ShouldClampALimitOverTheMaximumInsteadOfRefusingIt()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/units?limit=100000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var units = (await response.Content.ReadFromJsonAsync<List<Unit>>())!;
        Assert.InRange(units.Count, 1, ApiPage.MaxLimit);
        Assert.Contains($"limit={ApiPage.MaxLimit}&offset=0", Links(response)["first"]);
    }

    [Fact]
    public void ShouldLinkToTheNextPageWhenTheClampedPageHoldsFewerThanAllRows()
    {
        // 1,200 units asked for at once: the first 500, a next link to 500 and a last link to 1,000.
        var (page, error) = ApiPage.Parse("100000", null);
        Assert.Null(error);
        Assert.Equal(ApiPage.MaxLimit, page!.Limit);

        var header = page.LinkHeader("https://narplan.example/api/v1/units", [new("kommun", "Herrljunga"), new("type", null)], 1200);

        Assert.Contains("<https://narplan.example/api/v1/units?kommun=Herrljunga&limit=500&offset=500>; rel=\"next\"", header);
        Assert.Contains("<https://narplan.example/api/v1/units?kommun=Herrljunga&limit=500&offset=1000>; rel=\"last\"", header);
        Assert.DoesNotContain("rel=\"prev\"", header);
    }

    [Fact]
    public async Task ShouldFilterByKommunAndTypeAndKeepTheFiltersInTheLinks()
    {
        var client = app.CreateClient();
        var expected = await app.WithDbAsync(db => db.CareUnits
            .Where(u => u.Type == Narplan.Domain.Places.CareUnitType.SarskiltBoende && db.Kommuner.Any(k => k.Id == u.KommunId && k.Name == "Herrljunga"))
            .CountAsync());
        Assert.True(expected >= 2, "The demo data has at least two särskilda boenden in Herrljunga.");

        var response = await client.GetAsync("/api/v1/units?kommun=herrljunga&type=SarskiltBoende&limit=1&offset=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected.ToString(), response.Headers.GetValues("X-Total-Count").Single());
        var unit = Assert.Single((await response.Content.ReadFromJsonAsync<List<Unit>>())!);
        Assert.Equal(("Herrljunga", "SarskiltBoende"), (unit.Kommun, unit.Type));
        var links = Links(response);
        Assert.Contains("kommun=herrljunga&type=SarskiltBoende&limit=1&offset=0", links["prev"]);
        Assert.Contains("kommun=herrljunga&type=SarskiltBoende&limit=1&offset=0", links["first"]);
    }

    [Fact]
    public async Task ShouldAnswerFromTheSavedUnitsAfterAChangeAlthoughPagesAreKeptBetweenRequests()
    {
        // Pages are kept in memory keyed by the change counter (decision 0098): asking again gives the same answer, and
        // a saved unit moves the counter, so the next answer counts and shows it.
        var client = app.CreateClient();
        const string url = "/api/v1/units?kommun=V%C3%A4nersborg&limit=500";
        var before = await client.GetAsync(url);
        var again = await client.GetAsync(url);
        Assert.Equal(await before.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        var count = int.Parse(before.Headers.GetValues("X-Total-Count").Single());

        await app.WithDbAsync(async db =>
        {
            var kommun = await db.Kommuner.SingleAsync(k => k.Name == "Vänersborg");
            db.CareUnits.Add(new Narplan.Domain.Places.CareUnit(kommun, "Cachegården", Narplan.Domain.Places.CareUnitType.Korttidsboende, 8));
            return await db.SaveChangesAsync();
        });
        var after = await client.GetAsync(url);

        Assert.Equal((count + 1).ToString(), after.Headers.GetValues("X-Total-Count").Single());
        Assert.Contains((await after.Content.ReadFromJsonAsync<List<Unit>>())!, u => u.Name == "Cachegården");
    }

    [Theory]
    [InlineData("/api/v1/units?limit=alla", "'limit'")]
    [InlineData("/api/v1/units?limit=0", "'limit'")]
    [InlineData("/api/v1/units?offset=-5", "'offset'")]
    public async Task ShouldRefuseAPageThatIsNotAWholeNumberWithASwedishProblem(string url, string names)
    {
        var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(names, problem.GetProperty("detail").GetString());
        Assert.Contains("heltal", problem.GetProperty("detail").GetString());
    }
}
