using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Domain.Organisations;
using Narplan.Web.Features.Plans;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Plans;

/// <summary>Bilaga 2's register page: BVC per förskola, edited by the kommun, shown by the plan.</summary>
public class PreschoolRegisterTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private async Task<(Guid Kommun, Guid Bvc)> HerrljungaAsync() => await app.WithDbAsync(async db =>
    {
        var kommun = await db.Kommuner.Where(k => k.Name == "Herrljunga").Select(k => k.Id).SingleAsync();
        var bvc = await db.RegionalUnits.Where(r => r.KommunId == kommun && r.UnitKind == RegionalUnitKind.Bvc).Select(r => r.Id).FirstAsync();
        return (kommun, bvc);
    });

    [Fact]
    public async Task MasShouldAddAFörskolaAndThePlansBilaga2ShouldShowIt()
    {
        var (kommun, bvc) = await HerrljungaAsync();
        var url = $"/naromraden/{kommun}/forskolor";
        var mas = await app.SignedInAsync("mas@herrljunga.demo");
        var page = await mas.GetStringAsync(url);
        Assert.Contains("Förskolan Solrosen", WebUtility.HtmlDecode(page));

        var added = await mas.PostFormAsync(url, page, "preschool-new", new() { ["name"] = "  Förskolan Tallbacken ", ["bvc"] = bvc.ToString() });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("Förskolan ”Förskolan Tallbacken” är tillagd.", WebUtility.HtmlDecode(await added.Content.ReadAsStringAsync()));

        await using var scope = app.Services.CreateAsyncScope();
        var (_, bilaga2) = await scope.ServiceProvider.GetRequiredService<PlanQueries>().LiveAppendicesAsync(kommun);
        Assert.Contains(bilaga2, r => r.Preschool == "Förskolan Tallbacken" && r.ChildHealthCentre != null);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == "Preschool" && e.Details.Contains("Förskolan Tallbacken"))));
    }

    [Fact]
    public async Task ADuplicateNameShouldBeRefusedAndTheTypedNameStay()
    {
        var (kommun, _) = await HerrljungaAsync();
        var url = $"/naromraden/{kommun}/forskolor";
        var mas = await app.SignedInAsync("mas@herrljunga.demo");
        var response = await mas.PostFormAsync(url, await mas.GetStringAsync(url), "preschool-new", new() { ["name"] = "förskolan solrosen", ["bvc"] = "" });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Förskolan ”förskolan solrosen” finns redan.", html);
        Assert.Contains("value=\"förskolan solrosen\"", html);
    }

    [Fact]
    public async Task ChangingTheBvcShouldSaveAndAStalePageShouldBeRefusedWithoutOverwriting()
    {
        var (kommun, bvc) = await HerrljungaAsync();
        var second = await app.WithDbAsync(async db =>
        {
            var unit = new RegionalUnit(await db.Kommuner.SingleAsync(k => k.Id == kommun), "BVC Hudene", RegionalUnitKind.Bvc, Ownership.Private, "031-390 06 98");
            db.RegionalUnits.Add(unit);
            await db.SaveChangesAsync();
            return unit.Id;
        });
        var url = $"/naromraden/{kommun}/forskolor";
        var mas = await app.SignedInAsync("mas@herrljunga.demo");
        await mas.PostFormAsync(url, await mas.GetStringAsync(url), "preschool-new", new() { ["name"] = "Förskolan Ekorren", ["bvc"] = bvc.ToString() });
        var id = await app.WithDbAsync(db => db.Preschools.Where(p => p.Name == "Förskolan Ekorren").Select(p => p.Id).SingleAsync());
        var stalePage = await mas.GetStringAsync(url); // shows Ekorren with the first BVC

        var cleared = await mas.PostFormAsync(url, stalePage, "preschools", new() { [$"bvc.{id}"] = "" });
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Contains("Sparat: 1 förskola har fått ny BVC.", WebUtility.HtmlDecode(await cleared.Content.ReadAsStringAsync()));
        Assert.Null(await app.WithDbAsync(db => db.Preschools.Where(p => p.Id == id).Select(p => p.ChildHealthCentreId).SingleAsync()));

        // From the old page (Ekorren with the first BVC), choosing the second one would overwrite the change unseen: refused.
        var stale = await mas.PostFormAsync(url, stalePage, "preschools", new() { [$"bvc.{id}"] = second.ToString() });
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Någon annan har ändrat BVC för Förskolan Ekorren sedan du öppnade sidan. Ingenting har sparats", html);
        Assert.Null(await app.WithDbAsync(db => db.Preschools.Where(p => p.Id == id).Select(p => p.ChildHealthCentreId).SingleAsync()));

        // Rows the user left as they were are not changes: the old page can still save another row.
        var untouched = await mas.PostFormAsync(url, stalePage, "preschools", new() { [$"bvc.{id}"] = bvc.ToString() });
        Assert.Contains("Inget var ändrat.", WebUtility.HtmlDecode(await untouched.Content.ReadAsStringAsync()));
        Assert.Null(await app.WithDbAsync(db => db.Preschools.Where(p => p.Id == id).Select(p => p.ChildHealthCentreId).SingleAsync()));
    }

    [Fact]
    public async Task ANurseShouldSeeTheRegisterButNotChangeIt()
    {
        var kommun = await app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync());
        var url = $"/naromraden/{kommun}/forskolor";
        var nurse = await app.SignedInAsync("sjukskoterska@lidkoping.demo");
        var page = await nurse.GetStringAsync(url);
        Assert.Contains("Endast kommunens MAS eller enhetschef kan ändra registret.", WebUtility.HtmlDecode(page));
        Assert.DoesNotContain("Spara ändringar", WebUtility.HtmlDecode(page));
        Assert.DoesNotContain("preschool-new", page);

        var response = await nurse.PostFormAsync(url, page, "preschools", []);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
