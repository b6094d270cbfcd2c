using Microsoft.Playwright;

namespace Narplan.Browser.Tests;

/// <summary>
/// Närvårdssamverkan (issue 21) in Chromium: the public pages without sign-in and the coordinator's edit pages, each
/// without WCAG 2.1 A/AA violations; a refused form shows its Swedish message beside the field.
/// </summary>
public class GovernancePagesTests(AppServer app) : IClassFixture<AppServer>
{
    [Fact]
    public async Task ThePublicGovernancePagesShouldHaveNoWcag21AAViolations()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Närvårdssamverkan", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Närvårdssamverkan Södra Älvsborg" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Närvårdssamverkan Södra Älvsborg");
        await BrowserSteps.AssertAccessibleAsync(page, "governance-bodies");

        foreach (var (link, name) in new[] { ("Möten och protokoll", "governance-meetings"), ("Ärenden", "governance-matters"), ("Avtal", "governance-agreement"), ("Kostnadsfördelning", "governance-costs") })
        {
            await page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToHaveTextAsync("Närvårdssamverkan Södra Älvsborg");
            await BrowserSteps.AssertAccessibleAsync(page, name);
        }
    }

    [Fact]
    public async Task TheCoordinatorsEditPagesShouldHaveNoWcag21AAViolationsAndShowARefusalBesideTheField()
    {
        var page = await app.NewPageAsync();
        await BrowserSteps.SignInAsync(page, "koordinator@sodraalvsborg.demo");
        await page.GotoAsync("/narvardssamverkan");
        await page.GetByRole(AriaRole.Link, new() { Name = "Närvårdssamverkan Södra Älvsborg" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "organ", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Redigera organ och ledamöter");
        await BrowserSteps.AssertAccessibleAsync(page, "governance-edit-bodies");

        await page.Locator("#m-body").SelectOptionAsync(new SelectOptionValue { Label = "Styrgrupp närvård" });
        await page.Locator("#m-name").FillAsync("Baklänges Person");
        await page.Locator("#m-org").FillAsync("Marks kommun");
        await page.Locator("#m-from").FillAsync("2026-05-01");
        await page.Locator("#m-to").FillAsync("2026-04-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till ledamot" }).ClickAsync();
        await Assertions.Expect(page.Locator(".validation-message").First).ToContainTextAsync("Ett medlemskap kan inte sluta (2026-04-01) före det börjar (2026-05-01).");
        await Assertions.Expect(page.Locator("#m-name")).ToHaveValueAsync("Baklänges Person");
        await BrowserSteps.AssertAccessibleAsync(page, "governance-edit-refused");

        foreach (var (link, name) in new[] { ("möten", "governance-edit-meetings"), ("ärenden", "governance-edit-matters"), ("avtal och ekonomi", "governance-edit-economy") })
        {
            await page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Redigera");
            await BrowserSteps.AssertAccessibleAsync(page, name);
        }
    }
}
