using System.Net;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Audit;

public class AuditLogPageTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    [Fact]
    public async Task TheLogShouldBeForAdministratorsOnly()
    {
        var nurse = await app.SignedInAsync("sjukskoterska@lidkoping.demo");

        var response = await nurse.GetAsync("/administration/logg");

        // Exact (issue 16): a signed-in user without the role is sent to the Swedish access-denied page, never a 200 or a 500.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/konto/atkomst-nekad", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task AnAnonymousVisitorShouldBeSentToTheLogin()
    {
        var response = await app.Browser().GetAsync("/administration/logg");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/konto/logga-in", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task TheAdministratorShouldSeeTheLogAndAnIntactChain()
    {
        var admin = await app.SignedInAsync("admin@narplan.demo");
        var page = await admin.GetStringAsync("/administration/logg");
        Assert.Contains("Logg över ändringar", page);
        Assert.Contains("<option value=\"Enhet\">Enhet</option>", page); // issue 18: entity types in Swedish

        var verified = await admin.PostFormAsync("/administration/logg", page, "verify", []);

        var body = await verified.Content.ReadAsStringAsync();
        Assert.Contains("Kedjan är obruten", body);
    }
}
