using Microsoft.Playwright;

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
}
