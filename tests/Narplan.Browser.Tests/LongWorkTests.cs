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
    public async Task ShouldSubmitGorArsplanOnceOnADoubleClickAndShowArbetarUntilThePlanIsShown()
    {
        var unitId = await UnitIdAsync("Lugnet");
        var next = DateTime.Today.Year + 1;
        var page = await app.NewPageAsync();
        await BrowserSteps.SignInAsync(page, "sjukskoterska@lidkoping.demo");
        await page.GotoAsync($"/enheter/{unitId}/arsplan?ar={next}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Lugnet {next}");

        // The planning is held back 2 s on its way to the server, as a slow run would be; meanwhile the page that sent it
        // is still shown, and its state is read then (a locator would wait for the navigation to finish).
        var posts = 0;
        string[]? whileWorking = null;
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.Contains("/arsplan", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref posts);
            }
        };
        await page.RouteAsync("**/arsplan**", async route =>
        {
            if (route.Request.Method == "POST")
            {
                await Task.Delay(500);
                whileWorking ??= await page.EvaluateAsync<string[]>("""
                    () => {
                        const form = document.querySelector('form[data-busy]');
                        const status = form.querySelector('[role=status]');
                        return [form.getAttribute('aria-busy') ?? '', form.querySelector('[type=submit]').textContent, status ? status.textContent : ''];
                    }
                    """);
                await Task.Delay(1500);
            }

            await route.ContinueAsync();
        });

        await page.GetByRole(AriaRole.Button, new() { Name = "Gör årsplan" }).DblClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Årsplanen är gjord" })).ToBeVisibleAsync();
        Assert.Equal(1, posts);
        Assert.NotNull(whileWorking);
        Assert.Equal("true", whileWorking[0]);
        Assert.Equal("Arbetar…", whileWorking[1]);
        Assert.StartsWith("Arbetar…", whileWorking[2]);
        // The answer page's button is ready again for the next run.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Planera om" })).ToBeVisibleAsync();
    }

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

    private async Task<Guid> UnitIdAsync(string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NarplanDbContext>();
        return await db.CareUnits.Where(u => u.Name == name).Select(u => u.Id).SingleAsync();
    }
}
