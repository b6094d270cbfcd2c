using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Narplan.Data;
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
        var page = await context.NewPageAsync();
        // Many pages in one test on a loaded machine: a full-page screenshot can take longer than Playwright's 30 s.
        page.SetDefaultTimeout(120_000);
        return page;
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
        && !Regex.IsMatch(url.AbsolutePath, @"\.(pdf|docx|xlsx|ics|json|csv|txt|xml)$|^/(api|scalar|openapi|flode|feeds|health|konto/logga-ut)", RegexOptions.IgnoreCase);

    private async Task CrawlAsync(IPage page, IEnumerable<string> start, HashSet<string> seen, List<string> failures, string role)
    {
        var queue = new Queue<string>(start);
        var denied = new HashSet<string>();
        while (queue.TryDequeue(out var next))
        {
            var url = new Uri(app.BaseAddress, next);
            if (!IsPage(url, app.BaseAddress) || denied.Contains(Kind(url)) || !seen.Add(Kind(url)))
            {
                continue;
            }

            var response = await page.GotoAsync(url.PathAndQuery);
            // A link the user may not follow (403) still shows a page, which must fit the phone too.
            if (response?.Status == 403)
            {
                // Another role may open this kind of page: look at it again then.
                seen.Remove(Kind(url));
                denied.Add(Kind(url));
            }

            if (response is null || (response.Status >= 400 && response.Status != 403))
            {
                failures.Add($"{role} {url.PathAndQuery}: status {response?.Status}");
                continue;
            }

            // Chrome's innerWidth is the visual viewport, which a mobile page that overflows zooms out to; the layout
            // viewport (clientWidth) and the phone's 390 px are the fixed measure.
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, Math.min(window.innerWidth, document.documentElement.clientWidth, 390)]");
            if (widths[0] > widths[1])
            {
                var wide = await page.EvaluateAsync<string>(
                    "() => Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > 391)" +
                    ".filter(e => !e.closest('.table-wrap, .scroll-x, .sidenav')).slice(0, 4).map(e => e.tagName + '.' + e.className + ' ' + (e.textContent || '').trim().slice(0, 30)).join(' | ')");
                failures.Add($"{role} {url.PathAndQuery}: scrollWidth {widths[0]} > {widths[1]} ({wide})");
            }

            try
            {
                await AssertAccessibleAsync(page, "phone-" + role + Regex.Replace(Kind(url), "[^a-z0-9]+", "-"));
            }
            catch (Exception e) when (e is Xunit.Sdk.XunitException or TimeoutException)
            {
                failures.Add($"{role} {url.PathAndQuery}: {e.Message}");
            }

            foreach (var href in await page.Locator("main a[href], nav.sidenav a[href]").EvaluateAllAsync<string[]>("links => links.filter(a => !a.hasAttribute('download') && a.protocol.startsWith('http')).map(a => a.href)"))
            {
                queue.Enqueue(new Uri(href).PathAndQuery);
            }
        }
    }

    /// <summary>
    /// Where a role's crawl starts before its menu: pages with the most on them (a kind of page is opened once, so the
    /// first instance should be a full one): Lidköping, its units Bäckliden and Lugnet (year plan, rounds, patients),
    /// Astrid Påhittad's patient page; for the MAS Herrljunga's plan; for the doctor her unit Hagagården.
    /// </summary>
    private async Task<string[]> StartPagesAsync(string role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NarplanDbContext>();
        async Task<Guid> Unit(string name) => await db.CareUnits.Where(u => u.Name == name).Select(u => u.Id).SingleAsync();
        switch (role)
        {
            case "ssk":
                var backliden = await Unit("Bäckliden");
                var lugnet = await Unit("Lugnet");
                var astrid = await db.Patients.Where(p => p.Name == "Astrid Påhittad").Select(p => p.Id).SingleAsync();
                var lidkoping = await db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync();
                return [$"/patienter/{astrid}", $"/enheter/{backliden}", $"/enheter/{backliden}/patienter", $"/enheter/{lugnet}/arsplan",
                    $"/enheter/{lugnet}", $"/naromraden/{lidkoping}"];
            case "mas":
                // Herrljunga's plan (seed 000) and every page it links to: sections, rows, headings, tasks, compare.
                var herrljunga = await db.Kommuner.Where(k => k.Name == "Herrljunga").Select(k => k.Id).SingleAsync();
                var plans = await db.PlanVersions.Where(v => db.Plans.Any(p => p.Id == v.PlanId && p.KommunId == herrljunga))
                    .GroupBy(v => v.PlanId).Select(g => new { PlanId = g.Key, Latest = g.Max(v => v.Number) }).ToListAsync();
                return [$"/naromraden/{herrljunga}", .. plans.Select(p => $"/planer/{p.PlanId}/versioner/{p.Latest}")];
            case "lak":
                return [$"/enheter/{await Unit("Hagagården")}"];
            default:
                return [];
        }
    }

    [Fact]
    public async Task ShouldShowAMadeYearPlanWithItsHeatMapOnA390PxPhoneWithoutSidewaysScrolling()
    {
        var page = await PhoneAsync(app);
        await SignInAsync(page, "sjukskoterska@lidkoping.demo");
        var lugnet = (await StartPagesAsync("ssk")).Single(u => u.EndsWith("/arsplan", StringComparison.Ordinal));
        await page.GotoAsync(lugnet);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gör årsplan" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Årsplanen är gjord" })).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex(@"^Vårdplaneringar per dag \d{4}\b") })).ToBeVisibleAsync();
        // The calendar keeps readable cells (drawn at least 700 px wide, about 11 px a day) and scrolls in its own region, not the page.
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('figure.heatmap svg[role=img]').getBoundingClientRect().width >= 700"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= Math.min(window.innerWidth, document.documentElement.clientWidth, 390)"));
        await Assertions.Expect(page.Locator("figure.heatmap .scroll-x[role=region][tabindex='0']")).ToHaveCountAsync(1);
        await AssertAccessibleAsync(page, "phone-arsplan-gjord");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ShouldKeepTheChangedPagesFreeOfAxeViolationsOnA1366PxDesktop()
    {
        var context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.ToString(), Locale = "sv-SE", TimezoneId = "Europe/Stockholm", ViewportSize = new() { Width = 1366, Height = 768 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(120_000);
        await SignInAsync(page, "sjukskoterska@lidkoping.demo");
        foreach (var url in (await StartPagesAsync("ssk")).Prepend("/").Append("/ronder"))
        {
            await page.GotoAsync(url);
            await AssertAccessibleAsync(page, "desktop" + Regex.Replace(Kind(new Uri(app.BaseAddress, url)), "[^a-z0-9]+", "-"));
        }

        await page.GotoAsync("/");
        await page.GetByLabel("Sök på namn eller enhet").FillAsync("Astrid");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sök", Exact = true }).ClickAsync();
        await AssertAccessibleAsync(page, "desktop-start-sok");
        await page.GetByRole(AriaRole.Link, new() { Name = "Astrid Påhittad" }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".call-bar a[href^='tel:']").First).ToBeInViewportAsync();
        await AssertAccessibleAsync(page, "desktop-akut");
        await context.CloseAsync();
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
                     ("koordinator@sodraalvsborg.demo", "koo"),
                 })
        {
            var page = await PhoneAsync(app);
            await SignInAsync(page, email);
            var menu = await page.Locator("nav.sidenav a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
            await CrawlAsync(page, ["/", .. await StartPagesAsync(role), .. menu.Select(m => new Uri(m).PathAndQuery)], seen, failures, role);
            await page.Context.CloseAsync();
        }

        File.WriteAllLines(Path.Combine(AppContext.BaseDirectory, "phone-pages.txt"), seen.Order(StringComparer.Ordinal));
        Assert.True(seen.Count > 30, $"Only {seen.Count} kinds of pages were opened: " + string.Join(", ", seen));
        Assert.True(failures.Count == 0, $"{failures.Count} of {seen.Count} pages failed:\n" + string.Join("\n", failures));
    }
}
