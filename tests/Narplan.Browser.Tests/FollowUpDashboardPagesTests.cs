using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Narplan.Data;
using static Narplan.Browser.Tests.BrowserSteps;

namespace Narplan.Browser.Tests;

/// <summary>
/// Issue 20: the follow-up dashboard (gemensam uppföljning) as a manager reads it, on a 1366 px screen and on a 390 px
/// phone: no WCAG 2.1 A/AA violations, no sideways scrolling on the phone, each indicator group's SVG chart with an
/// accessible name, a second period beside the first, and the XLSX download.
/// </summary>
public class FollowUpDashboardPagesTests(AppServer app) : IClassFixture<AppServer>
{
    private const string Manager = "enhetschef@lidkoping.demo";

    private async Task OpenLidkopingsDashboardAsync(IPage page)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var lidkoping = await scope.ServiceProvider.GetRequiredService<NarplanDbContext>().Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync();
        await page.GotoAsync($"/uppfoljning/{lidkoping}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gemensam uppföljning – Lidköping", Level = 1 })).ToBeVisibleAsync(new() { Timeout = 60_000 });
    }

    /// <summary>What the manager sees first, for a person to look at (the full page goes with the axe check).</summary>
    private static Task FirstScreenAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"narplan-{name}.png") });

    [Fact]
    public async Task TheDashboardShouldShowNamedChartsCompareTwoPeriodsAndDownloadTheXlsxWithoutWcag21AAViolationsAt1366Px()
    {
        var page = await app.NewPageAsync();
        page.SetDefaultTimeout(120_000);
        await page.SetViewportSizeAsync(1366, 900);
        await SignInAsync(page, Manager);
        await page.GotoAsync("/naromraden");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lidköping" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Gemensam uppföljning: alla indikatorer per vår, höst och helår" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gemensam uppföljning – Lidköping", Level = 1 })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await FirstScreenAsync(page, "uppfoljning-1366");

        // Every chart is an image with a name (its <title>) that says what it compares.
        var charts = page.GetByRole(AriaRole.Img, new() { Name = "Diagram:", Exact = false });
        Assert.True(await charts.CountAsync() >= 3, "at least three indicator groups with data have a chart");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Diagram: Tillgänglighet läkarmedverkan", Exact = false })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "uppfoljning-1366");

        // Helåret 2026 beside våren 2026.
        await page.GetByLabel("Period", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Helåret 2026" });
        await page.GetByLabel("Jämför med", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Våren 2026" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true }).ClickAsync();
        var availability = page.GetByRole(AriaRole.Table, new() { Name = "Tillgänglighet läkarmedverkan, Helåret 2026 och Våren 2026" });
        await Assertions.Expect(availability).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(availability.GetByRole(AriaRole.Columnheader, new() { Name = "Våren 2026", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Diagram: Tillgänglighet läkarmedverkan, Helåret 2026 jämfört med Våren 2026", Exact = false })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "uppfoljning-1366-jamforelse");

        // The download is an XLSX (a zip package) named after the kommun and period.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Ladda ner som Excel (XLSX)" }).ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        Assert.Contains("lidköping", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.True(bytes.Length > 1000 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K', "the XLSX is a zip package");
    }

    [Fact]
    public async Task TheDashboardShouldFitA390PxPhoneWithoutWcag21AAViolations()
    {
        var page = await PhonePagesTests.PhoneAsync(app);
        await SignInAsync(page, Manager);
        await OpenLidkopingsDashboardAsync(page);
        await page.GetByLabel("Jämför med", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Helåret 2025" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Helåret 2025", Exact = true }).First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await FirstScreenAsync(page, "uppfoljning-390");
        await page.Locator("#grupp-lakartillganglighet").ScrollIntoViewIfNeededAsync();
        await FirstScreenAsync(page, "uppfoljning-390-tabell");

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, Math.min(window.innerWidth, document.documentElement.clientWidth, 390)]");
        var wide = await page.EvaluateAsync<string>(
            "() => Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > 391 && !e.closest('.table-wrap'))" +
            ".slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ')");
        Assert.True(widths[0] <= widths[1], $"the page scrolls sideways: {widths[0]} px wide on a {widths[1]} px phone ({wide})");
        Assert.True(await page.GetByRole(AriaRole.Img, new() { Name = "Diagram:", Exact = false }).CountAsync() >= 3);

        // The charts' words are readable on the phone: no text in a shown chart smaller than 11 px once the SVG is scaled
        // to the screen (the screen's 760-unit chart wrote its labels at 6 px here).
        var smallest = await page.EvaluateAsync<double>(
            "() => Math.min(...Array.from(document.querySelectorAll('svg.chart')).filter(s => s.getBoundingClientRect().width > 0)" +
            ".flatMap(s => Array.from(s.querySelectorAll('text')).map(t => parseFloat(t.getAttribute('font-size')) * s.getBoundingClientRect().width / s.viewBox.baseVal.width)))");
        Assert.True(smallest >= 11, $"the smallest chart text on a 390 px phone is {smallest:0.0} px");
        await AssertAccessibleAsync(page, "uppfoljning-390");
    }
}
