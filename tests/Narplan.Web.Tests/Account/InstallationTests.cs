using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Data;
using Narplan.Data.Identity;
using Narplan.Domain.Access;
using Narplan.Domain.Audit;
using Narplan.Domain.Organisations;
using Narplan.Domain.People;
using Narplan.Domain.Places;
using Narplan.Domain.Responsibility;
using Narplan.Web.Features.Account;
using Narplan.Web.Tests.Infrastructure;
using NodaTime;

namespace Narplan.Web.Tests.Account;

/// <summary>The console as a list, so a test can read the setup link the app prints.</summary>
public sealed class CapturedConsole : ISetupLinkConsole
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public void Show(string line)
    {
        lock (_lines)
        {
            _lines.Add(line);
        }
    }
}

/// <summary>A real installation: <c>Demo:Seed=false</c> on an empty SQLite file, the console captured.</summary>
public sealed class EmptyInstallationFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"narplan-empty-{Guid.NewGuid():N}.db");

    public CapturedConsole Console { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Narplan", $"Data Source={_databasePath};Pooling=false");
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("RateLimiting:Login:PermitLimit", "100000");
        builder.ConfigureTestServices(services => services.AddSingleton<ISetupLinkConsole>(Console));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm", Path.ChangeExtension(_databasePath, null) + "-audit-checkpoints.jsonl" })
        {
            File.Delete(file);
        }
    }
}

/// <summary>
/// Issue 17.1 and 17.4: from an empty database to a nurse who gets the right answer. The setup link printed on the
/// console creates the first administrator; the organisations, unit and doctor are made in the data (the organisation
/// pages are another part of the issue); the administrator creates the nurse's account and hands over its one-time link;
/// the nurse chooses a password through it, signs in and sees "Vem ringer jag?" for the new unit.
/// </summary>
public sealed partial class InstallationTests
{
    private const string AdminEmail = "anna.admin@region.example";
    private const string AdminPassword = "vintergatan över skaraborg";
    private const string NursePassword = "kaffe på expeditionen varje morgon";

    [Fact]
    public async Task ShouldTakeAnEmptyDatabaseThroughTheSetupLinkToANurseWhoSeesWhomToCallForTheNewUnit()
    {
        using var app = new EmptyInstallationFactory();
        var browser = app.Browser();

        // An empty database: no demo data, no account, and the setup link on the console — the token is never logged.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/health")).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync()));
        var printed = string.Join("\n", app.Console.Lines);
        var token = SetupLink().Match(printed).Groups["token"].Value;
        Assert.True(token.Length >= 40, printed);
        Assert.False(await app.WithDbAsync(db => db.AccountLinks.AnyAsync(l => l.TokenHash == token)), "the token is stored hashed");
        Assert.True(await app.WithDbAsync(db => db.AccountLinks.AnyAsync(l => l.TokenHash == AccountLink.Hash(token) && l.Purpose == AccountLinkPurpose.Setup)));

        // A common password is refused in Swedish and the rest of the form is kept.
        var setupUrl = FirstAdministrator.SetupPath + "/" + token;
        var setupPage = await browser.GetStringAsync(setupUrl);
        var weak = await browser.PostFormAsync(setupUrl, setupPage, "setup", SetupFields("Sommar2026!!"));
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        var weakPage = WebUtility.HtmlDecode(await weak.Content.ReadAsStringAsync());
        Assert.Contains("Lösenordet är för vanligt", weakPage);
        Assert.Contains("value=\"Anna Administratör\"", weakPage);
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync()));

        // The first administrator: an account, a person in the register, the region, an audit row.
        var created = await browser.PostFormAsync(setupUrl, setupPage, "setup", SetupFields(AdminPassword));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/konto/logga-in?klart=installerad", created.Headers.Location!.PathAndQuery);
        var admin = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync());
        Assert.Equal(UserRole.Admin, admin.Role);
        var adminPerson = await app.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == admin.PersonId));
        Assert.Equal("Anna Administratör", adminPerson.Name);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Create && e.Details.Contains("första administratören"))));
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Details.Contains(token))));

        // A second first-administrator attempt with the same link is refused in Swedish, with an audit row.
        var again = await browser.PostFormAsync(setupUrl, setupPage, "setup", SetupFields(AdminPassword));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Närplan har redan en administratör", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync()));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Refused && e.EntityType == "Installation")));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync(setupUrl)).StatusCode);

        // The kommun, its vårdcentral with a doctor, and a unit the vårdcentral answers for (made in the data).
        var (kommunId, unitId) = await app.WithDbAsync(async db =>
        {
            var region = await db.Regions.SingleAsync();
            var kommun = new Kommun(region, null, "Exempelstad");
            var centre = new RegionalUnit(kommun, "Exempelstads vårdcentral", RegionalUnitKind.Vardcentral, Ownership.Public, "0500-44 44 44");
            var doctor = new Person("Doktor Dahl", "Specialist i allmänmedicin", PersonRole.Lakare, centre.Id, "070-174 06 01");
            var unit = new CareUnit(kommun, "Solgläntan", CareUnitType.SarskiltBoende, 30);
            db.AddRange(kommun, centre, doctor, unit);
            unit.AssignResponsibilityWithDoctors(centre, [doctor.Id], "0500-44 44 45", MeetingForm.PaPlats, new LocalDate(2026, 1, 1));
            await db.SaveChangesAsync();
            return (kommun.Id, unit.Id);
        });

        // The administrator signs in and creates the nurse's account with a new person; the page shows the one-time link.
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync(AdminEmail, AdminPassword)).StatusCode);
        var accounts = await browser.GetStringAsync("/administration/konton");
        var newAccount = await browser.PostFormAsync("/administration/konton", accounts, "new-account", new()
        {
            ["Input.Email"] = "nora.nurse@exempelstad.example",
            ["Input.PersonId"] = "",
            ["Input.NewPersonName"] = "Nora Nyström",
            ["Input.Role"] = nameof(UserRole.KommunNurse),
            ["Input.OrganisationId"] = kommunId.ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, newAccount.StatusCode);
        var shown = WebUtility.HtmlDecode(await newAccount.Content.ReadAsStringAsync());
        var activation = ActivationLink().Match(shown);
        Assert.True(activation.Success, shown[..Math.Min(shown.Length, 3000)]);
        var nurse = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == "nora.nurse@exempelstad.example"));
        Assert.Null(nurse.PasswordHash);
        Assert.Equal("Nora Nyström", (await app.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == nurse.PersonId))).Name);
        Assert.Single(await app.WithDbAsync(db => db.UserRoleAssignments.AsNoTracking().Where(r => r.UserId == nurse.Id && r.OrganisationId == kommunId && r.Role == UserRole.KommunNurse).ToListAsync()));

        // The nurse opens the link (no sign-in), is refused a common password, chooses a good one.
        var nurseBrowser = app.Browser();
        var activateUrl = activation.Groups["path"].Value;
        var activatePage = await nurseBrowser.GetStringAsync(activateUrl);
        var common = await nurseBrowser.PostFormAsync(activateUrl, activatePage, "activate", new() { ["Input.Password"] = "Password1234", ["Input.Repeat"] = "Password1234" });
        Assert.Equal(HttpStatusCode.BadRequest, common.StatusCode);
        Assert.Contains("Lösenordet är för vanligt", WebUtility.HtmlDecode(await common.Content.ReadAsStringAsync()));
        var activated = await nurseBrowser.PostFormAsync(activateUrl, activatePage, "activate", new() { ["Input.Password"] = NursePassword, ["Input.Repeat"] = NursePassword });
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        Assert.Equal("/konto/logga-in?klart=aktiverad", activated.Headers.Location!.PathAndQuery);

        // The link is used up: opening or posting it again is refused in Swedish, with an audit row.
        var reopened = await nurseBrowser.GetAsync(activateUrl);
        Assert.Equal(HttpStatusCode.Gone, reopened.StatusCode);
        Assert.Contains("Länken är redan använd", WebUtility.HtmlDecode(await reopened.Content.ReadAsStringAsync()));
        var reused = await nurseBrowser.PostFormAsync(activateUrl, activatePage, "activate", new() { ["Input.Password"] = "ett helt annat lösenord", ["Input.Repeat"] = "ett helt annat lösenord" });
        Assert.Equal(HttpStatusCode.Gone, reused.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Refused && e.EntityType == "AccountLink")));

        // The nurse signs in and asks whom to call for the new unit on a Wednesday morning: the unit's vårdcentral.
        Assert.Equal(HttpStatusCode.Redirect, (await nurseBrowser.LoginAsync("nora.nurse@exempelstad.example", NursePassword)).StatusCode);
        var answer = WebUtility.HtmlDecode(await nurseBrowser.GetStringAsync($"/vem-ringer-jag?enhet={unitId}&tid=2026-12-02T10:00"));
        Assert.Contains("Ring Exempelstads vårdcentral", answer);
        Assert.Contains("0500-44 44 45", answer);
        Assert.Contains("Doktor Dahl", answer);
        Assert.Contains("Nora Nyström", answer);
    }

    private static Dictionary<string, string> SetupFields(string password) => new()
    {
        ["Input.Name"] = "Anna Administratör",
        ["Input.Email"] = AdminEmail,
        ["Input.Password"] = password,
        ["Input.Repeat"] = password,
        ["Input.RegionName"] = "Region Exempel",
        ["Input.RegionShortName"] = "RE",
        ["Input.DecisionSupport"] = "Vgr",
    };

    [GeneratedRegex("/installera/(?<token>[A-Za-z0-9_-]+)")]
    private static partial Regex SetupLink();

    [GeneratedRegex("https?://[^/\\s<]+(?<path>/konto/aktivera/[A-Za-z0-9_-]+)")]
    private static partial Regex ActivationLink();
}
