using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Narplan.Data;
using static Narplan.Browser.Tests.BrowserSteps;

namespace Narplan.Browser.Tests;

/// <summary>Issue 8's "done when": from "patient worse" to a called doctor with NEWS2, SBAR and the number, on a phone.</summary>
public class AcuteFlowTests(StoppedClockServer app) : IClassFixture<StoppedClockServer>
{
    private async Task<IPage> PhoneAsync()
    {
        var context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.ToString(), Locale = "sv-SE", TimezoneId = "Europe/Stockholm",
            ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
        });
        return await context.NewPageAsync();
    }

    private async Task<Guid> PatientIdAsync(string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NarplanDbContext>();
        return await db.Patients.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }

    [Fact]
    public async Task ANurseOnAPhoneShouldGoFromPatientWorseToTheNumberToCallWithNews2AndSbarAndRecordTheOutcome()
    {
        var patientId = await PatientIdAsync("Astrid Påhittad");
        var page = await PhoneAsync();
        await SignInAsync(page, "sjukskoterska@lidkoping.demo");
        await page.GotoAsync($"/patienter/{patientId}/akut");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Akut kontakt");

        await page.GetByLabel("Anledning till kontakten").FillAsync("Ökad andfåddhet sedan i morse");
        await page.GetByLabel("Andningsfrekvens (/min)").FillAsync("24");
        await page.GetByLabel("Saturation SpO2 (%)").FillAsync("93");
        await page.GetByLabel("Luft", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Systoliskt blodtryck (mmHg)").FillAsync("105");
        await page.GetByLabel("Puls (/min)").FillAsync("900");
        await page.GetByLabel("Medvetandegrad (ACVPU)").SelectOptionAsync("Alert");
        await page.GetByLabel("Temperatur (°C)").FillAsync("38,4");
        await page.GetByLabel("Röd – kontakta läkare").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Beräkna" }).ClickAsync();

        // The wrong pulse is named next to its field; everything else is kept.
        await Assertions.Expect(page.Locator("#err-Pulse")).ToContainTextAsync("En puls på 900 slag per minut är inte möjlig.");
        await Assertions.Expect(page.GetByLabel("Andningsfrekvens (/min)")).ToHaveValueAsync("24");
        await Assertions.Expect(page.GetByLabel("Temperatur (°C)")).ToHaveValueAsync("38,4");
        await AssertAccessibleAsync(page, "akut-fel-puls");

        await page.GetByLabel("Puls (/min)").FillAsync("118");
        await page.GetByRole(AriaRole.Button, new() { Name = "Beräkna" }).ClickAsync();

        await Assertions.Expect(page.GetByText("NEWS2 8 poäng")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#sbar")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("S – Situation"));
        var call = page.Locator(".acute-result a.phone").First;
        await Assertions.Expect(call).ToBeVisibleAsync();
        Assert.StartsWith("tel:", await call.GetAttributeAsync("href"));
        await AssertAccessibleAsync(page, "akut-beraknad");

        await page.GetByRole(AriaRole.Button, new() { Name = "Spara – jag ringer nu" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Kontakten är sparad.")).ToBeVisibleAsync();
        await page.GetByLabel("Utfall").SelectOptionAsync("Advice");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Utfall")).ToHaveValueAsync("Advice");
        await AssertAccessibleAsync(page, "akut-uppfoljning");
    }

    [Fact]
    public async Task TheTrygghetslakemedelStartShouldBeBlockedAfter14DaysAndThePalliativeAndFiguresPagesShouldBeAccessible()
    {
        var patientId = await PatientIdAsync("Märta Fiktivsdotter");
        var page = await PhoneAsync();
        await SignInAsync(page, "sjukskoterska@lidkoping.demo");
        await page.GotoAsync($"/patienter/{patientId}/palliativ");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Palliativ vård och dödsfall");

        var ordered = StoppedClockServer.Today.PlusDays(-20).ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.GetByLabel("Ordinationsdag").FillAsync(ordered);
        await page.GetByLabel("Ordinerande läkare").FillAsync("Oskar Wallin");
        await page.GetByLabel("Läkemedel", new() { Exact = true }).FillAsync("Morfin, Midazolam");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera ordination" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Sparat.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Starta ordinationen nu" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "äldre än 14 dagar" }).First).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "palliativ-14-dagar");

        await page.GotoAsync("/naromraden");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lidköping" }).First.ClickAsync();
        // The närområde page's wide tables scroll sideways on a phone; follow the link's address.
        var figures = await page.GetByRole(AriaRole.Link, new() { Name = "Uppföljning: akuta kontakter, svarstider och brytpunktssamtal" }).GetAttributeAsync("href");
        await page.GotoAsync(figures!);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Akuta kontakter och palliativ vård");
        await AssertAccessibleAsync(page, "uppfoljning-akut");
    }
}
