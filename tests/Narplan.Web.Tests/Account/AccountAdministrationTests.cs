using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Data.Identity;
using Narplan.Domain.Access;
using Narplan.Domain.Audit;
using Narplan.Web.Features.Account;
using Narplan.Web.Features.Demo;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Rounds;
using NodaTime;

namespace Narplan.Web.Tests.Account;

/// <summary>
/// Issue 17.4 and 17.5 on the demo data: a kommun administrator manages their own kommun's accounts and no other; lock,
/// deactivate and reset end sessions at once; nobody gives themselves a role; SITHS identities are HSA-ids; "Mina
/// uppgifter" follows the account's person, not its name.
/// </summary>
public sealed partial class AccountAdministrationTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private const string Admin = "admin@narplan.demo";
    private const string LidkopingNurse = "sjukskoterska@lidkoping.demo";
    private const string HerrljungaMas = "mas@herrljunga.demo";

    private Task<string> UserIdAsync(string email) => app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>An administrator creates an account through the page; the account's one-time link is used to choose the password.</summary>
    private async Task<HttpClient> NewActivatedAccountAsync(HttpClient admin, string email, string name, UserRole role, string organisation, string password)
    {
        var organisationId = await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == organisation).Select(o => o.Id).SingleAsync());
        var page = await admin.GetStringAsync("/administration/konton");
        var created = await admin.PostFormAsync("/administration/konton", page, "new-account", new()
        {
            ["Input.Email"] = email,
            ["Input.PersonId"] = "",
            ["Input.NewPersonName"] = name,
            ["Input.Role"] = role.ToString(),
            ["Input.OrganisationId"] = organisationId.ToString(),
        });
        var html = WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync());
        var path = ActivationPath().Match(html);
        Assert.True(path.Success, html);
        var browser = app.Browser();
        var activate = await browser.GetStringAsync(path.Value);
        var done = await browser.PostFormAsync(path.Value, activate, "activate", new() { ["Input.Password"] = password, ["Input.Repeat"] = password });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync(email, password)).StatusCode);
        return browser;
    }

    [Fact]
    public async Task AKommunAdministratorShouldManageTheirKommunsAccountsAndNotAnotherKommuns()
    {
        var admin = await app.SignedInAsync(Admin);
        var kommunAdmin = await NewActivatedAccountAsync(admin, "klara.admin@lidkoping.example", "Klara Kommunadmin", UserRole.KommunAdmin, "Lidköping", "lidköpings konton i ordning");

        // The list holds Lidköping's staff, not Herrljunga's MAS nor the vårdcentral's doctor.
        var list = WebUtility.HtmlDecode(await kommunAdmin.GetStringAsync("/administration/konton"));
        Assert.Contains(LidkopingNurse, list);
        Assert.DoesNotContain(HerrljungaMas, list);
        Assert.DoesNotContain("lakare@herrljunga-vc.demo", list);

        // Herrljunga's MAS: the page says it is not there and offers nothing to post; a lock posted anyway changes nothing,
        // and the same command asked of the service is refused with a Swedish message and an audit row. She still signs in.
        var masId = await UserIdAsync(HerrljungaMas);
        var masPage = await kommunAdmin.GetAsync(AccountPage.Url(masId));
        Assert.Equal(HttpStatusCode.NotFound, masPage.StatusCode);
        Assert.DoesNotContain("Lås kontot", await masPage.Content.ReadAsStringAsync());
        var nurseId = await UserIdAsync(LidkopingNurse);
        var nursePage = await kommunAdmin.GetStringAsync(AccountPage.Url(nurseId));
        var forged = await kommunAdmin.PostFormAsync(AccountPage.Url(masId), nursePage, "lock", []);
        Assert.False(forged.IsSuccessStatusCode);
        var lidkoping = await app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<AccountAdministration>()
                .SetLockedAsync(new Actor(UserRole.KommunAdmin, lidkoping, lidkoping), masId, locked: true);
            Assert.Equal(AccountAdministration.NotYours, result.Error);
        }

        Assert.Null((await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == masId))).LockoutEnd);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Refused && e.EntityId == masId && e.Details == "Fick inte låsa")));
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().LoginAsync(HerrljungaMas, DemoUsers.Password)).StatusCode);

        // Nor may they give a Lidköping nurse a role at the vårdcentral, or a role in Herrljunga.
        var centre = await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == "Närhälsan Lidköping vårdcentral").Select(o => o.Id).SingleAsync());
        var doctorRole = await kommunAdmin.PostFormAsync(AccountPage.Url(nurseId), nursePage, "add-role", new() { ["role"] = nameof(UserRole.Doctor), ["organisation"] = centre.ToString() });
        Assert.Equal(HttpStatusCode.Forbidden, doctorRole.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Refused && e.EntityId == nurseId && e.UserName == "Klara Kommunadmin")));
        Assert.DoesNotContain(await app.WithDbAsync(db => db.UserRoleAssignments.Where(r => r.UserId == nurseId).Select(r => r.Role).ToListAsync()), r => r == UserRole.Doctor);

        // Their own kommun's nurse: a lock ends her live session at once, and unlocking lets her back in.
        var nurse = await app.SignedInAsync(LidkopingNurse);
        Assert.Equal(HttpStatusCode.OK, (await nurse.GetAsync("/uppgifter")).StatusCode);
        var locked = await kommunAdmin.PostFormAsync(AccountPage.Url(nurseId), nursePage, "lock", []);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("Kontot är låst och utloggat.", WebUtility.HtmlDecode(await locked.Content.ReadAsStringAsync()));
        var after = await nurse.GetAsync("/uppgifter");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/konto/logga-in", after.Headers.Location!.PathAndQuery);
        Assert.NotEqual(HttpStatusCode.Redirect, (await app.Browser().LoginAsync(LidkopingNurse, DemoUsers.Password)).StatusCode);
        await kommunAdmin.PostFormAsync(AccountPage.Url(nurseId), await kommunAdmin.GetStringAsync(AccountPage.Url(nurseId)), "lock", []);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().LoginAsync(LidkopingNurse, DemoUsers.Password)).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityId == nurseId && e.Details.StartsWith("Låste kontot"))));
    }

    /// <summary>
    /// Issue 17: "a region administrator for their region". A region administrator of Västra Götalandsregionen creates
    /// and changes accounts of the region's kommuner and vårdcentraler; Region Halland's nurse and the system
    /// administrator's account are not theirs, and they never give the Administratör role nor a role outside the region.
    /// </summary>
    [Fact]
    public async Task ARegionAdministratorShouldManageTheirRegionsAccountsAndNeverGiveAdminOrARoleOutsideTheRegion()
    {
        var admin = await app.SignedInAsync(Admin);
        await NewActivatedAccountAsync(admin, "frida.sjukskoterska@falkenberg.example", "Frida Falk", UserRole.KommunNurse, "Falkenberg", "hemsjukvård i falkenberg varje dag");
        var regionAdmin = await NewActivatedAccountAsync(admin, "rita.region@vgregion.example", "Rita Regionadmin", UserRole.RegionAdmin, "Västra Götalandsregionen", "västra götalands konton i ordning");

        // The list holds the region's kommun and vårdcentral staff; not Halland's nurse, not the system administrator.
        var list = WebUtility.HtmlDecode(await regionAdmin.GetStringAsync("/administration/konton"));
        Assert.Contains(LidkopingNurse, list);
        Assert.Contains("lakare@herrljunga-vc.demo", list);
        Assert.DoesNotContain("frida.sjukskoterska@falkenberg.example", list);
        Assert.DoesNotContain(Admin, list);
        Assert.Contains(">Lidköping</option>", list);
        Assert.Contains(">Närhälsan Herrljunga vårdcentral</option>", list);
        Assert.DoesNotContain(">Falkenberg</option>", list);
        Assert.DoesNotContain($"value=\"{nameof(UserRole.Admin)}\"", list);
        Assert.Equal(HttpStatusCode.NotFound, (await regionAdmin.GetAsync(AccountPage.Url(await UserIdAsync(Admin)))).StatusCode);

        // They create a Herrljunga nurse's account and give her a second role as läkare at the vårdcentral.
        var herrljunga = await app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Herrljunga").Select(k => k.Id).SingleAsync());
        var created = await regionAdmin.PostFormAsync("/administration/konton", list, "new-account", new()
        {
            ["Input.Email"] = "nina.nyberg@herrljunga.example",
            ["Input.PersonId"] = "",
            ["Input.NewPersonName"] = "Nina Nyberg",
            ["Input.Role"] = nameof(UserRole.KommunNurse),
            ["Input.OrganisationId"] = herrljunga.ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Matches(ActivationPath(), await created.Content.ReadAsStringAsync());
        var ninaId = await UserIdAsync("nina.nyberg@herrljunga.example");
        var centre = await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == "Närhälsan Herrljunga vårdcentral").Select(o => o.Id).SingleAsync());
        var ninaPage = await regionAdmin.GetStringAsync(AccountPage.Url(ninaId));
        var doctor = await regionAdmin.PostFormAsync(AccountPage.Url(ninaId), ninaPage, "add-role", new() { ["role"] = nameof(UserRole.Doctor), ["organisation"] = centre.ToString() });
        Assert.Equal(HttpStatusCode.OK, doctor.StatusCode);
        Assert.Contains(UserRole.Doctor, await app.WithDbAsync(db => db.UserRoleAssignments.Where(r => r.UserId == ninaId).Select(r => r.Role).ToListAsync()));

        // The Administratör role, and a role in Falkenberg (Region Halland): refused, audited, nothing saved.
        var vgr = await app.WithDbAsync(db => db.Regions.Where(r => r.ShortName == "VGR").Select(r => r.Id).SingleAsync());
        var falkenberg = await app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Falkenberg").Select(k => k.Id).SingleAsync());
        var adminRole = await regionAdmin.PostFormAsync(AccountPage.Url(ninaId), ninaPage, "add-role", new() { ["role"] = nameof(UserRole.Admin), ["organisation"] = vgr.ToString() });
        Assert.Equal(HttpStatusCode.Forbidden, adminRole.StatusCode);
        Assert.Contains("Du får inte ge rollen Administratör i Västra Götalandsregionen till det här kontot.", WebUtility.HtmlDecode(await adminRole.Content.ReadAsStringAsync()));
        var elsewhere = await regionAdmin.PostFormAsync(AccountPage.Url(ninaId), ninaPage, "add-role", new() { ["role"] = nameof(UserRole.KommunNurse), ["organisation"] = falkenberg.ToString() });
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.UserRoleAssignments.CountAsync(r => r.UserId == ninaId)));
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e =>
            e.Action == AuditAction.Refused && e.EntityId == ninaId && e.UserName == "Rita Regionadmin")));

        // Halland's nurse: a lock posted anyway changes nothing; the same command asked of the service is refused and audited;
        // she still signs in.
        var fridaId = await UserIdAsync("frida.sjukskoterska@falkenberg.example");
        var forged = await regionAdmin.PostFormAsync(AccountPage.Url(fridaId), ninaPage, "lock", []);
        Assert.False(forged.IsSuccessStatusCode);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<AccountAdministration>()
                .SetLockedAsync(new Actor(UserRole.RegionAdmin, vgr, null), fridaId, locked: true);
            Assert.Equal(AccountAdministration.NotYours, result.Error);
        }

        Assert.Null((await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == fridaId))).LockoutEnd);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Refused && e.EntityId == fridaId && e.Details == "Fick inte låsa")));
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().LoginAsync("frida.sjukskoterska@falkenberg.example", "hemsjukvård i falkenberg varje dag")).StatusCode);
    }

    [Fact]
    public async Task ShouldRefuseAUserWhoTriesToGiveThemselvesARole()
    {
        var admin = await app.SignedInAsync(Admin);
        var adminId = await UserIdAsync(Admin);
        var own = await admin.GetStringAsync(AccountPage.Url(adminId));
        var lidkoping = await app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync());

        var response = await admin.PostFormAsync(AccountPage.Url(adminId), own, "add-role", new() { ["role"] = nameof(UserRole.Mas), ["organisation"] = lidkoping.ToString() });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Du kan inte ge dig själv en roll.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Single(await app.WithDbAsync(db => db.UserRoleAssignments.Where(r => r.UserId == adminId).ToListAsync()));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Refused && e.EntityId == adminId)));
    }

    [Fact]
    public async Task ADoctorWithTwoVardcentralerShouldSwitchRolesAndActForOneAtATime()
    {
        var admin = await app.SignedInAsync(Admin);
        var doctor = await NewActivatedAccountAsync(admin, "dubbel.doktor@example.se", "Dubbel Doktor", UserRole.Doctor, "Närhälsan Lidköping vårdcentral", "två vårdcentraler varje vecka");
        var id = await UserIdAsync("dubbel.doktor@example.se");
        var second = await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == "Närhälsan Guldvingen vårdcentral").Select(o => o.Id).SingleAsync());
        var added = await admin.PostFormAsync(AccountPage.Url(id), await admin.GetStringAsync(AccountPage.Url(id)), "add-role", new() { ["role"] = nameof(UserRole.Doctor), ["organisation"] = second.ToString() });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);

        var mine = await doctor.GetStringAsync("/konto");
        Assert.Contains("Arbeta som Läkare (vårdcentral), Närhälsan Guldvingen vårdcentral", WebUtility.HtmlDecode(mine));
        var assignment = await app.WithDbAsync(db => db.UserRoleAssignments.Where(r => r.UserId == id && r.OrganisationId == second).Select(r => r.Id).SingleAsync());
        var switched = await doctor.PostFormAsync("/konto", mine, "role-" + assignment, []);

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Contains("Närhälsan Guldvingen vårdcentral", WebUtility.HtmlDecode(await doctor.GetStringAsync("/")));
        Assert.Equal(second, (await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id))).OrganisationId);
    }

    [Fact]
    public async Task ShouldLinkASithsIdentityOnlyInTheHsaIdFormat()
    {
        var admin = await app.SignedInAsync(Admin);
        var nurseId = await UserIdAsync("enhetschef@lidkoping.demo");
        var page = await admin.GetStringAsync(AccountPage.Url(nurseId));

        var wrong = await admin.PostFormAsync(AccountPage.Url(nurseId), page, "siths", new() { ["hsa"] = "19121212-1212" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var wrongPage = WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync());
        Assert.Contains("HSA-id ska skrivas som SE", wrongPage);
        Assert.Contains("value=\"19121212-1212\"", wrongPage);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Refused && e.EntityId == nurseId && e.Details == "HSA-id i fel format")));

        var right = await admin.PostFormAsync(AccountPage.Url(nurseId), page, "siths", new() { ["hsa"] = "SE2321000131-E000000000101" });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.UserLogins.AnyAsync(l => l.UserId == nurseId && l.LoginProvider == OidcSettings.Scheme && l.ProviderKey == "SE2321000131-E000000000101")));
    }

    [Fact]
    public async Task AResetShouldEndTheSessionAndAnExpiredLinkShouldBeRefused()
    {
        // The link is made at 10:00 on Wednesday 2 December 2026, by the app's clock, and lives 72 hours.
        var made = Instant.FromUtc(2026, 12, 2, 9, 0);
        var now = app.At(made);
        var admin = await now.SignedInAsync(Admin);
        var user = await now.SignedInAsync("vcchef@herrljunga-vc.demo");
        var id = await UserIdAsync("vcchef@herrljunga-vc.demo");
        var reset = await admin.PostFormAsync(AccountPage.Url(id), await admin.GetStringAsync(AccountPage.Url(id)), "link", []);
        var html = WebUtility.HtmlDecode(await reset.Content.ReadAsStringAsync());
        Assert.Contains("Lösenordet är återställt.", html);
        Assert.Equal(HttpStatusCode.Redirect, (await user.GetAsync("/uppgifter")).StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, (await now.Browser().LoginAsync("vcchef@herrljunga-vc.demo", DemoUsers.Password)).StatusCode);

        // 72 hours and one minute later the link has expired.
        var path = ActivationPath().Match(html).Value;
        var later = app.At(made + Duration.FromHours(72) + Duration.FromMinutes(1));
        var browser = later.Browser();
        var expired = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("Länken har gått ut", WebUtility.HtmlDecode(await expired.Content.ReadAsStringAsync()));

        // Within the 72 hours it works once.
        var page = await now.Browser().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    /// <summary>Issue 17.5: the account's person decides what is "mine" — a renamed account keeps its rounds; the name is not read.</summary>
    [Fact]
    public async Task MyTasksShouldFollowTheAccountsPersonLinkNotItsName()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<NarplanUser>>();
            var doctor = (await users.FindByEmailAsync("lakare@herrljunga-vc.demo"))!;
            doctor.DisplayName = "Dr. Karin Å.";
            Assert.True((await users.UpdateAsync(doctor)).Succeeded);
        }

        var client = await app.SignedInAsync("lakare@herrljunga-vc.demo");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/uppgifter"));

        Assert.Contains("Mina ronder de närmaste fyra veckorna", page);
        Assert.DoesNotContain("inte kopplat till en person", page);
        var karin = await app.WithDbAsync(db => db.People.Where(p => p.Name == "Karin Åberg").Select(p => p.Id).SingleAsync());
        Assert.Equal(karin, (await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == "lakare@herrljunga-vc.demo"))).PersonId);
    }

    [Fact]
    public async Task EveryDemoAccountShouldBelongToItsDemoPersonAndHoldItsRoleAsAnAssignment()
    {
        foreach (var demo in DemoUsers.All)
        {
            var row = await app.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.Email == demo.Email)
                .Select(u => new { Person = db.People.Where(p => p.Id == u.PersonId).Select(p => p.Name).FirstOrDefault(), Roles = db.UserRoleAssignments.Count(r => r.UserId == u.Id && r.Role == demo.Role) })
                .SingleAsync());
            Assert.Equal(demo.DisplayName, row.Person);
            Assert.Equal(1, row.Roles);
        }
    }

    [GeneratedRegex("/konto/aktivera/[A-Za-z0-9_-]+")]
    private static partial Regex ActivationPath();
}
