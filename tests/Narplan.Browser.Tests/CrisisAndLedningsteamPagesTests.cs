using Microsoft.Playwright;
using static Narplan.Browser.Tests.BrowserSteps;

namespace Narplan.Browser.Tests;

/// <summary>The crisis contacts page and the kompetens och hälsa page with their forms (issue 19 items 6–8), checked with axe.</summary>
public class CrisisAndLedningsteamPagesTests(AppServer app) : IClassFixture<AppServer>
{
    [Fact]
    public async Task TheCrisisPageShouldAnswerOnJulaftonAndHaveNoWcag21AAViolationsWithItsForms()
    {
        var page = await app.NewPageAsync();
        await SignInAsync(page, "mas@herrljunga.demo");
        await page.GotoAsync("/naromraden");
        await page.GetByRole(AriaRole.Link, new() { Name = "Herrljunga" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Krisstöd och POSOM: vem ringer jag nu?" }).ClickAsync();
        await page.GetByLabel("Annan tidpunkt (svensk tid)").FillAsync("2026-12-24T10:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa" }).ClickAsync();

        await Assertions.Expect(page.Locator("#now-heading")).ToContainTextAsync("2026-12-24 10.00");
        await Assertions.Expect(page.GetByText("Julafton: ingen kontorstid", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Registrera frånvaro" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "krisstod");
    }

    [Fact]
    public async Task TheCompetenceAndHealthPageShouldHaveNoWcag21AAViolationsWithItsForms()
    {
        var page = await app.NewPageAsync();
        await SignInAsync(page, "mas@herrljunga.demo");
        await page.GotoAsync("/naromraden");
        await page.GetByRole(AriaRole.Link, new() { Name = "Herrljunga" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Hälsofrämjande aktiviteter och gemensam kompetensutveckling" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Planera en aktivitet" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "kompetens-och-halsa");
    }
}
