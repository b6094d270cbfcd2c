using Microsoft.Playwright;
using static Narplan.Browser.Tests.BrowserSteps;

namespace Narplan.Browser.Tests;

public class OnCallPagesTests(AppServer app) : IClassFixture<AppServer>
{
    [Fact]
    public async Task TheWeekOfMidsummerShouldShowTheHolidaysAndBeAccessible()
    {
        var page = await app.NewPageAsync();
        await SignInAsync(page, "sjukskoterska@lidkoping.demo");
        await page.GotoAsync("/vem-ringer-jag");
        await page.GetByLabel("Enhet", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Bäckliden" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Veckovy" }).ClickAsync();
        await page.GetByLabel("Vecka").FillAsync("2026-W25");
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vem svarar – vecka 25, 2026");
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "fredag 19 juni Midsommarafton" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "vem-ringer-jag-vecka");
    }

    [Fact]
    public async Task ThePrintableCardShouldFitTheNursesOfficeAndBeAccessible()
    {
        var page = await app.NewPageAsync();
        await SignInAsync(page, "sjukskoterska@lidkoping.demo");
        await page.GotoAsync("/vem-ringer-jag?enhet=");
        await page.GetByLabel("Enhet", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Lugnet" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Utskriftskort för expeditionen (4 veckor)" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vem ringer jag? – Lugnet");
        await AssertAccessibleAsync(page, "vem-ringer-jag-kort");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "vem-ringer-jag-kort-print.png"), FullPage = true });
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        Assert.True(pdf.Length > 1000);
    }

    [Fact]
    public async Task AVardcentralschefShouldEnterARedirectAndABadNumberShouldKeepTheForm()
    {
        var page = await app.NewPageAsync();
        await SignInAsync(page, "vcchef@herrljunga-vc.demo");
        await page.GetByRole(AriaRole.Link, new() { Name = "Omkopplingar och frånvaro" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Närhälsan Herrljunga vårdcentral");

        await page.GetByLabel("Svarar").FillAsync("Distriktsläkare Jonas Lind");
        await page.GetByLabel("Telefonnummer").FillAsync("ring mig");
        await page.GetByLabel("Orsak (visas för den som ringer)").FillAsync("Personaldag");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara omkoppling" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Ange ett giltigt telefonnummer, t.ex. 0510-123 45.").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Svarar")).ToHaveValueAsync("Distriktsläkare Jonas Lind");
        await Assertions.Expect(page.GetByLabel("Orsak (visas för den som ringer)")).ToHaveValueAsync("Personaldag");
        await AssertAccessibleAsync(page, "omkoppling-fel");

        await page.GetByLabel("Telefonnummer").FillAsync("070-174 06 77");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara omkoppling" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ändringen är sparad.");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Personaldag" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TheRuleProfilePageShouldBeAccessible()
    {
        var page = await app.NewPageAsync();
        await SignInAsync(page, "admin@narplan.demo");
        await page.GetByRole(AriaRole.Link, new() { Name = "Administration: jourregler" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Västra Götalandsregionen" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "jourregler");
    }
}
