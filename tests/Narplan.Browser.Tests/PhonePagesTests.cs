using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Narplan.Browser.Tests.BrowserSteps;

namespace Narplan.Browser.Tests;

/// <summary>
/// Issue 18, item 1: no page scrolls sideways on a 390×844 phone and every page is free of WCAG 2.1 A/AA violations there.
/// Signed in as each role, the test opens every page of the main menu and follows every link inside the page
/// (so every page linked from a unit, a patient, a plan and a round) once per kind of page.
/// </summary>
public partial class PhonePagesTests(AppServer app) : IClassFixture<AppServer>
{
    internal static async Task<IPage> PhoneAsync(AppServer app)
    {
        var context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.ToString(), Locale = "sv-SE", TimezoneId = "Europe/Stockholm",
            ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Kinds of pages: a path with its ids and dates replaced, plus the names of its query parameters.</summary>
    internal static string Kind(Uri url)
    {
        var path = IdOrDate().Replace(url.AbsolutePath, "{x}");
        var query = string.Join("&", url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal));
        return query.Length == 0 ? path : path + "?" + query;
    }

    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{4}-\d{2}-\d{2}|(?<=/)\d+(?=/|$)")]
    private static partial Regex IdOrDate();

    /// <summary>Files, feeds, the API and signing out are not pages to look at.</summary>
    private static bool IsPage(Uri url, Uri baseAddress) =>
        url.Host == baseAddress.Host && url.Port == baseAddress.Port
        && !Regex.IsMatch(url.AbsolutePath, @"\.(pdf|docx|ics|json|csv|txt|xml)$|^/(api|scalar|openapi|flode|feeds|health|konto/logga-ut)", RegexOptions.IgnoreCase);

    private async Task CrawlAsync(IPage page, IEnumerable<string> start, HashSet<string> seen, List<string> failures, string role)
    {
        var queue = new Queue<string>(start);
        while (queue.TryDequeue(out var next))
        {
            var url = new Uri(app.BaseAddress, next);
            if (!IsPage(url, app.BaseAddress) || !seen.Add(Kind(url)))
            {
                continue;
            }

            var response = await page.GotoAsync(url.PathAndQuery);
            if (response is null || response.Status >= 400)
            {
                failures.Add($"{role} {url.PathAndQuery}: status {response?.Status}");
                continue;
            }

            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            if (widths[0] > widths[1])
            {
                var wide = await page.EvaluateAsync<string>(
                    "() => Array.from(document.querySelectorAll('main *')).filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)" +
                    ".filter(e => !e.closest('.table-wrap, .scroll-x, .sidenav')).slice(0, 4).map(e => e.tagName + '.' + e.className + ' ' + (e.textContent || '').trim().slice(0, 30)).join(' | ')");
                failures.Add($"{role} {url.PathAndQuery}: scrollWidth {widths[0]} > {widths[1]} ({wide})");
            }

            try
            {
                await AssertAccessibleAsync(page, "phone-" + role + Regex.Replace(Kind(url), "[^a-z0-9]+", "-"));
            }
            catch (Exception e) when (e is Xunit.Sdk.XunitException)
            {
                failures.Add($"{role} {url.PathAndQuery}: {e.Message}");
            }

            foreach (var href in await page.Locator("main a[href], nav.sidenav a[href]").EvaluateAllAsync<string[]>("links => links.filter(a => !a.hasAttribute('download')).map(a => a.href)"))
            {
                queue.Enqueue(new Uri(href).PathAndQuery);
            }
        }
    }

    [Fact]
    public async Task ShouldNotScrollSidewaysOnA390PxPhoneOnAnyPageOfTheMenuOrLinkedFromAUnitPatientPlanOrRoundAndHaveNoAxeViolations()
    {
        var failures = new List<string>();
        var seen = new HashSet<string>();
        // Each role once; a kind of page already seen by an earlier role is not opened again (the roles that can do most first).
        foreach (var (email, role) in new[]
                 {
                     ("sjukskoterska@lidkoping.demo", "ssk"), ("enhetschef@lidkoping.demo", "ec"), ("mas@herrljunga.demo", "mas"),
                     ("lakare@herrljunga-vc.demo", "lak"), ("vcchef@herrljunga-vc.demo", "vcc"), ("admin@narplan.demo", "adm"),
                 })
        {
            var page = await PhoneAsync(app);
            await SignInAsync(page, email);
            var menu = await page.Locator("nav.sidenav a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
            await CrawlAsync(page, ["/", .. menu.Select(m => new Uri(m).PathAndQuery)], seen, failures, role);
            await page.Context.CloseAsync();
        }

        Assert.True(seen.Count > 30, $"Only {seen.Count} kinds of pages were opened: " + string.Join(", ", seen));
        Assert.True(failures.Count == 0, $"{failures.Count} of {seen.Count} pages failed:\n" + string.Join("\n", failures));
    }
}
