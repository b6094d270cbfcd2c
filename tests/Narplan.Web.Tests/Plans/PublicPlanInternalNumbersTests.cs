using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Patients;
using Narplan.Web.Tests.Rounds;
using NodaTime;

namespace Narplan.Web.Tests.Plans;

/// <summary>
/// Issue 15, finding 6: the published plan's "Vem svarar just nu?" goes through the same "without internal numbers"
/// rule as the on-call API (decision 0007), so an anonymous reader never sees the beredskapsjour's internal number.
/// </summary>
public sealed class PublicPlanInternalNumbersTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    // 23:00 on midsommarafton 19 June 2026 (21:00 UTC): the VGR beredskapsjour answers, on "077-011 02 88", marked internal.
    private readonly WebApplicationFactory<Program> _app = factory.At(Instant.FromUtc(2026, 6, 19, 21, 0));

    [Fact]
    public async Task ShouldNotShowTheBeredskapsjoursInternalNumberToAnAnonymousReaderOfThePublishedPlan()
    {
        var id = await factory.PlanIdAsync("Herrljunga");

        var response = await _app.Browser().GetAsync($"/publicerat/{id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vem svarar just nu?", html);
        Assert.Contains("Beredskapsläkare", html);
        Assert.DoesNotContain("077-011 02 88", html);
        Assert.DoesNotContain("tel:0770110288", html);
        Assert.Contains("Internt nummer, visas för inloggade", html);
    }

    [Fact]
    public async Task ShouldShowTheInternalNumberOnThePublishedPlanToASignedInUserAsTheApiDoes()
    {
        var id = await factory.PlanIdAsync("Herrljunga");
        var client = await _app.SignedInAsync("mas@herrljunga.demo");

        var html = await client.GetStringAsync($"/publicerat/{id}");

        Assert.Contains("tel:0770110288", html);
    }

    [Fact]
    public async Task ShouldHideTheSameNumberOnThePublicPageAsTheApiHidesForAnAnonymousCaller()
    {
        var id = await factory.PlanIdAsync("Herrljunga");
        var unit = await factory.UnitIdAsync("Hagagården");

        var api = await _app.Browser().GetStringAsync($"/api/v1/units/{unit}/on-call");
        var page = await _app.Browser().GetStringAsync($"/publicerat/{id}");

        Assert.Contains("\"internalNumbersHidden\":true", api);
        Assert.DoesNotContain("0770110288", api.Replace(" ", "").Replace("-", ""));
        Assert.DoesNotContain("077-011 02 88", page);
    }
}
