using System.Net;
using Narplan.Domain.Plans;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Plans;

/// <summary>Editing sections over HTTP: access, stale edits with both texts, pasted scripts.</summary>
public class PlanEditingTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    [Fact]
    public async Task AStaleSectionEditShouldGetAConflictWithBothTextsAndOverwriteNothing()
    {
        var id = await app.PlanIdAsync("Herrljunga");
        var url = $"/planer/{id}/versioner/2/avsnitt/egenvard";
        var mas = await app.SignedInAsync("mas@herrljunga.demo");
        var chef = await app.SignedInAsync("vcchef@herrljunga-vc.demo");
        var masPage = await mas.GetStringAsync(url);
        var chefPage = await chef.GetStringAsync(url);

        var first = await mas.PostFormAsync(url, masPage, "plan-section", new() { ["Input.Text"] = "Kommunens text om egenvård.", ["Input.Action"] = "save" });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var second = await chef.PostFormAsync(url, chefPage, "plan-section", new() { ["Input.Text"] = "Vårdcentralens text om egenvård.", ["Input.Action"] = "save" });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var html = await second.Content.ReadAsStringAsync();
        Assert.Contains("Inget har skrivits över", html);
        Assert.Contains("Kommunens text om egenvård.", html);
        Assert.Contains("Vårdcentralens text om egenvård.", html);

        var saved = await app.VersionAsync(id, 2);
        Assert.Equal("Kommunens text om egenvård.", saved.Section("egenvard").Text);
    }

    [Fact]
    public async Task APastedScriptShouldBeSavedAsTextAndNeverRendered()
    {
        var id = await app.PlanIdAsync("Herrljunga");
        var url = $"/planer/{id}/versioner/2/avsnitt/anhorigstod";
        var mas = await app.SignedInAsync("mas@herrljunga.demo");
        var page = await mas.GetStringAsync(url);
        var response = await mas.PostFormAsync(url, page, "plan-section", new()
        {
            ["Input.Text"] = "Anhörigstöd <script>alert('x')</script> <img src=x onerror=alert(1)> [klick](javascript:alert(1))",
            ["Input.Action"] = "save",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await mas.GetStringAsync($"/planer/{id}/versioner/2");
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("javascript:alert", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task ThePreviewShouldRenderWithoutSaving()
    {
        var id = await app.PlanIdAsync("Herrljunga");
        var url = $"/planer/{id}/versioner/2/avsnitt/referenser";
        var mas = await app.SignedInAsync("mas@herrljunga.demo");
        var page = await mas.GetStringAsync(url);
        var response = await mas.PostFormAsync(url, page, "plan-section", new() { ["Input.Text"] = "**Förhandsvisad** text", ["Input.Action"] = "preview" });
        Assert.Contains("<strong>Förhandsvisad</strong>", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Förhandsvisad", (await app.VersionAsync(id, 2)).Section("referenser").Text);
    }

    [Fact]
    public async Task AnotherKommunsUserShouldNotEditHerrljungasPlan()
    {
        var id = await app.PlanIdAsync("Herrljunga");
        var nurse = await app.SignedInAsync("sjukskoterska@lidkoping.demo");
        var response = await nurse.GetAsync($"/planer/{id}/versioner/2/avsnitt/egenvard");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("inte part", await response.Content.ReadAsStringAsync());

        var result = await app.AsPlanUserAsync("sjukskoterska@lidkoping.demo", (c, u) => c.EditSectionAsync(u, id, 2, "egenvard", 0, "Intrång"));
        Assert.True(result.Forbidden);
    }

    [Fact]
    public async Task APublishedVersionShouldNotBeEditable()
    {
        var id = await app.PlanIdAsync("Herrljunga");
        var result = await app.AsPlanUserAsync("mas@herrljunga.demo", (c, u) => c.EditSectionAsync(u, id, 1, "egenvard", 1, "Ändring i publicerad"));
        Assert.False(result.Succeeded);
        Assert.Contains("Starta en ny revision", result.Error);
    }
}
