using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Api;

public class UnitsApiTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private sealed record Unit(Guid Id, string Name, string Type, string Kommun, string Region, int Places);

    [Fact]
    public async Task HealthShouldAnswer200WhenTheDatabaseIsReachable()
    {
        var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task UnitsShouldBePublicAndFilterableByKommun()
    {
        var units = await app.CreateClient().GetFromJsonAsync<List<Unit>>("/api/v1/units?kommun=Herrljunga");

        Assert.NotNull(units);
        Assert.NotEmpty(units);
        Assert.All(units, u => Assert.Equal("Herrljunga", u.Kommun));
        Assert.All(units, u => Assert.Equal("Västra Götalandsregionen", u.Region));
        Assert.Contains(units, u => u.Name == "Hagagården" && u.Type == "SarskiltBoende" && u.Places == 40);
        Assert.DoesNotContain(units, u => u.Name == "Bäckliden");
    }

    [Fact]
    public async Task UnitsShouldListEveryKommunWithoutAFilter()
    {
        var units = await app.CreateClient().GetFromJsonAsync<List<Unit>>("/api/v1/units");

        Assert.Equal(["Falkenberg", "Herrljunga", "Lidköping", "Vänersborg"], units!.Select(u => u.Kommun).Distinct().Order().ToArray());
        Assert.Contains(units!, u => u.Name == "Galeasen" && u.Type == "Korttidsboende");
    }

    [Theory]
    [InlineData("/api/v1/units?type=Slott", "Okänd enhetstyp")]
    [InlineData("/api/v1/units?kommun=Atlantis", "Okänd kommun")]
    public async Task AMalformedFilterShouldBeAProblemDetail(string url, string detail)
    {
        var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains(detail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnUnknownUnitShouldBeA404ProblemDetail()
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/units/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AMalformedUnitIdShouldBeAProblemDetailWithoutAStackTrace()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/units/inte-ett-id");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body);
    }

    [Fact]
    public async Task TheOpenApiDocumentShouldDescribeTheUnitsEndpoint()
    {
        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/units", out _));
    }

    [Fact]
    public async Task TheInteractiveApiReferenceShouldBeServed()
    {
        var response = await app.CreateClient().GetAsync("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
