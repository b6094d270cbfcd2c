using System.Net;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain;
using Narplan.Domain.Plans;
using Narplan.Web.Features.Plans;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Plans;

/// <summary>Editing a handlingsplan heading's rows (seed 001, Vänersborg) in a new revision.</summary>
public class PlanRowsEditTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    [Fact]
    public void RowsShouldRoundTripAndBadLinesShouldBeNamed()
    {
        var rows = new[] { new ActionRow("Delmål", "Aktivitet", "Våren 2027", "MAS", "Årligen", ActionStatus.Pagar, "Halvvägs") };
        Assert.Equal(rows, ActionRowsText.Parse(ActionRowsText.Format(rows)));
        var e = Assert.Throws<DomainException>(() => ActionRowsText.Parse("a | b | c | d | e | snart klar\n\nbara | tre | fält\n |  | när | vem | hur"));
        Assert.Contains("Rad 1: okänd status ”snart klar”", e.Message);
        Assert.Contains("Rad 3: skriv 5–7 fält", e.Message);
        Assert.Contains("Rad 4: En rad i handlingsplanen måste ha delmål eller aktivitet.", e.Message);
    }

    [Fact]
    public async Task APartyShouldEditTheRowsOfANewRevisionAndAStaleFormShouldKeepItsRows()
    {
        var id = await app.PlanIdAsync("Vänersborg", PlanKind.Handlingsplan);
        Assert.True((await app.AsPlanUserAsync("admin@narplan.demo", (c, u) => c.StartNextRevisionAsync(u, id))).Succeeded);
        var latest = await app.WithDbAsync(db => db.PlanVersions.Where(v => v.PlanId == id).MaxAsync(v => v.Number));
        var section = (await app.VersionAsync(id, latest)).Sections.First(s => s.Content == SectionContent.ActionRows && s.Rows.Count > 0);
        var url = PlanRowsEditPage.Url(id, latest, section.Key);
        var admin = await app.SignedInAsync("admin@narplan.demo");
        var page = await admin.GetStringAsync(url);
        Assert.Contains(section.Rows[0].Activity, WebUtility.HtmlDecode(page));

        var saved = await admin.PostFormAsync(url, page, "plan-rows", new() { ["rows"] = "Färre akuta besök | Gemensam utbildning i NEWS2 | Våren 2027 | MAS och vårdcentralschef | Hösten 2027 | pågår" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var rows = (await app.VersionAsync(id, latest)).Sections.Single(s => s.Key == section.Key).Rows;
        Assert.Equal([new ActionRow("Färre akuta besök", "Gemensam utbildning i NEWS2", "Våren 2027", "MAS och vårdcentralschef", "Hösten 2027", ActionStatus.Pagar)], rows);

        var stale = await admin.PostFormAsync(url, page, "plan-rows", new() { ["rows"] = "Annat | Annan aktivitet | 2028 | Ingen | Aldrig" });
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Inget har skrivits över; dina rader finns kvar nedan.", html);
        Assert.Contains("Annat | Annan aktivitet | 2028 | Ingen | Aldrig</textarea>", html);
        Assert.Contains("Gemensam utbildning i NEWS2", html); // the saved rows are shown beside
        Assert.Single((await app.VersionAsync(id, latest)).Sections.Single(s => s.Key == section.Key).Rows);
    }

    [Fact]
    public async Task APublishedVersionsRowsShouldNotBeEditable()
    {
        var id = await app.PlanIdAsync("Vänersborg", PlanKind.Handlingsplan);
        var section = (await app.VersionAsync(id, 1)).Sections.First(s => s.Content == SectionContent.ActionRows);
        var admin = await app.SignedInAsync("admin@narplan.demo");
        var response = await admin.GetAsync(PlanRowsEditPage.Url(id, 1, section.Key));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Versionen kan inte längre ändras", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
