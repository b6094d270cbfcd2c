using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Narplan.Data;
using static Narplan.Browser.Tests.BrowserSteps;

namespace Narplan.Browser.Tests;

/// <summary>
/// Issue 15.8 in a real browser: under the Content-Security-Policy (no inline script) the pages raise no
/// violation, and the buttons that used <c>onclick</c> (Kopiera SBAR, Skriv ut) still work through
/// narplan.js, also after Blazor's enhanced form post. Decision 0031.
/// </summary>
public class ContentSecurityPolicyTests(AppServer app) : IClassFixture<AppServer>
{
    [Fact]
    public async Task ShouldCopySbarAndPrintWithoutAnyPolicyViolation()
    {
        var context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.ToString(), Locale = "sv-SE", TimezoneId = "Europe/Stockholm",
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        // Runs outside the page's policy: records every violation the browser reports.
        await context.AddInitScriptAsync(
            "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));" +
            "window.__printed = 0; window.print = () => window.__printed++;");
        var page = await context.NewPageAsync();
        var patientId = await PatientIdAsync("Astrid Påhittad");

        var response = await page.GotoAsync("/");
        Assert.Contains("frame-ancestors 'none'", await response!.HeaderValueAsync("content-security-policy"));
        await AssertNoViolationsAsync(page, "start");

        await SignInAsync(page, "sjukskoterska@lidkoping.demo");
        await page.GotoAsync($"/patienter/{patientId}/akut");
        await page.GetByLabel("Anledning till kontakten").FillAsync("Ökad andfåddhet sedan i morse");
        await page.GetByLabel("Andningsfrekvens (/min)").FillAsync("24");
        await page.GetByLabel("Saturation SpO2 (%)").FillAsync("93");
        await page.GetByLabel("Luft", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Systoliskt blodtryck (mmHg)").FillAsync("105");
        await page.GetByLabel("Puls (/min)").FillAsync("118");
        await page.GetByLabel("Medvetandegrad (ACVPU)").SelectOptionAsync("Alert");
        await page.GetByLabel("Temperatur (°C)").FillAsync("38,4");
        await page.GetByLabel("Röd – kontakta läkare").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Beräkna" }).ClickAsync();
        await Assertions.Expect(page.Locator("#sbar")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("S – Situation"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Kopiera SBAR" }).ClickAsync();
        var sbar = await page.Locator("#sbar").InputValueAsync();
        await Assertions.Expect(page.Locator("#sbar")).ToHaveValueAsync(sbar);
        Assert.Equal(sbar, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await AssertNoViolationsAsync(page, "akut");

        await page.GotoAsync($"/patienter/{patientId}/brev");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skriv ut" }).ClickAsync();
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.__printed"));
        await AssertNoViolationsAsync(page, "brev");
    }

    private static async Task AssertNoViolationsAsync(IPage page, string name)
    {
        var violations = await page.EvaluateAsync<string[]>("() => window.__violations");
        Assert.True(violations.Length == 0, $"{name}: " + string.Join("\n", violations));
    }

    private async Task<Guid> PatientIdAsync(string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NarplanDbContext>();
        return await db.Patients.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }
}
