using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Narplan.Data;

namespace Narplan.Browser.Tests;

/// <summary>
/// Issue 18 item 3: buttons and links that start work taking over a second show "Arbetar…", cannot be pressed twice, and
/// the page says when the work is done (narplan.js; no inline script under the CSP).
/// </summary>
public class LongWorkTests(AppServer app) : IClassFixture<AppServer>
{
    [Fact]
    public async Task ShouldFetchAPlanPdfOnceAndSayWhenTheFileIsSaved()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/publicerat");
        var fetches = 0;
        page.Request += (_, request) =>
        {
            if (request.Url.EndsWith(".pdf", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref fetches);
            }
        };
        await page.RouteAsync("**/*.pdf", async route =>
        {
            await Task.Delay(1500);
            await route.ContinueAsync();
        });

        var link = page.Locator("a[data-download][href$='.pdf']").First;
        var download = await page.RunAndWaitForDownloadAsync(async () =>
        {
            await link.DblClickAsync();
            await Assertions.Expect(link).ToHaveAttributeAsync("aria-busy", "true");
            await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Arbetar…" })).ToBeVisibleAsync();
        });

        Assert.EndsWith(".pdf", download.SuggestedFilename);
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Klart:" })).ToContainTextAsync(download.SuggestedFilename);
        Assert.Equal(1, fetches);
    }

    [Fact]
    public async Task ShouldSubmitABusyFormOnceWhenItsButtonIsDoubleClicked()
    {
        Guid unit;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            unit = await scope.ServiceProvider.GetRequiredService<NarplanDbContext>().CareUnits.Where(u => u.Name == "Bäckliden").Select(u => u.Id).SingleAsync();
        }

        var page = await app.NewPageAsync();
        page.SetDefaultTimeout(120_000);
        await BrowserSteps.SignInAsync(page, "sjukskoterska@lidkoping.demo");
        var year = DateTime.Today.Year + 1;
        await page.GotoAsync($"/enheter/{unit}/arsplan?ar={year}");
        var posts = 0;
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.Contains("/arsplan", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref posts);
            }
        };
        // The answer is held back so that the second click lands while the first submission is on its way.
        await page.RouteAsync("**/arsplan**", async route =>
        {
            if (route.Request.Method == "POST")
            {
                await Task.Delay(1500);
            }

            await route.ContinueAsync();
        });

        var button = page.GetByRole(AriaRole.Button, new() { Name = "Gör årsplan" });
        await button.DblClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Årsplanen är gjord" })).ToBeVisibleAsync(new() { Timeout = 120_000 });

        // Without narplan.js's guard the second click submits the form again (the browser cancels the first navigation).
        Assert.Equal(1, posts);
    }
}
