using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Narplan.Data;
using Narplan.Web.Features.Account;

namespace Narplan.Browser.Tests;

/// <summary>A real installation in a real browser: <c>Demo:Seed=false</c> on an empty SQLite file, the console captured.</summary>
public sealed class EmptyInstallationServer : AppServer
{
    private readonly List<string> _lines = [];

    /// <summary>What the app printed for the installer (the one-time setup link).</summary>
    public string Printed
    {
        get
        {
            lock (_lines)
            {
                return string.Join("\n", _lines);
            }
        }
    }

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Demo:Seed", "false");
        builder.ConfigureTestServices(services => services.AddSingleton<ISetupLinkConsole>(new Captured(this)));
    }

    private sealed class Captured(EmptyInstallationServer server) : ISetupLinkConsole
    {
        public void Show(string line)
        {
            lock (server._lines)
            {
                server._lines.Add(line);
            }
        }
    }
}

/// <summary>
/// Issue 17, "Tests": the installation path of the README's "Install for real" in Chromium, every step through the pages
/// a region's administrator uses — no SQL — with axe-core on each page: the setup link, the first administrator, a
/// kommun, its vårdcentral, a unit, a doctor in the people register, the unit's läkaransvar, a nurse's account and its
/// one-time link; the nurse signs in and "Vem ringer jag?" names the new vårdcentral and doctor.
/// </summary>
public sealed partial class InstallationPathTests(EmptyInstallationServer app) : IClassFixture<EmptyInstallationServer>
{
    private const string AdminEmail = "anna.admin@region.example";
    private const string AdminPassword = "vintergatan över skaraborg";
    private const string NursePassword = "kaffe på expeditionen varje morgon";

    [Fact]
    public async Task ShouldSetUpAKommunFromAnEmptyDatabaseThroughThePagesToANurseWhoSeesWhomToCall()
    {
        var token = SetupLink().Match(app.Printed).Groups["token"].Value;
        Assert.True(token.Length >= 40, app.Printed);
        // Many steps on a loaded two-core machine: a test never fails on wall-clock time.
        Assertions.SetDefaultExpectTimeout(60_000);
        var page = await app.NewPageAsync();
        page.SetDefaultTimeout(120_000);

        // 1. The setup link: the first administrator and the region.
        await page.GotoAsync("/installera/" + token);
        await BrowserSteps.AssertAccessibleAsync(page, "install-1-setup");
        await page.GetByLabel("Ditt namn").FillAsync("Anna Administratör");
        await page.GetByLabel("E-postadress (ditt användarnamn)").FillAsync(AdminEmail);
        await page.GetByLabel("Lösenord", new() { Exact = true }).FillAsync(AdminPassword);
        await page.GetByLabel("Lösenordet en gång till").FillAsync(AdminPassword);
        await page.GetByLabel("Regionen du arbetar för").FillAsync("Region Exempel");
        await page.GetByLabel("Regionens kortnamn (t.ex. VGR)").FillAsync("RE");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa administratören" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/konto/logga-in"));
        await BrowserSteps.AssertAccessibleAsync(page, "install-2-signin");
        await SignInAsync(page, AdminEmail, AdminPassword);

        // 2. The kommun, with its official code, under Administration → organisationer.
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Administration: organisationer" }).ClickAsync();
        await BrowserSteps.AssertAccessibleAsync(page, "install-3-organisations");
        var newKommun = page.GetByRole(AriaRole.Group, new() { Name = "Ny kommun i Region Exempel" });
        await newKommun.GetByLabel("Namn", new() { Exact = true }).FillAsync("Exempelstad");
        await newKommun.GetByLabel("Kommunkod (fyra siffror)").FillAsync("1499");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till kommun" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Exempelstad" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Exempelstad");

        // 3. Its vårdcentral and a särskilt boende.
        await page.Locator("#ru-name").FillAsync("Exempelstads vårdcentral");
        await page.Locator("#ru-kind").SelectOptionAsync("Vardcentral");
        await page.Locator("#ru-phone").FillAsync("0500-44 44 44");
        await page.Locator("form:has(#ru-name)").GetByRole(AriaRole.Button, new() { Name = "Lägg till" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Exempelstads vårdcentral" })).ToBeVisibleAsync();
        await page.Locator("#cu-name").FillAsync("Solgläntan");
        await page.Locator("#cu-type").SelectOptionAsync("SarskiltBoende");
        await page.Locator("#cu-places").FillAsync("30");
        await page.Locator("#cu-address").FillAsync("Gläntvägen 1");
        await page.Locator("form:has(#cu-name)").GetByRole(AriaRole.Button, new() { Name = "Lägg till" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Solgläntan" })).ToBeVisibleAsync();
        await BrowserSteps.AssertAccessibleAsync(page, "install-4-kommun");

        // 4. The doctor in the people register, employed at the vårdcentral.
        var kommunId = await IdAsync(db => db.Kommuner.Where(k => k.Name == "Exempelstad").Select(k => k.Id));
        await page.GotoAsync($"/administration/organisationer/kommuner/{kommunId}/personal");
        await page.GetByLabel("Namn").FillAsync("Doktor Dahl");
        await page.GetByLabel("Roll").SelectOptionAsync("Lakare");
        await page.GetByLabel("Titel").FillAsync("Specialist i allmänmedicin");
        await page.GetByLabel("Organisation").SelectOptionAsync(new SelectOptionValue { Label = "Exempelstads vårdcentral" });
        await page.GetByLabel("Telefon").FillAsync("070-174 06 01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Doktor Dahl" })).ToBeVisibleAsync();
        await BrowserSteps.AssertAccessibleAsync(page, "install-5-people");

        // 5. The unit's läkaransvar on the unit page: the vårdcentral, its doctor and the direct number.
        await page.GotoAsync("/enheter");
        await page.GetByRole(AriaRole.Link, new() { Name = "Solgläntan" }).First.ClickAsync();
        await page.GetByLabel("Ansvarig vårdcentral").SelectOptionAsync(new SelectOptionValue { Label = "Exempelstads vårdcentral" });
        await page.GetByLabel("Fast läkarkontakt", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Doktor Dahl" });
        await page.GetByLabel("Direktnummer dagtid").FillAsync("0500-44 44 45");
        await page.GetByLabel("Gäller från", new() { Exact = true }).FillAsync("2026-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara läkaransvar" }).ClickAsync();
        await Assertions.Expect(page.Locator("section[aria-labelledby=current-heading]")).ToContainTextAsync("Exempelstads vårdcentral");
        await BrowserSteps.AssertAccessibleAsync(page, "install-6-unit");

        // 6. The nurse's account with a new person; the page shows the one-time link to hand over.
        await page.GetByRole(AriaRole.Link, new() { Name = "Administration: konton" }).ClickAsync();
        await page.GetByLabel("E-postadress (användarnamn)").FillAsync("nora.nurse@exempelstad.example");
        await page.GetByLabel("Ny persons namn").FillAsync("Nora Nyström");
        await page.GetByLabel("Roll").SelectOptionAsync("KommunNurse");
        await page.GetByLabel("Organisation").SelectOptionAsync(new SelectOptionValue { Label = "Exempelstad" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa konto och engångslänk" }).ClickAsync();
        var shown = await page.Locator("main").InnerTextAsync();
        var activation = ActivationLink().Match(shown);
        Assert.True(activation.Success, shown);
        await BrowserSteps.AssertAccessibleAsync(page, "install-7-account");

        // 7. The nurse, in her own browser, chooses a password through the link and signs in.
        var nurse = await app.NewPageAsync();
        nurse.SetDefaultTimeout(120_000);
        await nurse.GotoAsync(activation.Groups["path"].Value);
        await BrowserSteps.AssertAccessibleAsync(nurse, "install-8-activate");
        await nurse.GetByLabel("Nytt lösenord").FillAsync(NursePassword);
        await nurse.GetByLabel("Lösenordet en gång till").FillAsync(NursePassword);
        await nurse.GetByRole(AriaRole.Button, new() { Name = "Spara lösenordet" }).ClickAsync();
        await nurse.WaitForURLAsync(url => url.Contains("/konto/logga-in"));
        await SignInAsync(nurse, "nora.nurse@exempelstad.example", NursePassword);

        // 8. "Vem ringer jag?" for the new unit on a Wednesday morning: the unit's vårdcentral, its number, its doctor.
        var unitId = await IdAsync(db => db.CareUnits.Where(u => u.Name == "Solgläntan").Select(u => u.Id));
        await nurse.GotoAsync($"/vem-ringer-jag?enhet={unitId}&tid=2026-12-02T10:00");
        var answer = nurse.Locator("main");
        await Assertions.Expect(answer).ToContainTextAsync("Ring Exempelstads vårdcentral");
        await Assertions.Expect(answer).ToContainTextAsync("0500-44 44 45");
        await Assertions.Expect(answer).ToContainTextAsync("Doktor Dahl");
        await BrowserSteps.AssertAccessibleAsync(nurse, "install-9-who-to-call");

        // The same evening, before the kommun is put in a beredskapsjourområde: the page says so instead of guessing.
        await nurse.GotoAsync($"/vem-ringer-jag?enhet={unitId}&tid=2026-12-02T22:00");
        await Assertions.Expect(nurse.Locator("main")).ToContainTextAsync("Exempelstad har inget beredskapsjourområde");
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/konto/logga-in");
        await page.GetByLabel("E-postadress").FillAsync(email);
        await page.GetByLabel("Lösenord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/konto/logga-in"));
    }

    private async Task<Guid> IdAsync(Func<NarplanDbContext, IQueryable<Guid>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NarplanDbContext>()).SingleAsync();
    }

    [GeneratedRegex("/installera/(?<token>[A-Za-z0-9_-]+)")]
    private static partial Regex SetupLink();

    [GeneratedRegex("https?://[^/\\s<]+(?<path>/konto/aktivera/[A-Za-z0-9_-]+)")]
    private static partial Regex ActivationLink();
}
