using System.Net;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Plans;
using Narplan.Web.Features.Plans;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Plans;

/// <summary>Adding and removing numbered headings of a handlingsplan (seed 001, Vänersborg) in a new revision.</summary>
public class PlanHeadingsTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    [Fact]
    public void HeadingNumbersShouldCompareByTheirParts()
    {
        var n = (string s) => ActionHeadingNumber.TryParse(s)!;
        Assert.True(n("2.10").CompareTo(n("2.9")) > 0);
        Assert.True(n("2").CompareTo(n("2.1")) < 0);
        Assert.True(n("2.3").CompareTo(n("3")) < 0);
        Assert.Equal("2.4", n("2.4.").Key);
        Assert.Null(ActionHeadingNumber.TryParse("två"));
        Assert.Null(ActionHeadingNumber.TryParse("1.0"));
        Assert.Equal("3. Uppföljning", n("3").Heading("Uppföljning"));
        Assert.Equal("2.3 Mobila team", n("2.3").Heading("Mobila team"));
    }

    [Fact]
    public async Task APartyShouldAddHeadingsInNumberOrderAndWriteRowsUnderThem()
    {
        var (id, number) = await OpenRevisionAsync();
        var before = (await app.VersionAsync(id, number)).ContentRevision;

        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(id, number, "2.3", "Mobila team")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(id, number, "5", "Uppföljning av handlingsplanen")).StatusCode);

        var version = await app.VersionAsync(id, number);
        var keys = version.Sections.Select(s => s.Key).ToList();
        Assert.Equal(keys.IndexOf("2.2") + 1, keys.IndexOf("2.3"));
        Assert.Equal(keys.IndexOf("3") - 1, keys.IndexOf("2.3"));
        Assert.True(keys.IndexOf("5") > keys.IndexOf("4"));
        Assert.Equal("2.3 Mobila team", version.Section("2.3").Heading);
        Assert.Equal(2, version.Section("2.3").Level);
        Assert.Equal("5. Uppföljning av handlingsplanen", version.Section("5").Heading);
        Assert.Equal(Enumerable.Range(1, keys.Count), version.Sections.Select(s => s.Order));
        Assert.True(version.ContentRevision > before);

        var admin = await app.SignedInAsync("admin@narplan.demo");
        var rowsUrl = PlanRowsEditPage.Url(id, number, "2.3");
        var rowsPage = await admin.GetStringAsync(rowsUrl);
        var saved = await admin.PostFormAsync(rowsUrl, rowsPage, "plan-rows", new() { ["rows"] = "Mobilt team | Starta ett mobilt närvårdsteam | Våren 2027 | Kommunen | Hösten 2027" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Single((await app.VersionAsync(id, number)).Section("2.3").Rows);
        Assert.Contains("2.3 Mobila team", WebUtility.HtmlDecode(await admin.GetStringAsync(PlanPage.Url(id, number))));
    }

    [Fact]
    public async Task AnEmptyHeadingShouldBeRemoved()
    {
        var (id, number) = await OpenRevisionAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(id, number, "6", "Tillfällig rubrik")).StatusCode);
        Assert.Contains((await app.VersionAsync(id, number)).Sections, s => s.Key == "6");

        var response = await RemoveAsync(id, number, "6");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var version = await app.VersionAsync(id, number);
        Assert.DoesNotContain(version.Sections, s => s.Key == "6");
        Assert.Equal(Enumerable.Range(1, version.Sections.Count), version.Sections.Select(s => s.Order));
    }

    [Fact]
    public async Task AHeadingWithRowsOrSubHeadingsShouldNotBeRemoved()
    {
        var (id, number) = await OpenRevisionAsync();
        var withRows = await RemoveAsync(id, number, "2.1");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withRows.StatusCode);
        Assert.Contains("Rubriken ”2.1 Behålla den goda samverkanskulturen” har 1 rad och kan inte tas bort.", WebUtility.HtmlDecode(await withRows.Content.ReadAsStringAsync()));

        var withSubHeadings = await RemoveAsync(id, number, "1");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withSubHeadings.StatusCode);
        Assert.Contains("har underrubriker och kan inte tas bort", WebUtility.HtmlDecode(await withSubHeadings.Content.ReadAsStringAsync()));
        var keys = (await app.VersionAsync(id, number)).Sections.Select(s => s.Key).ToList();
        Assert.Contains("2.1", keys);
        Assert.Contains("1", keys);
    }

    [Fact]
    public async Task BadNumbersShouldBeRefusedInSwedish()
    {
        var (id, number) = await OpenRevisionAsync();
        var cases = new (string Number, string Title, string Message)[]
        {
            ("två", "Något", "”två” är inget rubriknummer; skriv till exempel 3 eller 2.4."),
            ("2.2", "Något", "Rubrik 2.2 finns redan i planen."),
            ("7.1", "Något", "Rubrik 7 finns inte; lägg till den innan 7.1."),
            ("7", " ", "Skriv rubrikens titel."),
        };
        foreach (var (n, title, message) in cases)
        {
            var response = await AddAsync(id, number, n, title);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains(message, html);
            Assert.Contains($"value=\"{n}\"", html);
        }
    }

    [Fact]
    public async Task AStalePageShouldBeAConflictAndKeepTheTypedHeading()
    {
        var (id, number) = await OpenRevisionAsync();
        var admin = await app.SignedInAsync("admin@narplan.demo");
        var url = PlanHeadingsPage.Url(id, number);
        var oldPage = await admin.GetStringAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(id, number, "8", "Först")).StatusCode);

        var stale = await admin.PostFormAsync(url, oldPage, "add-heading", new() { ["number"] = "9", ["title"] = "Sedan" });
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Planen har ändrats av någon annan sedan du öppnade sidan", html);
        Assert.Contains("value=\"Sedan\"", html);
        Assert.DoesNotContain((await app.VersionAsync(id, number)).Sections, s => s.Key == "9");

        var staleRemove = await admin.PostFormAsync(url, oldPage, PlanHeadingsPage.RemoveFormName("2.2"), []);
        Assert.Equal(HttpStatusCode.Conflict, staleRemove.StatusCode);
    }

    [Fact]
    public async Task ThereShouldBeNoHeadingsToEditInAPublishedVersionOrANarområdesplan()
    {
        var id = await app.PlanIdAsync("Vänersborg", PlanKind.Handlingsplan);
        var admin = await app.SignedInAsync("admin@narplan.demo");
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync(PlanHeadingsPage.Url(id, 1))).StatusCode);
        var lidkoping = await app.SignedInAsync("enhetschef@lidkoping.demo");
        var (_, number) = await OpenRevisionAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await lidkoping.GetAsync(PlanHeadingsPage.Url(id, number))).StatusCode);
        var herrljunga = await app.PlanIdAsync("Herrljunga");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(PlanHeadingsPage.Url(herrljunga, 2))).StatusCode);
    }

    /// <summary>The handlingsplan's open revision, started by an administrator when there is none.</summary>
    private async Task<(Guid Id, int Number)> OpenRevisionAsync()
    {
        var id = await app.PlanIdAsync("Vänersborg", PlanKind.Handlingsplan);
        var latest = await app.WithDbAsync(db => db.PlanVersions.Where(v => v.PlanId == id).OrderByDescending(v => v.Number).FirstAsync());
        if (!latest.IsEditable)
        {
            Assert.True((await app.AsPlanUserAsync("admin@narplan.demo", (c, u) => c.StartNextRevisionAsync(u, id))).Succeeded);
            return (id, latest.Number + 1);
        }

        return (id, latest.Number);
    }

    private async Task<HttpResponseMessage> AddAsync(Guid id, int number, string headingNumber, string title)
    {
        var admin = await app.SignedInAsync("admin@narplan.demo");
        var url = PlanHeadingsPage.Url(id, number);
        return await admin.PostFormAsync(url, await admin.GetStringAsync(url), "add-heading", new() { ["number"] = headingNumber, ["title"] = title });
    }

    private async Task<HttpResponseMessage> RemoveAsync(Guid id, int number, string key)
    {
        var admin = await app.SignedInAsync("admin@narplan.demo");
        var url = PlanHeadingsPage.Url(id, number);
        return await admin.PostFormAsync(url, await admin.GetStringAsync(url), PlanHeadingsPage.RemoveFormName(key), []);
    }
}
