using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Api;

/// <summary>
/// GET /api/v1/kommuner: where a client finds the kommun id that the place report, the figures and the crisis contact
/// routes take — by kommun code or region, paged like the units list, public and without patients.
/// </summary>
public sealed class KommunerApiTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private sealed record Kommun(Guid Id, string Name, string? Code, string Region, string? SubRegion, int Units, int Places, int CareCentres, string? EndedOn);

    [Fact]
    public async Task ShouldListEveryKommunOnceWithTheIdTheKommunRoutesTake()
    {
        var client = app.CreateClient();
        var stored = await app.WithDbAsync(db => db.Kommuner.Select(k => new { k.Id, k.Name }).ToListAsync());

        var response = await client.GetAsync("/api/v1/kommuner");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(stored.Count.ToString(), response.Headers.GetValues("X-Total-Count").Single());
        var kommuner = (await response.Content.ReadFromJsonAsync<List<Kommun>>())!;
        Assert.Equal(stored.Select(k => k.Id).Order(), kommuner.Select(k => k.Id).Order());
        Assert.Equal(kommuner.Select(k => k.Name).Order(StringComparer.Create(new("sv-SE"), false)), kommuner.Select(k => k.Name));

        var lidkoping = kommuner.Single(k => k.Name == "Lidköping");
        var places = await client.GetAsync($"/api/v1/kommuner/{lidkoping.Id}/places");
        Assert.Equal(HttpStatusCode.OK, places.StatusCode);
    }

    [Fact]
    public async Task ShouldCountTheUnitsAndPlacesOfAKommunAsTheDatabaseHoldsThem()
    {
        var expected = await app.WithDbAsync(async db =>
        {
            var herrljunga = await db.Kommuner.SingleAsync(k => k.Name == "Herrljunga");
            var units = await db.CareUnits.Where(u => u.KommunId == herrljunga.Id).ToListAsync();
            return (herrljunga.Id, Units: units.Count, Places: units.Sum(u => u.Places));
        });

        var kommun = await app.CreateClient().GetFromJsonAsync<Kommun>($"/api/v1/kommuner/{expected.Id}");

        Assert.Equal("Herrljunga", kommun!.Name);
        Assert.Equal("Västra Götalandsregionen", kommun.Region);
        Assert.Equal(expected.Units, kommun.Units);
        Assert.Equal(expected.Places, kommun.Places);
        Assert.True(kommun.CareCentres >= 1);
    }

    [Fact]
    public async Task ShouldFilterByRegionShortNameAndLeaveOutTheKommunerOfOtherRegions()
    {
        var kommuner = await app.CreateClient().GetFromJsonAsync<List<Kommun>>("/api/v1/kommuner?region=vgr");

        Assert.NotEmpty(kommuner!);
        Assert.All(kommuner!, k => Assert.Equal("Västra Götalandsregionen", k.Region));
        Assert.DoesNotContain(kommuner!, k => k.Name == "Falkenberg");
    }

    [Fact]
    public async Task ShouldFindAKommunByItsOfficialCode()
    {
        var code = await app.WithDbAsync(db => db.Kommuner.Where(k => k.Code != null).Select(k => new { k.Name, k.Code }).FirstAsync());

        var kommuner = await app.CreateClient().GetFromJsonAsync<List<Kommun>>($"/api/v1/kommuner?code={code.Code}");

        Assert.Equal(code.Name, Assert.Single(kommuner!).Name);
    }

    [Theory]
    [InlineData("/api/v1/kommuner?code=14", "fyra siffror")]
    [InlineData("/api/v1/kommuner?region=Atlantis", "Okänd region")]
    [InlineData("/api/v1/kommuner?limit=-1", "heltal")]
    public async Task ShouldRefuseUnreadableFiltersInSwedishProblemDetails(string url, string reason)
    {
        var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ShouldAnswerAnUnknownKommunWith404ProblemDetails()
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/kommuner/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
