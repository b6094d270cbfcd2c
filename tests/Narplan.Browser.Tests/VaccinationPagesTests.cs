using Microsoft.Playwright;
using static Narplan.Browser.Tests.BrowserSteps;

namespace Narplan.Browser.Tests;

/// <summary>
/// Issue 19 "Tests": the vaccination board in Chromium with axe-core (WCAG 2.1 A/AA), on a 390 px phone and a 1366 px
/// screen, reached from the menu; and the dose form keeping its input after a dose dated in the future.
/// </summary>
public class VaccinationPagesTests(AppServer app) : IClassFixture<AppServer>
{
    private async Task<IPage> PageAsync(int width, int height, bool phone)
    {
        var context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.ToString(), Locale = "sv-SE", TimezoneId = "Europe/Stockholm",
            ViewportSize = new() { Width = width, Height = height }, IsMobile = phone, HasTouch = phone,
        });
        return await context.NewPageAsync();
    }

    [Theory]
    [InlineData(390, 844, true)]
    [InlineData(1366, 900, false)]
    public async Task TheKommunsNurseShouldSeeTheBoardPerUnitAndItShouldBeAccessible(int width, int height, bool phone)
    {
        var page = await PageAsync(width, height, phone);
        await SignInAsync(page, "sjukskoterska@lidkoping.demo");
        await page.GotoAsync("/vaccination");
        await AssertAccessibleAsync(page, $"vaccination-campaigns-{width}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Lidköping – Höst 2026: influensa och covid-19" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vaccination Lidköping, höst 2026: influensa och covid-19");
        var backliden = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Bäckliden" }).First;
        await Assertions.Expect(backliden).ToContainTextAsync("80"); // 40 + 10 + 30 ordered
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Hemvårdsområde Norr" }).First).ToContainTextAsync("väntar på vårdcentralen");
        await Assertions.Expect(page.GetByText("underlag är försenat").Or(page.GetByText("underlag är försenade")).First).ToBeVisibleAsync();
        // The page itself never scrolls sideways; a wide table scrolls in its own region.
        Assert.True(await page.EvaluateAsync<bool>($"() => document.documentElement.scrollWidth <= {width}"));
        await AssertAccessibleAsync(page, $"vaccination-board-{width}");
    }

    [Fact]
    public async Task TheDoseFormShouldKeepTheInputAfterADoseInTheFutureAndBeAccessible()
    {
        var page = await PageAsync(390, 844, true);
        await SignInAsync(page, "sjukskoterska@lidkoping.demo");
        await page.GotoAsync("/uppgifter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vaccinationsunderlag att skicka" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "vaccination-tasks-390");
        await page.Locator("#vaccination-tasks-heading ~ div").GetByRole(AriaRole.Link, new() { Name = "Märta Fiktivsdotter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vaccinationer");

        await page.GetByLabel("Förstärkt influensavaccin").CheckAsync();
        await page.GetByLabel("Given (ÅÅÅÅ-MM-DD)").FillAsync("2099-01-01");
        await page.GetByLabel("Given av").FillAsync("Syster Webbläsare");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara dosen" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Dosen kan inte vara given i framtiden.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Given av")).ToHaveValueAsync("Syster Webbläsare");
        await AssertAccessibleAsync(page, "vaccination-patient-invalid");
    }
}
