using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Narplan.Browser.Tests;

/// <summary>Steps every browser test shares: signing in as a demo user, and a screenshot plus an axe-core WCAG 2.1 AA check.</summary>
internal static class BrowserSteps
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    private static readonly string Screens = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/konto/logga-in");
        await page.GetByLabel("E-postadress").FillAsync(email);
        await page.GetByLabel("Lösenord").FillAsync("Narplan-demo-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in", Exact = true }).ClickAsync();
        // A test never fails on wall-clock time: the first sign-in after a cold start (password hashing, session row, JIT)
        // can take over Playwright's default 30 s when all test projects run at once on two cores.
        try
        {
            await page.WaitForURLAsync(url => !url.Contains("/konto/logga-in"), new() { Timeout = 120_000 });
        }
        catch (TimeoutException e)
        {
            // Say what the sign-in page showed (a refusal, a lock-out, an error page) instead of only that it stayed.
            var shown = await page.Locator("body").InnerTextAsync(new() { Timeout = 5_000 });
            throw new TimeoutException($"Sign-in as {email} stayed on {page.Url}; the page said: {shown}", e);
        }
    }

    public static async Task AssertAccessibleAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Screens);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screens, name + ".png"), FullPage = true });
        var result = await page.RunAxe(Wcag21AA);
        Assert.True(result.Violations.Length == 0,
            $"{name}: " + string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})")));
    }
}
