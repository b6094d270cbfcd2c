using Microsoft.Playwright;
using static Narplan.Browser.Tests.BrowserSteps;

namespace Narplan.Browser.Tests;

public class MainPagesTests(AppServer app) : IClassFixture<AppServer>
{
    [Fact]
    public async Task ADemoNurseShouldSignInAndOpenAUnit()
    {
        var page = await app.NewPageAsync();

        await SignInAsync(page, "sjukskoterska@lidkoping.demo");
        await Assertions.Expect(page.Locator("header")).ToContainTextAsync("Ida Sjöström");
        await page.GetByRole(AriaRole.Link, new() { Name = "Enheter", Exact = true }).ClickAsync();
        await page.GetByLabel("Kommun").SelectOptionAsync("Lidköping");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrera" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Bäckliden" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bäckliden");
        await Assertions.Expect(page.Locator("section.card").First).ToContainTextAsync("Närhälsan Lidköping vårdcentral");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "031-390 06" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^tel:031390"));
        await AssertAccessibleAsync(page, "unit-signed-in");
    }

    [Theory]
    [InlineData("/", "start")]
    [InlineData("/naromraden", "kommuner")]
    [InlineData("/vardcentraler", "vardcentraler")]
    [InlineData("/enheter", "enheter")]
    [InlineData("/konto/logga-in", "logga-in")]
    [InlineData("/vem-ringer-jag", "vem-ringer-jag-tom")]
    public async Task MainPagesShouldHaveNoWcag21AAViolations(string url, string name)
    {
        var page = await app.NewPageAsync();

        var response = await page.GotoAsync(url);

        Assert.Equal(200, response!.Status);
        Assert.Equal("sv", await page.GetAttributeAsync("html", "lang"));
        await AssertAccessibleAsync(page, name);
    }

    [Fact]
    // Seed 002: Lidköping belongs to Beredskapsjouren Skaraborg, "077-011 02 88" (decision 0037).
    public async Task ANurseShouldFindWhomToCallAt23OnMidsummerEve()
    {
        var page = await app.NewPageAsync();
        await SignInAsync(page, "sjukskoterska@lidkoping.demo");
        await page.GotoAsync("/vem-ringer-jag");

        await page.GetByLabel("Enhet", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Bäckliden" });
        await page.GetByLabel("Tidpunkt").FillAsync("2026-06-19T23:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ring Beredskapsläkare, Beredskapsjouren Skaraborg" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "077-011 02 88" }).First).ToHaveAttributeAsync("href", "tel:0770110288");
        await AssertAccessibleAsync(page, "vem-ringer-jag");
    }

    [Fact]
    public async Task TheUnitPageWithItsFormsShouldHaveNoWcag21AAViolations()
    {
        var page = await app.NewPageAsync();
        await SignInAsync(page, "enhetschef@lidkoping.demo");
        await page.GotoAsync("/enheter?q=Lugnet");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lugnet" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nytt läkaransvar" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "unit-forms");
    }

    [Fact]
    public async Task AValidationErrorShouldBeShownInSwedishWithoutLosingInput()
    {
        var page = await app.NewPageAsync();
        await SignInAsync(page, "enhetschef@lidkoping.demo");
        await page.GotoAsync("/enheter?q=Margretelund");
        await page.GetByRole(AriaRole.Link, new() { Name = "Margretelund" }).ClickAsync();

        await page.GetByLabel("Direktnummer dagtid").FillAsync("ring växeln");
        await page.GetByLabel("Gäller från", new() { Exact = true }).FillAsync("2027-02-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara läkaransvar" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Ange ett giltigt telefonnummer, t.ex. 0510-123 45.").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Direktnummer dagtid")).ToHaveValueAsync("ring växeln");
        await Assertions.Expect(page.GetByLabel("Gäller från", new() { Exact = true })).ToHaveValueAsync("2027-02-01");
        await AssertAccessibleAsync(page, "unit-validation");
    }
}
