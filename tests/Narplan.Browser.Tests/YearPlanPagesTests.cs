using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Narplan.Browser.Tests;

/// <summary>The year plan pages in Chromium: a nurse makes the demo SÄBO Lugnet's plan for next year; no WCAG 2.1 A/AA violations.</summary>
public class YearPlanPagesTests(AppServer app) : IClassFixture<AppServer>
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    private static readonly string Screens = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/konto/logga-in");
        await page.GetByLabel("E-postadress").FillAsync(email);
        await page.GetByLabel("Lösenord").FillAsync("Narplan-demo-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/konto/logga-in"));
    }

    private static async Task AssertAccessibleAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Screens);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screens, name + ".png"), FullPage = true });
        var result = await page.RunAxe(Wcag21AA);
        Assert.True(result.Violations.Length == 0,
            $"{name}: " + string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})")));
    }

    [Fact]
    public async Task ANurseShouldMakeNextYearsPlanAndOpenAPatientsReviewWithoutAccessibilityViolations()
    {
        var page = await app.NewPageAsync();
        await SignInAsync(page, "sjukskoterska@lidkoping.demo");
        await page.GotoAsync("/enheter?q=Lugnet");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lugnet" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Årsplan för vårdplaneringar" }).ClickAsync();
        var next = DateTime.Today.Year + 1;
        await page.GetByRole(AriaRole.Link, new() { Name = $"{next} →" }).ClickAsync();
        // Wait for next year's page: this year's page has a "Gör årsplan" button too.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Lugnet {next}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gör årsplan" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Årsplanen är gjord" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = $"Vårdplaneringar per dag {next}" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "year-plan");

        await page.GetByRole(AriaRole.Link, new() { Name = "Alma Påhittsson" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nästa vårdplanering" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "annual-review");

        await page.GotoAsync("/uppgifter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mina uppgifter");
        await AssertAccessibleAsync(page, "my-tasks");
    }
}
