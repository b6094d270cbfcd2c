using System.Net;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Plans;
using Narplan.Web.Features.Plans;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Plans;

/// <summary>A närområde without a plan (Lidköping in the demo) starts one from the VGR template.</summary>
public class StartPlanTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    [Fact]
    public async Task TheKommunShouldStartItsPlanFromTheTemplateWithItsVårdcentralerAsParties()
    {
        var kommun = await app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync());
        var chef = await app.SignedInAsync("enhetschef@lidkoping.demo");
        var page = await chef.GetStringAsync($"/naromraden/{kommun}");
        var response = await chef.PostActionAsync(page, $"/naromraden/{kommun}/ny-plan");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/versioner/1?klart=ny-plan", response.Headers.Location!.ToString());
        var plan = await app.WithDbAsync(db => db.Plans.Include(p => p.Versions).ThenInclude(v => v.Sections).SingleAsync(p => p.KommunId == kommun));
        var version = plan.Latest;
        Assert.Equal(PlanKind.Naromradesplan, plan.Kind);
        Assert.Equal(PlanStatus.Utkast, version.Status);
        Assert.Equal(PlanTemplate.Vgr.Count, version.Sections.Count);
        Assert.Equal(PlanTemplate.Vgr.First(t => t.DefaultText.Length > 0).DefaultText, version.Sections.First(s => s.Key == PlanTemplate.Vgr.First(t => t.DefaultText.Length > 0).Key).Text);
        Assert.Equal("Lidköpings kommun", version.Details.Parties[0].Name);
        Assert.Contains(version.Details.Parties, p => p.Name == "Närhälsan Lidköping vårdcentral" && p.Label == "Vårdcentral");
        Assert.Equal(1, version.Details.ValidFrom!.Value.Day);
        Assert.True(version.Details.HasTooFewDevelopmentAreas);

        var planPage = WebUtility.HtmlDecode(await chef.GetStringAsync(response.Headers.Location!.ToString()));
        Assert.Contains("Planen är startad från regionens mall.", planPage);

        var again = await chef.PostActionAsync(page, $"/naromraden/{kommun}/ny-plan");
        Assert.Contains("fel=", again.Headers.Location!.ToString());
        Assert.Contains("har redan en gemensam närområdesplan", WebUtility.HtmlDecode(await chef.GetStringAsync(again.Headers.Location!.ToString())));
        Assert.Equal(1, await app.WithDbAsync(db => db.Plans.CountAsync(p => p.KommunId == kommun)));
    }

    [Fact]
    public async Task ANurseShouldNotBeOfferedToStartAPlanAndShouldBeRefused()
    {
        var kommun = await app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Falkenberg").Select(k => k.Id).SingleAsync());
        var nurse = await app.SignedInAsync("sjukskoterska@lidkoping.demo");
        var page = await nurse.GetStringAsync($"/naromraden/{kommun}");
        Assert.DoesNotContain("ny-plan", page);
        Assert.DoesNotContain("/import", page); // the import is for the kommun's MAS or enhetschef
        Assert.Contains("/forskolor", page);

        var admin = await app.SignedInAsync("admin@narplan.demo");
        var adminPage = await admin.GetStringAsync($"/naromraden/{kommun}");
        Assert.Contains($"/naromraden/{kommun}/ny-plan", adminPage);
        // A hand-made post with the nurse's own antiforgery token is refused by the command, not just hidden.
        var lidkoping = await app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync());
        var withToken = await nurse.GetStringAsync($"/naromraden/{lidkoping}/forskolor");
        var token = System.Text.RegularExpressions.Regex.Match(withToken, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var refused = await nurse.PostAsync($"/naromraden/{kommun}/ny-plan", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) }));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("Endast kommunens MAS eller enhetschef", Uri.UnescapeDataString(refused.Headers.Location!.ToString()));
        Assert.False(await app.WithDbAsync(db => db.Plans.AnyAsync(p => p.KommunId == kommun)));
    }

    [Theory]
    [InlineData("Herrljunga", "Herrljunga kommun")]
    [InlineData("Lidköping", "Lidköpings kommun")]
    [InlineData("Borås", "Borås kommun")]
    [InlineData("Gnosjö", "Gnosjö kommun")]
    public void KommunNamesShouldTakeTheGenitiveS(string name, string official) => Assert.Equal(official, PlanCommands.KommunOfficialName(name));
}
