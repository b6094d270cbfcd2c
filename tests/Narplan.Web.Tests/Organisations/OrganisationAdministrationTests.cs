using System.Net;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Data.Identity;
using Narplan.Domain.Access;
using Narplan.Domain.Audit;
using Narplan.Domain.Organisations;
using Narplan.Domain.People;
using Narplan.Domain.Places;
using Narplan.Web.Features.Demo;
using Narplan.Web.Features.Organisations;
using Narplan.Web.Features.Organisations.Administration;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Organisations;

/// <summary>
/// Issue 17 items 2 and 3 over HTTP: the organisation register (kommuner with their code, vårdcentraler, kommunal
/// enheter) and the people register, each bad input refused in Swedish with an audit row and nothing saved, and a
/// kommun administrator kept to their own kommun.
/// </summary>
public class OrganisationAdministrationTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private const string Admin = "admin@narplan.demo";

    private Task<Guid> KommunAsync(string name) => app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == name).Select(k => k.Id).SingleAsync());

    private Task<Guid> RegionAsync(string name) => app.WithDbAsync(db => db.Regions.Where(k => k.Name == name).Select(k => k.Id).SingleAsync());

    private Task<int> RefusalsAsync(string entityType) =>
        app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Refused && e.EntityType == entityType));

    private static async Task<string> Html(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>A kommun administrator account for <paramref name="kommun"/> (created here: accounts are issue 17's other part).</summary>
    private async Task<string> KommunAdminAsync(string kommun, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<NarplanUser>>();
        if (await users.FindByEmailAsync(email) is null)
        {
            var result = await users.CreateAsync(new NarplanUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Kim Kommunadmin",
                OrganisationId = await KommunAsync(kommun), Role = UserRole.KommunAdmin,
            }, DemoUsers.Password);
            Assert.True(result.Succeeded);
        }

        return email;
    }

    [Fact]
    public async Task ShouldLetAnAdministratorAddAKommunWithItsOfficialCode()
    {
        var vgr = await RegionAsync("Västra Götalandsregionen");
        var admin = await app.SignedInAsync(Admin);
        var page = await admin.GetStringAsync(OrganisationAdminPage.Url());
        Assert.Contains("1466", page); // Herrljunga's code from the demo data

        var response = await admin.PostFormAsync(OrganisationAdminPage.Url(), page, $"kommun-{vgr}", new() { ["name"] = "Vårgårda", ["code"] = "1442", ["hsaId"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kommunen Vårgårda är tillagd.", await Html(response));
        Assert.Equal("1442", await app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Vårgårda").Select(k => k.Code).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Create && e.EntityType == "Kommun" && e.Details.Contains("Vårgårda"))));
    }

    [Theory]
    [InlineData("Alingsås", "144", "Kommunkoden ”144” ska vara exakt fyra siffror, t.ex. 1466.")]
    [InlineData("Alingsås", "14890", "Kommunkoden ”14890” ska vara exakt fyra siffror, t.ex. 1466.")]
    [InlineData("Bollebygd", "1466", "Kommunkoden 1466 används redan av Herrljunga.")]
    public async Task ShouldRefuseAKommunCodeThatIsNotFourDigitsOrTakenKeepingTheInput(string name, string code, string message)
    {
        var vgr = await RegionAsync("Västra Götalandsregionen");
        var refusals = await RefusalsAsync("Kommun");
        var admin = await app.SignedInAsync(Admin);
        var page = await admin.GetStringAsync(OrganisationAdminPage.Url());

        var response = await admin.PostFormAsync(OrganisationAdminPage.Url(), page, $"kommun-{vgr}", new() { ["name"] = name, ["code"] = code });

        var html = await Html(response);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, html);
        Assert.Contains($"value=\"{name}\"", html);
        Assert.Contains($"value=\"{code}\"", html);
        Assert.False(await app.WithDbAsync(db => db.Kommuner.AnyAsync(k => k.Name == name)));
        Assert.Equal(refusals + 1, await RefusalsAsync("Kommun"));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Refused && e.Details == message && e.UserName == "Adam Admin")));
    }

    [Fact]
    public async Task ShouldAddAVardcentralWithHsaIdAndRefuseAMalformedOne()
    {
        var herrljunga = await KommunAsync("Herrljunga");
        var url = KommunAdminPage.Url(herrljunga);
        var admin = await app.SignedInAsync(Admin);
        var page = await admin.GetStringAsync(url);
        var refusals = await RefusalsAsync(nameof(RegionalUnit));

        var bad = await admin.PostFormAsync(url, page, "regional-unit-new", new()
        {
            ["name"] = "Capio Vårdcentral Herrljunga", ["kind"] = "Vardcentral", ["ownership"] = "Private", ["hsaId"] = "SE123-X", ["phone"] = "0513-100 00",
        });
        var html = await Html(bad);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("”SE123-X” är inte ett HSA-id. Ett HSA-id skrivs t.ex. SE2321000131-E000000000001", html);
        Assert.Contains("value=\"Capio Vårdcentral Herrljunga\"", html);
        Assert.Contains("value=\"0513-100 00\"", html);
        Assert.False(await app.WithDbAsync(db => db.RegionalUnits.AnyAsync(u => u.Name == "Capio Vårdcentral Herrljunga")));
        Assert.Equal(refusals + 1, await RefusalsAsync(nameof(RegionalUnit)));

        var good = await admin.PostFormAsync(url, page, "regional-unit-new", new()
        {
            ["name"] = "Capio Vårdcentral Herrljunga", ["kind"] = "Vardcentral", ["ownership"] = "Private", ["hsaId"] = "se5567654321-vc01", ["phone"] = "0513-100 00",
        });
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var saved = await app.WithDbAsync(db => db.RegionalUnits.SingleAsync(u => u.Name == "Capio Vårdcentral Herrljunga"));
        Assert.Equal(("SE5567654321-VC01", Ownership.Private, "0513-100 00"), (saved.HsaId, saved.Ownership, saved.Phone));
    }

    [Fact]
    public async Task ShouldRefuseAUnitWhoseKommunIsEnded()
    {
        var ended = await app.WithDbAsync(async db =>
        {
            var kommun = new Kommun(await db.Regions.SingleAsync(r => r.Name == "Region Halland"), null, "Slutköping");
            kommun.End(new NodaTime.LocalDate(2025, 1, 1));
            db.Kommuner.Add(kommun);
            await db.SaveChangesAsync();
            return kommun.Id;
        });
        var url = KommunAdminPage.Url(ended);
        var admin = await app.SignedInAsync(Admin);
        var page = await admin.GetStringAsync(url);
        var refusals = await RefusalsAsync(nameof(CareUnit));

        var response = await admin.PostFormAsync(url, page, "care-unit-new", new() { ["name"] = "Solgården", ["type"] = "SarskiltBoende", ["places"] = "32", ["address"] = "Storgatan 1" });

        var html = await Html(response);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Slutköping är avslutad från 2025-01-01. Nya enheter kan inte skapas i en avslutad kommun.", html);
        Assert.Contains("value=\"Solgården\"", html);
        Assert.False(await app.WithDbAsync(db => db.CareUnits.AnyAsync(u => u.Name == "Solgården")));
        Assert.Equal(refusals + 1, await RefusalsAsync(nameof(CareUnit)));
    }

    [Fact]
    public async Task ShouldAddAKommunalEnhetWithAddressAndEditItsPlaces()
    {
        var herrljunga = await KommunAsync("Herrljunga");
        var admin = await app.SignedInAsync(Admin);
        var url = KommunAdminPage.Url(herrljunga);
        var added = await admin.PostFormAsync(url, await admin.GetStringAsync(url), "care-unit-new",
            new() { ["name"] = "Tallbacken", ["type"] = "Korttidsboende", ["places"] = "12", ["address"] = "Tallvägen 4, 524 30 Herrljunga" });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var unit = await app.WithDbAsync(db => db.CareUnits.SingleAsync(u => u.Name == "Tallbacken"));
        Assert.Equal((CareUnitType.Korttidsboende, 12, "Tallvägen 4, 524 30 Herrljunga"), (unit.Type, unit.Places, unit.Address));

        var edit = CareUnitAdminPage.Url(unit.Id);
        var page = await admin.GetStringAsync(edit);
        var saved = await admin.PostFormAsync(edit, page, "care-unit", new() { ["name"] = "Tallbacken", ["places"] = "14", ["address"] = "Tallvägen 4", ["endedOn"] = "" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(14, await app.WithDbAsync(db => db.CareUnits.Where(u => u.Id == unit.Id).Select(u => u.Places).SingleAsync()));

        // The same page once more: its version is stale now, so the save is refused and nothing changes.
        var stale = await admin.PostFormAsync(edit, page, "care-unit", new() { ["name"] = "Tallbacken", ["places"] = "99", ["address"] = "Tallvägen 4", ["endedOn"] = "" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains(OrganisationAdministration.StaleMessage, await Html(stale));
        Assert.Equal(14, await app.WithDbAsync(db => db.CareUnits.Where(u => u.Id == unit.Id).Select(u => u.Places).SingleAsync()));
    }

    [Fact]
    public async Task ShouldRefuseDeletingAVardcentralThatHasResponsibilitiesAndDeleteOneNothingPointsAt()
    {
        var centre = await app.WithDbAsync(db => db.RegionalUnits.SingleAsync(u => u.Name == "Närhälsan Herrljunga vårdcentral"));
        var responsibilities = await app.WithDbAsync(db => db.UnitResponsibilities.CountAsync(r => r.CareCentreId == centre.Id));
        Assert.True(responsibilities > 0);
        var admin = await app.SignedInAsync(Admin);
        var url = RegionalUnitAdminPage.Url(centre.Id);
        var refusals = await RefusalsAsync(nameof(RegionalUnit));

        var refused = await admin.PostFormAsync(url, await admin.GetStringAsync(url), "regional-unit-delete", []);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(
            $"Närhälsan Herrljunga vårdcentral kan inte tas bort: vårdcentralen har läkaransvar för {responsibilities} {(responsibilities == 1 ? "enhet" : "enheter")} (nu eller tidigare). Avsluta den med ett datum i stället.",
            await Html(refused));
        Assert.True(await app.WithDbAsync(db => db.RegionalUnits.AnyAsync(u => u.Id == centre.Id)));
        Assert.Equal(refusals + 1, await RefusalsAsync(nameof(RegionalUnit)));

        var mistake = await app.WithDbAsync(async db =>
        {
            var unit = new RegionalUnit(await db.Kommuner.SingleAsync(k => k.Id == centre.KommunId), "Felskapad BVC", RegionalUnitKind.Bvc, Ownership.Public, null);
            db.RegionalUnits.Add(unit);
            await db.SaveChangesAsync();
            return unit.Id;
        });
        var deleteUrl = RegionalUnitAdminPage.Url(mistake);
        var deleted = await admin.PostFormAsync(deleteUrl, await admin.GetStringAsync(deleteUrl), "regional-unit-delete", []);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.RegionalUnits.AnyAsync(u => u.Id == mistake)));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Delete && e.EntityId == mistake.ToString())));
    }

    /// <summary>
    /// Issue 17.2: "nothing referenced can be deleted — it is ended with a date instead". A delregion is renamed and ended
    /// on the overview page; it stays in the list (history) but is no longer offered for a new or moved kommun; a stale
    /// edit is refused with the input kept; a delregion that kommuner still belong to is not ended.
    /// </summary>
    [Fact]
    public async Task ShouldRenameAndEndADelregionKeepingItInTheHistoryButNotInThePickers()
    {
        var vgr = await RegionAsync("Västra Götalandsregionen");
        var admin = await app.SignedInAsync(Admin);
        var page = await admin.GetStringAsync(OrganisationAdminPage.Url());
        Assert.Equal(HttpStatusCode.OK, (await admin.PostFormAsync(OrganisationAdminPage.Url(), page, $"subregion-{vgr}", new() { ["name"] = "Sjuhärad (prov)" })).StatusCode);
        var id = await app.WithDbAsync(db => db.SubRegions.Where(s => s.Name == "Sjuhärad (prov)").Select(s => s.Id).SingleAsync());
        page = await admin.GetStringAsync(OrganisationAdminPage.Url());

        var renamed = await admin.PostFormAsync(OrganisationAdminPage.Url(), page, $"subregion-edit-{id}", new() { ["name"] = "Sjuhärad", ["endedOn"] = "", ["version"] = "0" });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Contains("Delregionen Sjuhärad är sparad.", await Html(renamed));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Update && e.EntityType == "SubRegion" && e.EntityId == id.ToString())));

        // A second edit from the page opened before the rename is stale: refused, audited, the typed name kept.
        var stale = await admin.PostFormAsync(OrganisationAdminPage.Url(), page, $"subregion-edit-{id}", new() { ["name"] = "Sjuhärad norra", ["endedOn"] = "", ["version"] = "0" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var staleHtml = await Html(stale);
        Assert.Contains(OrganisationAdministration.StaleMessage, staleHtml);
        Assert.Contains("value=\"Sjuhärad norra\"", staleHtml);
        Assert.Equal("Sjuhärad", await app.WithDbAsync(db => db.SubRegions.Where(s => s.Id == id).Select(s => s.Name).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Refused && e.EntityType == "SubRegion" && e.Details == OrganisationAdministration.StaleMessage)));

        // Ended: kept in the list with its end date, no longer offered for a new kommun nor on a kommun's page, and a
        // kommun cannot be put in it.
        var ended = await admin.PostFormAsync(OrganisationAdminPage.Url(), await admin.GetStringAsync(OrganisationAdminPage.Url()), $"subregion-edit-{id}",
            new() { ["name"] = "Sjuhärad", ["endedOn"] = "2026-01-01", ["version"] = "1" });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        var overview = await admin.GetStringAsync(OrganisationAdminPage.Url());
        Assert.Contains("Sjuhärad – avslutad från 2026-01-01", WebUtility.HtmlDecode(overview));
        Assert.DoesNotContain($"<option value=\"{id}\"", overview);
        var herrljunga = await KommunAsync("Herrljunga");
        var kommunPage = await admin.GetStringAsync(KommunAdminPage.Url(herrljunga));
        Assert.DoesNotContain($"<option value=\"{id}\"", kommunPage);
        var moved = await admin.PostFormAsync(OrganisationAdminPage.Url(), overview, $"kommun-{vgr}", new() { ["name"] = "Tranemo", ["code"] = "1452", ["subRegion"] = id.ToString() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, moved.StatusCode);
        Assert.Contains("Delregionen Sjuhärad är avslutad. Välj en annan.", await Html(moved));
        Assert.False(await app.WithDbAsync(db => db.Kommuner.AnyAsync(k => k.Name == "Tranemo")));

        // Södra Älvsborg still has Herrljunga: it is not ended.
        var sodra = await app.WithDbAsync(db => db.SubRegions.SingleAsync(s => s.Name == "Södra Älvsborg"));
        var refused = await admin.PostFormAsync(OrganisationAdminPage.Url(), overview, $"subregion-edit-{sodra.Id}",
            new() { ["name"] = sodra.Name, ["endedOn"] = "2026-01-01", ["version"] = sodra.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Herrljunga", await Html(refused));
        Assert.Contains("Flytta kommunerna till en annan delregion först.", await Html(refused));
        Assert.Null(await app.WithDbAsync(db => db.SubRegions.Where(s => s.Id == sodra.Id).Select(s => s.EndedOn).SingleAsync()));
    }

    /// <summary>
    /// A region is renamed or ended by a system administrator only; a region administrator — even of that region — is
    /// refused with an audit row; a region with kommuner is not ended.
    /// </summary>
    [Fact]
    public async Task ShouldLetOnlyASystemAdministratorRenameOrEndARegion()
    {
        var region = await app.WithDbAsync(async db =>
        {
            var r = new Region("Region Provland", "Prov", Narplan.Domain.Acute.DecisionSupportProfileKey.Vgr);
            db.Regions.Add(r);
            await db.SaveChangesAsync();
            return r.Id;
        });
        var admin = await app.SignedInAsync(Admin);
        var page = await admin.GetStringAsync(OrganisationAdminPage.Url());

        var renamed = await admin.PostFormAsync(OrganisationAdminPage.Url(), page, $"region-{region}", new() { ["name"] = "Region Testland", ["shortName"] = "Test", ["endedOn"] = "2026-01-01", ["version"] = "0" });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var saved = await app.WithDbAsync(db => db.Regions.AsNoTracking().SingleAsync(r => r.Id == region));
        Assert.Equal(("Region Testland", "Test", new NodaTime.LocalDate(2026, 1, 1)), (saved.Name, saved.ShortName, saved.EndedOn!.Value));
        Assert.Contains("Region Testland (Test) – avslutad från 2026-01-01", WebUtility.HtmlDecode(await admin.GetStringAsync(OrganisationAdminPage.Url())));

        var vgr = await app.WithDbAsync(db => db.Regions.AsNoTracking().SingleAsync(r => r.Name == "Västra Götalandsregionen"));
        var withKommuner = await admin.PostFormAsync(OrganisationAdminPage.Url(), page, $"region-{vgr.Id}",
            new() { ["name"] = vgr.Name, ["shortName"] = vgr.ShortName, ["endedOn"] = "2026-01-01", ["version"] = vgr.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withKommuner.StatusCode);
        Assert.Contains("Avsluta kommunerna först.", await Html(withKommuner));
        Assert.Null(await app.WithDbAsync(db => db.Regions.Where(r => r.Id == vgr.Id).Select(r => r.EndedOn).SingleAsync()));

        const string email = "regionadmin@provland.test";
        await using (var setup = app.Services.CreateAsyncScope())
        {
            var users = setup.ServiceProvider.GetRequiredService<UserManager<NarplanUser>>();
            Assert.True((await users.CreateAsync(new NarplanUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Rune Regionadmin", OrganisationId = region, Role = UserRole.RegionAdmin,
            }, DemoUsers.Password)).Succeeded);
        }

        var result = await app.AsUserAsync<OrganisationAdministration, CommandResult>(
            email, (commands, principal) => commands.UpdateRegionAsync(principal, region, 1, "Region Egenland", "Egen", null));
        Assert.True(result.Forbidden);
        Assert.Equal("Region Testland", await app.WithDbAsync(db => db.Regions.Where(r => r.Id == region).Select(r => r.Name).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Refused && e.EntityType == "Region" && e.EntityId == region.ToString())));
        var theirs = WebUtility.HtmlDecode(await (await app.SignedInAsync(email)).GetStringAsync(OrganisationAdminPage.Url()));
        Assert.Contains("Region Testland (Test)", theirs);
        Assert.DoesNotContain("Regionens uppgifter", theirs);
    }

    [Fact]
    public async Task ShouldLetAKommunAdministratorKeepTheirOwnKommunButNotTouchAnother()
    {
        var herrljunga = await KommunAsync("Herrljunga");
        var lidkoping = await KommunAsync("Lidköping");
        var email = await KommunAdminAsync("Herrljunga", "kommunadmin@herrljunga.test");
        var client = await app.SignedInAsync(email);

        var overview = await client.GetStringAsync(OrganisationAdminPage.Url());
        Assert.Contains(KommunAdminPage.Url(herrljunga), overview);
        Assert.DoesNotContain(KommunAdminPage.Url(lidkoping), overview);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(KommunAdminPage.Url(herrljunga))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(KommunAdminPage.Url(lidkoping))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(PeopleRegisterPage.Url(lidkoping))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(SetupImportPage.Url(lidkoping))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(SetupExport.Url(lidkoping))).StatusCode);
        var lidkopingCentre = await app.WithDbAsync(db => db.RegionalUnits.Where(u => u.KommunId == lidkoping).Select(u => u.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(RegionalUnitAdminPage.Url(lidkopingCentre))).StatusCode);

        // The commands refuse it too (a forged post never reaches a form it cannot see), with an audit row.
        await app.AsUserAsync<OrganisationAdministration, bool>(email, async (commands, principal) =>
        {
            var before = await app.WithDbAsync(db => db.CareUnits.CountAsync(u => u.KommunId == lidkoping));
            var refused = await commands.AddCareUnitAsync(principal, lidkoping, "Inkräktaren", CareUnitType.SarskiltBoende, 10, null);
            Assert.True(refused.Forbidden);
            Assert.Equal(OrganisationAdministration.DeniedMessage, refused.Error);
            Assert.Equal(before, await app.WithDbAsync(db => db.CareUnits.CountAsync(u => u.KommunId == lidkoping)));
            var people = await commands.AddPersonAsync(principal, new OrganisationAdministration.PersonInput("Ny Läkare", "", PersonRole.Lakare, lidkopingCentre, null, null, null, null));
            Assert.True(people.Forbidden);
            Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Refused && e.EntityType == "CareUnit" && e.EntityId == lidkoping.ToString())));

            // Their own kommun: allowed.
            var own = await commands.AddCareUnitAsync(principal, herrljunga, "Egna enheten", CareUnitType.OrdinartBoende, 0, null);
            Assert.True(own.Succeeded, own.Error);
            return true;
        });
    }

    [Fact]
    public async Task ShouldKeepThePeopleRegisterWithHsaIdAndEndAnEmploymentSoTheDoctorIsNoLongerOffered()
    {
        var herrljunga = await KommunAsync("Herrljunga");
        var centre = await app.WithDbAsync(db => db.RegionalUnits.Where(u => u.Name == "Närhälsan Herrljunga vårdcentral").Select(u => u.Id).SingleAsync());
        var admin = await app.SignedInAsync(Admin);
        var url = PeopleRegisterPage.Url(herrljunga);
        var page = await admin.GetStringAsync(url);
        var fields = new Dictionary<string, string>
        {
            ["name"] = "Sara Lind", ["role"] = "Lakare", ["title"] = "Distriktsläkare", ["organisation"] = centre.ToString(),
            ["hsaId"] = "SE2321000131-E0000000X", ["phone"] = "0513-171 90", ["employedFrom"] = "2026-01-01", ["employedUntil"] = "",
        };
        var refusals = await RefusalsAsync(nameof(Person));

        var bad = await admin.PostFormAsync(url, page, "person-new", new(fields) { ["hsaId"] = "SE2321000132-E1" });
        var html = await Html(bad);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("”SE2321000132-E1” är inte ett HSA-id: organisationsnumret 232100-0132 har fel kontrollsiffra.", html);
        Assert.Contains("value=\"Sara Lind\"", html);
        Assert.False(await app.WithDbAsync(db => db.People.AnyAsync(p => p.Name == "Sara Lind")));
        Assert.Equal(refusals + 1, await RefusalsAsync(nameof(Person)));

        var added = await admin.PostFormAsync(url, page, "person-new", fields);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var person = await app.WithDbAsync(db => db.People.SingleAsync(p => p.Name == "Sara Lind"));
        Assert.Equal(("SE2321000131-E0000000X", PersonRole.Lakare, new NodaTime.LocalDate(2026, 1, 1)), (person.HsaId, person.Role, person.EmployedFrom));

        // The same HSA-id a second time names its holder.
        var twice = await admin.PostFormAsync(url, page, "person-new", new(fields) { ["name"] = "Sara Lind Kopia" });
        Assert.Contains("HSA-id SE2321000131-E0000000X används redan av Sara Lind.", await Html(twice));

        // The responsibility form offers her until her employment ends.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var queries = scope.ServiceProvider.GetRequiredService<OrganisationQueries>();
            Assert.Contains(await queries.DoctorChoicesAsync(herrljunga), c => c.Id == person.Id);
        }

        var edit = PersonEditPage.Url(person.Id);
        var ended = await admin.PostFormAsync(edit, await admin.GetStringAsync(edit), "person-end", new() { ["until"] = "2026-02-01" });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Contains("Anställningen är avslutad.", await Html(ended));
        Assert.Equal(new NodaTime.LocalDate(2026, 2, 1), await app.WithDbAsync(db => db.People.Where(p => p.Id == person.Id).Select(p => p.EmployedUntil).SingleAsync()));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var queries = scope.ServiceProvider.GetRequiredService<OrganisationQueries>();
            Assert.DoesNotContain(await queries.DoctorChoicesAsync(herrljunga), c => c.Id == person.Id);
        }
    }

    [Fact]
    public async Task ShouldOnlyShowTheAdministrationToAdministrators()
    {
        var nurse = await app.SignedInAsync("sjukskoterska@lidkoping.demo");
        Assert.Equal(HttpStatusCode.Forbidden, (await nurse.GetAsync(OrganisationAdminPage.Url())).StatusCode);
        Assert.DoesNotContain("Administration: organisationer", await nurse.GetStringAsync("/"));
        var admin = await app.SignedInAsync(Admin);
        Assert.Contains("Administration: organisationer", await admin.GetStringAsync("/"));
    }
}
