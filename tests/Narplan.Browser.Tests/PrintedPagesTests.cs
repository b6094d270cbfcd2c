using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Narplan.Data;

namespace Narplan.Browser.Tests;

/// <summary>Issue 18 item 5: what users print from the browser fits its paper (Chromium's own A4 print to PDF).</summary>
public partial class PrintedPagesTests(AppServer app) : IClassFixture<AppServer>
{
    [Fact]
    public async Task TheOnCallCardForFourWeeksShouldFitOneA4PageWithThePhoneNumbersInLargeType()
    {
        var unitId = await IdAsync(db => db.CareUnits.Where(u => u.Name == "Bäckliden").Select(u => u.Id).SingleAsync());
        var page = await app.NewPageAsync();
        await BrowserSteps.SignInAsync(page, "sjukskoterska@lidkoping.demo");
        await page.GotoAsync($"/vem-ringer-jag/kort?enhet={unitId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "De kommande fyra veckorna" })).ToBeVisibleAsync();
        Assert.Equal(28, await page.Locator(".oncall-days tbody tr").CountAsync());

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true, PrintBackground = true });

        Assert.Equal(1, Pages(pdf));
        // The numbers to call: at least 14 pt (18.67 px) and never split over two lines.
        var phone = page.Locator(".card-columns a[href^='tel:']").First;
        var size = await phone.EvaluateAsync<double>("a => parseFloat(getComputedStyle(a).fontSize)");
        Assert.True(size >= 18.6, $"Numret skrivs ut i {size} px.");
        Assert.Equal("nowrap", await phone.EvaluateAsync<string>("a => getComputedStyle(a).whiteSpace"));
    }

    [Fact]
    public async Task ThePatientLetterShouldPrintOnOnePageWithoutAnEmptyBox()
    {
        var patientId = await IdAsync(db => db.Patients.Where(p => p.Name == "Tolvan Tolvansson").Select(p => p.Id).SingleAsync());
        var page = await app.NewPageAsync();
        await BrowserSteps.SignInAsync(page, "sjukskoterska@lidkoping.demo");
        await page.GotoAsync($"/patienter/{patientId}/brev");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dina fasta kontakter i hälso- och sjukvården");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        // Any visible box (a background or a border) on paper must hold text.
        var empty = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')].filter(e => {
                const s = getComputedStyle(e), r = e.getBoundingClientRect();
                if (s.display === 'none' || s.visibility === 'hidden' || r.width < 2 || r.height < 2) return false;
                const painted = (s.backgroundColor !== 'rgba(0, 0, 0, 0)' && s.backgroundColor !== 'rgb(255, 255, 255)')
                    || ['Top', 'Right', 'Bottom', 'Left'].some(side => parseFloat(s['border' + side + 'Width']) > 0 && s['border' + side + 'Style'] !== 'none');
                return painted && e.innerText.trim() === '';
            }).map(e => e.tagName + '.' + e.className)
            """);
        Assert.Empty(empty);

        var pdf = await page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true, PrintBackground = true });
        Assert.Equal(1, Pages(pdf));
    }

    /// <summary>Pages in a PDF from Chromium: its page objects are written as plain dictionaries.</summary>
    private static int Pages(byte[] pdf) => PageObject().Matches(Encoding.Latin1.GetString(pdf)).Count;

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();

    private async Task<Guid> IdAsync(Func<NarplanDbContext, Task<Guid>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NarplanDbContext>());
    }
}
