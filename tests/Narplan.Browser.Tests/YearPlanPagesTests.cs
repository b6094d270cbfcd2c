using Microsoft.Playwright;

namespace Narplan.Browser.Tests;

/// <summary>The year plan pages in Chromium: a nurse makes the demo SÄBO Lugnet's plan for next year; no WCAG 2.1 A/AA violations.</summary>
public class YearPlanPagesTests(StoppedClockServer app) : IClassFixture<StoppedClockServer>
{
    [Fact]
    public async Task ANurseShouldMakeNextYearsPlanAndOpenAPatientsReviewWithoutAccessibilityViolations()
    {
        var page = await app.NewPageAsync();
        await BrowserSteps.SignInAsync(page, "sjukskoterska@lidkoping.demo");
        await page.GotoAsync("/enheter?q=Lugnet");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lugnet" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Årsplan för vårdplaneringar" }).ClickAsync();
        var next = StoppedClockServer.Today.Year + 1;
        // In December the page opens on next year already (issue 18 item 6); otherwise go there.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Årsplan för årlig medicinsk vårdplanering");
        var toNext = page.GetByRole(AriaRole.Link, new() { Name = $"{next} →" });
        if (await toNext.CountAsync() > 0)
        {
            await toNext.ClickAsync();
        }

        // Wait for next year's page: this year's page has a "Gör årsplan" button too.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Lugnet {next}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gör årsplan" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Årsplanen är gjord" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = $"Vårdplaneringar per dag {next}" })).ToBeVisibleAsync();
        await BrowserSteps.AssertAccessibleAsync(page, "year-plan");

        await page.GetByRole(AriaRole.Link, new() { Name = "Alma Påhittsson" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nästa vårdplanering" })).ToBeVisibleAsync();
        await BrowserSteps.AssertAccessibleAsync(page, "annual-review");

        await page.GotoAsync("/uppgifter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mina uppgifter");
        await BrowserSteps.AssertAccessibleAsync(page, "my-tasks");
    }
}
