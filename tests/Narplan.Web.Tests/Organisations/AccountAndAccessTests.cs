using System.Net;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Audit;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Organisations;

public class AccountAndAccessTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private const string LidkopingNurse = "sjukskoterska@lidkoping.demo";

    [Fact]
    public async Task TheDemoNurseShouldSignInAndSeeHerName()
    {
        var client = await app.SignedInAsync(LidkopingNurse);

        var home = await client.GetStringAsync("/");

        Assert.Contains("Ida Sjöström", home);
        Assert.Contains("Lidköping", home);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.SignIn && e.UserName == "Ida Sjöström")));
    }

    [Fact]
    public async Task AWrongPasswordShouldGiveASwedishMessageAndKeepTheEmail()
    {
        var client = app.Browser();

        var response = await client.LoginAsync(LidkopingNurse, "fel-lösenord");

        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Fel e-postadress eller lösenord.", page);
        Assert.Contains($"value=\"{LidkopingNurse}\"", page);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.SignInFailed && e.UserName == LidkopingNurse)));
    }

    [Fact]
    public async Task AnEmptyLoginFormShouldGiveSwedishValidationMessages()
    {
        var response = await app.Browser().LoginAsync("", "");

        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Ange din e-postadress.", page);
        Assert.Contains("Ange ditt lösenord.", page);
    }

    [Fact]
    public async Task AFormPostWithoutAValidAntiforgeryTokenShouldBeRefusedInSwedish()
    {
        var client = app.Browser();
        await client.GetStringAsync("/konto/logga-in");

        var response = await client.PostAsync("/konto/logga-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = "utgången-token",
            ["Input.Email"] = LidkopingNurse,
            ["Input.Password"] = "x",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Formuläret kunde inte tas emot", page);
        Assert.Contains("lang=\"sv\"", page);
    }

    [Fact]
    public async Task ANurseShouldChangeHerOwnKommunsUnitAndTheChangeIsAudited()
    {
        var client = await app.SignedInAsync(LidkopingNurse);
        var id = await app.UnitIdAsync("Margretelund");
        var page = await client.GetStringAsync($"/enheter/{id}");

        var response = await client.PostFormAsync($"/enheter/{id}", page, "unit-details", new()
        {
            ["Details.Name"] = "Margretelund",
            ["Details.Places"] = "47",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(47, await app.WithDbAsync(db => db.CareUnits.Where(u => u.Id == id).Select(u => u.Places).SingleAsync()));
        var entry = await app.WithDbAsync(db => db.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync(e => e.EntityId == id.ToString()));
        Assert.Equal("Ida Sjöström", entry.UserName);
        Assert.Equal("KommunNurse", entry.Role);
        Assert.Contains("Places: 45 → 47", entry.Details);
    }

    [Fact]
    public async Task ALidkopingNurseShouldNotChangeHerrljungasData()
    {
        var client = await app.SignedInAsync(LidkopingNurse);
        var id = await app.UnitIdAsync("Hagagården");
        var page = await client.GetStringAsync($"/enheter/{id}");
        Assert.DoesNotContain("unit-details", page);

        // Even a forged post with a valid token is refused by the server.
        var ownUnit = await client.GetStringAsync($"/enheter/{await app.UnitIdAsync("Lugnet")}");
        var response = await client.PostFormAsync($"/enheter/{id}", ownUnit, "unit-details", new()
        {
            ["Details.Name"] = "Hagagården",
            ["Details.Places"] = "1",
            ["Details.Version"] = "0",
        });

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden, response.StatusCode.ToString());
        Assert.Equal(40, await app.WithDbAsync(db => db.CareUnits.Where(u => u.Id == id).Select(u => u.Places).SingleAsync()));
    }

    [Fact]
    public async Task TheServiceShouldRefuseAChangeToAnotherKommunsUnitWhateverThePageShows()
    {
        var id = await app.UnitIdAsync("Hagagården");
        var result = await app.AsUserAsync(LidkopingNurse, (commands, user) => commands.UpdateAsync(user, id, 0, "Hagagården", 1));

        Assert.True(result.Forbidden);
        Assert.Contains("tillhör en annan organisation", result.Error);
        Assert.Equal(40, await app.WithDbAsync(db => db.CareUnits.Where(u => u.Id == id).Select(u => u.Places).SingleAsync()));
    }

    [Fact]
    public async Task AVardcentralschefShouldNotRenameAKommunsUnit()
    {
        var id = await app.UnitIdAsync("Hagagården");
        var result = await app.AsUserAsync("vcchef@herrljunga-vc.demo", (commands, user) => commands.UpdateAsync(user, id, 0, "Nytt namn", 40));

        Assert.True(result.Forbidden);
    }

    [Fact]
    public async Task AStaleEditShouldBeRefusedAndKeepWhatTheUserTyped()
    {
        var client = await app.SignedInAsync("enhetschef@lidkoping.demo");
        var id = await app.UnitIdAsync("Björkhaga");
        var page = await client.GetStringAsync($"/enheter/{id}");
        // Someone else saves in between.
        var other = await app.SignedInAsync(LidkopingNurse);
        var first = await other.PostFormAsync($"/enheter/{id}", await other.GetStringAsync($"/enheter/{id}"), "unit-details", new()
        {
            ["Details.Name"] = "Björkhaga",
            ["Details.Places"] = "25",
        });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var response = await client.PostFormAsync($"/enheter/{id}", page, "unit-details", new()
        {
            ["Details.Name"] = "Björkhaga äldreboende",
            ["Details.Places"] = "26",
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Någon annan har ändrat enheten", body);
        Assert.Contains("value=\"Björkhaga äldreboende\"", body);
        Assert.Equal(25, await app.WithDbAsync(db => db.CareUnits.Where(u => u.Id == id).Select(u => u.Places).SingleAsync()));
    }

    [Fact]
    public async Task InvalidPlacesShouldGiveASwedishMessageAndKeepTheName()
    {
        var client = await app.SignedInAsync(LidkopingNurse);
        var id = await app.UnitIdAsync("Lugnet");
        var page = await client.GetStringAsync($"/enheter/{id}");

        var response = await client.PostFormAsync($"/enheter/{id}", page, "unit-details", new()
        {
            ["Details.Name"] = "Lugnet nya",
            ["Details.Places"] = "-5",
        });

        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Antal måste vara mellan 0 och 10 000.", body);
        Assert.Contains("value=\"Lugnet nya\"", body);
        Assert.Equal("Lugnet", await app.WithDbAsync(db => db.CareUnits.Where(u => u.Id == id).Select(u => u.Name).SingleAsync()));
    }

    [Fact]
    public async Task AnOverlappingResponsibilityShouldBeRefusedWithTheReason()
    {
        var client = await app.SignedInAsync("enhetschef@lidkoping.demo");
        var id = await app.UnitIdAsync("Bäckliden");
        var page = await client.GetStringAsync($"/enheter/{id}");
        var centre = await app.WithDbAsync(db => db.RegionalUnits.Where(u => u.Name == "Närhälsan Guldvingen vårdcentral").Select(u => u.Id).SingleAsync());

        var response = await client.PostFormAsync($"/enheter/{id}", page, "unit-responsibility", new()
        {
            ["Assign.CareCentreId"] = centre.ToString(),
            ["Assign.DoctorId"] = "",
            ["Assign.DirectPhone"] = "031-390 06 55",
            ["Assign.MeetingForm"] = "Teams",
            ["Assign.ValidFrom"] = "2025-06-01",
        });

        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Läkaransvaret överlappar", body);
        Assert.Contains("value=\"031-390 06 55\"", body);
        Assert.Equal(2, await app.WithDbAsync(db => db.UnitResponsibilities.CountAsync(r => r.CareUnitId == id)));
    }

    [Fact]
    public async Task ANewResponsibilityShouldCloseTheCurrentOne()
    {
        var client = await app.SignedInAsync("enhetschef@lidkoping.demo");
        var id = await app.UnitIdAsync("Hemvårdsområde Söder");
        var page = await client.GetStringAsync($"/enheter/{id}");
        var centre = await app.WithDbAsync(db => db.RegionalUnits.Where(u => u.Name == "Närhälsan Lidköping vårdcentral").Select(u => u.Id).SingleAsync());

        var response = await client.PostFormAsync($"/enheter/{id}", page, "unit-responsibility", new()
        {
            ["Assign.CareCentreId"] = centre.ToString(),
            ["Assign.DoctorId"] = "",
            ["Assign.DirectPhone"] = "031-390 06 56",
            ["Assign.MeetingForm"] = "PaPlats",
            ["Assign.ValidFrom"] = "2027-01-01",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var periods = await app.WithDbAsync(db => db.UnitResponsibilities.Where(r => r.CareUnitId == id).OrderBy(r => r.ValidFrom).ToListAsync());
        Assert.Equal(2, periods.Count);
        Assert.Equal(new NodaTime.LocalDate(2027, 1, 1), periods[0].ValidUntil);
        Assert.Equal(centre, periods[1].CareCentreId);
    }

    [Fact]
    public async Task AnUnknownUnitShouldBeASwedish404Page()
    {
        var response = await app.Browser().GetAsync($"/enheter/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("finns inte", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnUnknownAddressShouldBeASwedish404Page()
    {
        var response = await app.Browser().GetAsync("/finns/inte");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Sidan finns inte", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnUnknownUnitTypeFilterShouldBeExplainedInSwedish()
    {
        var page = await app.Browser().GetStringAsync("/enheter?typ=Slott");

        Assert.Contains("Okänd enhetstyp ”Slott”", page);
    }

    [Fact]
    public async Task ListsShouldFilterByKommunAndType()
    {
        var page = await app.Browser().GetStringAsync("/enheter?kommun=Lidk%C3%B6ping&typ=SarskiltBoende");

        Assert.Contains("Bäckliden", page);
        Assert.Contains("Lugnet", page);
        Assert.DoesNotContain("Galeasen", page);
        Assert.DoesNotContain("Hagagården", page);
    }
}
