using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Data.Identity;
using Narplan.Domain.Acute;
using Narplan.Domain.OnCall;
using Narplan.Web.Features.OnCall;
using Narplan.Web.Features.Organisations;
using Narplan.Web.Tests.Infrastructure;
using NodaTime;

namespace Narplan.Web.Tests.OnCall;

/// <summary>
/// Issue 14 item 1 and its bad input: regions, beredskapsjourområden and the kommuners' dated assignments are data an
/// administrator changes (decision 0037); an overlap is refused, a kommun without an area is flagged, never filled from
/// another area. This class changes data, so it has its own database.
/// </summary>
public class OnCallAreaAdminTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private const string Admin = "admin@narplan.demo";

    private Task<CommandResult> AsAsync(string email, Func<OnCallCommands, ClaimsPrincipal, Task<CommandResult>> work) =>
        app.AsUserAsync<OnCallCommands, CommandResult>(email, work);

    private Task<Guid> AreaIdAsync(string name) => app.WithDbAsync(db => db.OnCallAreas.Where(a => a.Name == name).Select(a => a.Id).SingleAsync());

    private Task<Guid> KommunIdAsync(string name) => app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == name).Select(k => k.Id).SingleAsync());

    private async Task<JsonElement> OnCallAsync(string unit, string at)
    {
        var client = await app.SignedInAsync("sjukskoterska@lidkoping.demo");
        var response = await client.GetAsync($"/api/v1/units/{await app.UnitIdAsync(unit)}/on-call?at={Uri.EscapeDataString(at)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task ASecondAreaForHerrljungaOnTheSameDaysShouldBeRefusedInSwedish()
    {
        var skaraborg = await AreaIdAsync("Beredskapsjouren Skaraborg");
        var herrljunga = await KommunIdAsync("Herrljunga");

        var result = await AsAsync(Admin, (c, u) => c.AssignAreaAsync(u, skaraborg, herrljunga, null, new LocalDate(2027, 1, 1), null));

        Assert.False(result.Succeeded);
        Assert.Equal(
            "Herrljunga hör redan till Beredskapsjouren Älvsborg + Södra Bohuslän från 2020-01-01 och tillsvidare. Två beredskapsjourområden " +
            "kan inte gälla samma dag; avsluta den tilldelningen först eller välj andra datum.",
            result.Error);
        var answer = await OnCallAsync("Eken", "2027-01-05T22:00:00+01:00");
        Assert.Equal("Beredskapsjouren Älvsborg + Södra Bohuslän", answer.GetProperty("name").GetString());
    }

    [Fact]
    public async Task AnAreaOfAnotherRegionShouldBeRefused()
    {
        var skaraborg = await AreaIdAsync("Beredskapsjouren Skaraborg");
        var falkenberg = await KommunIdAsync("Falkenberg");

        var result = await AsAsync(Admin, (c, u) => c.AssignAreaAsync(u, skaraborg, falkenberg, null, new LocalDate(2027, 1, 1), null));

        Assert.False(result.Succeeded);
        Assert.Equal("Beredskapsjouren Skaraborg hör till en annan region än Falkenberg.", result.Error);
    }

    [Fact]
    public async Task AKommunWhoseAssignmentEndedShouldBeFlaggedWithNoNumberRatherThanAnotherAreas()
    {
        var vanersborg = await KommunIdAsync("Vänersborg");
        var assignment = await app.WithDbAsync(db => db.OnCallAreaAssignments.Where(a => a.KommunId == vanersborg).Select(a => a.Id).SingleAsync());

        var ended = await AsAsync(Admin, (c, u) => c.EndAssignmentAsync(u, assignment, new LocalDate(2027, 1, 31)));
        var before = await OnCallAsync("Källstorp", "2027-01-29T22:00:00+01:00");
        var after = await OnCallAsync("Källstorp", "2027-02-02T22:00:00+01:00");
        var afterDaytime = await OnCallAsync("Källstorp", "2027-02-02T10:00:00+01:00");

        Assert.True(ended.Succeeded, ended.Error);
        Assert.Equal("Beredskapsjouren Fyrbodal", before.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("areaProblem").ValueKind);
        Assert.Equal(
            "Vänersborg har inget beredskapsjourområde den 2027-02-02. Ange det under Administration → jourregler.",
            after.GetProperty("areaProblem").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("phone").ValueKind);
        Assert.Equal(after.GetProperty("areaProblem").GetString(), after.GetProperty("phoneMissingReason").GetString());
        Assert.Empty(after.GetProperty("contacts").EnumerateArray().Where(c => c.GetProperty("phone").ValueKind != JsonValueKind.Null));
        Assert.Equal("vardcentral", afterDaytime.GetProperty("responder").GetString());
        Assert.Equal(after.GetProperty("areaProblem").GetString(), afterDaytime.GetProperty("areaProblem").GetString());
    }

    [Fact]
    public async Task AnAdministratorShouldAddANewAreaForASplitKommunsUnitAndTheAnswerShouldFollowFromItsDate()
    {
        var vgr = await app.WithDbAsync(db => db.Regions.Where(r => r.ShortName == "VGR").Select(r => r.Id).SingleAsync());
        var herrljunga = await KommunIdAsync("Herrljunga");
        var profile = new OnCallRuleProfile(
            "Beredskapsjouren Testområde", new LocalDate(2027, 3, 1), new LocalTime(8, 0), new LocalTime(17, 0), true, true,
            "Beredskapsjouren Testområde", [new OnCallContact("Beredskapsläkare", "031-390 06 77", IsDemo: true, IsInternal: true)], [], null, []);

        var added = await AsAsync(Admin, (c, u) => c.AddAreaAsync(u, vgr, profile));
        var area = await AreaIdAsync("Beredskapsjouren Testområde");
        var hagagarden = await app.UnitIdAsync("Hagagården");
        var assigned = await AsAsync(Admin, (c, u) => c.AssignAreaAsync(u, area, herrljunga, hagagarden, new LocalDate(2027, 3, 1), null));
        var duplicate = await AsAsync(Admin, (c, u) => c.AddAreaAsync(u, vgr, profile));

        Assert.True(added.Succeeded, added.Error);
        Assert.True(assigned.Succeeded, assigned.Error);
        Assert.False(duplicate.Succeeded);
        var split = await OnCallAsync("Hagagården", "2027-03-02T22:00:00+01:00");
        var rest = await OnCallAsync("Gruppbostad Ljunghaga", "2027-03-02T22:00:00+01:00");
        var earlier = await OnCallAsync("Hagagården", "2027-02-23T22:00:00+01:00");
        Assert.Equal("031-390 06 77", split.GetProperty("phone").GetString());
        Assert.Equal("Beredskapsjouren Älvsborg + Södra Bohuslän", rest.GetProperty("name").GetString());
        Assert.Equal("Beredskapsjouren Älvsborg + Södra Bohuslän", earlier.GetProperty("name").GetString());
    }

    [Fact]
    public async Task AnAdministratorShouldAddARegionFromTheAdminPage()
    {
        var admin = await app.SignedInAsync(Admin);
        var page = await admin.GetStringAsync("/administration/jourregler");

        var response = await admin.PostFormAsync("/administration/jourregler", page, "new-region", new()
        {
            ["NewRegion.Name"] = "Region Testland",
            ["NewRegion.ShortName"] = "Testland",
            ["NewRegion.DecisionSupport"] = "Halland",
        });
        var after = WebUtility.HtmlDecode(await admin.GetStringAsync("/administration/jourregler"));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, response.StatusCode.ToString());
        var region = await app.WithDbAsync(db => db.Regions.SingleAsync(r => r.Name == "Region Testland"));
        Assert.Equal(DecisionSupportProfileKey.Halland, region.DecisionSupport);
        Assert.Contains("Region Testland", after);
        Assert.Contains("Regionen har inget beredskapsjourområde ännu.", after);
        Assert.Contains("Nytt område i Region Testland", after);
    }

    [Fact]
    public async Task OnlyAnAdministratorShouldChangeRegionsAreasAndAssignments()
    {
        var fyrbodal = await AreaIdAsync("Beredskapsjouren Fyrbodal");
        var vanersborg = await KommunIdAsync("Vänersborg");

        var region = await AsAsync("mas@herrljunga.demo", (c, u) => c.AddRegionAsync(u, "Region Obehörig", "Obehörig", DecisionSupportProfileKey.Vgr));
        var assign = await AsAsync("mas@herrljunga.demo", (c, u) => c.AssignAreaAsync(u, fyrbodal, vanersborg, null, new LocalDate(2030, 1, 1), null));

        Assert.True(region.Forbidden);
        Assert.True(assign.Forbidden);
    }

    [Fact]
    public async Task TheAdminPageShouldShowAnAreaWithoutANumberLoudly()
    {
        var admin = await app.SignedInAsync(Admin);

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/administration/jourregler"));

        Assert.Contains("Beredskapsjouren Älvsborg + Södra Bohuslän", page);
        Assert.Contains("<strong class=\"phone-missing\">Nummer saknas – ange det under Administration → jourregler</strong>", page);
        Assert.Contains("Herrljunga – från 2020-01-01 och tillsvidare", page);
    }

    [Fact]
    public async Task SavingAProfileWithoutNumbersShouldNeedTheNumberUnknownTick()
    {
        var admin = await app.SignedInAsync(Admin);
        var fyrbodal = await AreaIdAsync("Beredskapsjouren Fyrbodal");
        var url = $"/administration/jourregler?omrade={fyrbodal}";
        var page = await admin.GetStringAsync(url);
        var fields = new Dictionary<string, string>
        {
            ["Input.Area"] = fyrbodal.ToString(),
            ["Input.ValidFrom"] = "2031-01-01",
            ["Input.Name"] = "Beredskapsjouren Fyrbodal",
            ["Input.DaytimeStart"] = "08:00",
            ["Input.DaytimeEnd"] = "17:00",
            ["Input.OnCallServiceName"] = "Beredskapsjouren Fyrbodal",
            ["Input.Numbers"] = "",
        };

        var refused = await admin.PostFormAsync(url, page, "rule-profile", fields);
        fields["Input.NumberUnknown"] = "true";
        var saved = await admin.PostFormAsync(url, page, "rule-profile", fields);

        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        Assert.Contains("Ange minst ett nummer till beredskapsjouren.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.True(saved.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, saved.StatusCode.ToString());
        Assert.Equal(2, await app.WithDbAsync(db => db.RuleProfileVersions.CountAsync(v => v.AreaId == fyrbodal)));
    }
}
