using Microsoft.Playwright;
using static Narplan.Browser.Tests.BrowserSteps;

namespace Narplan.Browser.Tests;

/// <summary>
/// Issue 18, item 2: on a 390×844 phone, from a kommun nurse's start page to a visible number to call in three taps, and
/// after Beräkna NEWS2, the SBAR and the number without scrolling. A wrong vital sign never hides the number.
/// </summary>
public class AcuteThreeTapsTests(AppServer app) : IClassFixture<AppServer>
{
    [Fact]
    public async Task ShouldGoFromTheNursesStartPageToAVisibleNumberInThreeTapsAndShowNews2SbarAndTheNumberWithoutScrolling()
    {
        var page = await PhonePagesTests.PhoneAsync(app);
        await SignInAsync(page, "sjukskoterska@lidkoping.demo");
        await page.GotoAsync("/");
        var taps = 0;

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Akut: välj patient" })).ToBeInViewportAsync();
        await page.GetByLabel("Sök på namn eller enhet").FillAsync("Astrid");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sök", Exact = true }).TapAsync();
        taps++;
        Assert.DoesNotContain("Astrid", page.Url);
        await page.GetByRole(AriaRole.Link, new() { Name = "Astrid Påhittad" }).First.TapAsync();
        taps++;

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Akut kontakt");
        var number = page.Locator(".call-bar a[href^='tel:']").First;
        await Assertions.Expect(number).ToBeInViewportAsync(new() { Ratio = 1 });
        Assert.True(taps <= 3, $"{taps} taps to the number");
        await AssertAccessibleAsync(page, "phone-akut-forsta-skarm");

        await page.GetByLabel("Anledning till kontakten").FillAsync("Ökad andfåddhet sedan i morse");
        await page.GetByLabel("Andningsfrekvens (/min)").FillAsync("24");
        await page.GetByLabel("Saturation SpO2 (%)").FillAsync("93");
        await page.GetByLabel("Luft", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Systoliskt blodtryck (mmHg)").FillAsync("105");
        await page.GetByLabel("Puls (/min)").FillAsync("118");
        await page.GetByLabel("Medvetandegrad (ACVPU)").SelectOptionAsync("Alert");
        await page.GetByLabel("Temperatur (°C)").FillAsync("38,4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Beräkna" }).TapAsync();
        taps++;

        Assert.Equal(3, taps);
        await Assertions.Expect(page.GetByText("NEWS2 8 poäng")).ToBeInViewportAsync(new() { Ratio = 1 });
        await Assertions.Expect(page.Locator(".acute-result a.phone").First).ToBeInViewportAsync(new() { Ratio = 1 });
        await Assertions.Expect(page.Locator("#sbar")).ToBeInViewportAsync(new() { Ratio = 0.5f });
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= Math.min(window.innerWidth, document.documentElement.clientWidth, 390)"));
        await AssertAccessibleAsync(page, "phone-akut-beraknad");
    }

    [Fact]
    public async Task AWrongPulseShouldBeAnnouncedScrolledIntoViewWithTheInputKeptAndTheNumberStillOnScreen()
    {
        var page = await PhonePagesTests.PhoneAsync(app);
        await SignInAsync(page, "sjukskoterska@lidkoping.demo");
        await page.GotoAsync("/");
        await page.GetByLabel("Sök på namn eller enhet").FillAsync("Tolvan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sök", Exact = true }).TapAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tolvan Tolvansson" }).First.TapAsync();

        await page.GetByLabel("Anledning till kontakten").FillAsync("Feber");
        await page.GetByLabel("Andningsfrekvens (/min)").FillAsync("22");
        await page.GetByLabel("Puls (/min)").FillAsync("900");
        await page.GetByRole(AriaRole.Button, new() { Name = "Beräkna" }).TapAsync();

        await Assertions.Expect(page.Locator("#err-Pulse")).ToBeInViewportAsync();
        await Assertions.Expect(page.GetByLabel("Puls (/min)")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#narplan-announcer")).ToContainTextAsync("Formuläret har fel. Rätta Puls (/min).");
        await Assertions.Expect(page.GetByLabel("Puls (/min)")).ToHaveAttributeAsync("aria-describedby", "err-Pulse");
        await Assertions.Expect(page.GetByLabel("Andningsfrekvens (/min)")).ToHaveValueAsync("22");
        await Assertions.Expect(page.Locator(".call-bar a[href^='tel:']").First).ToBeInViewportAsync(new() { Ratio = 1 });
        await AssertAccessibleAsync(page, "phone-akut-fel-puls");
    }

    [Fact]
    public async Task AnOpenedPatientShouldBeAmongTheRecentPatientsOneTapFromTheAcuteForm()
    {
        var page = await PhonePagesTests.PhoneAsync(app);
        await SignInAsync(page, "sjukskoterska@lidkoping.demo");
        await page.GotoAsync("/enheter?q=Bäckliden");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bäckliden" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Patienter på Bäckliden" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Astrid Påhittad" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Akut kontakt", Exact = true })).ToBeInViewportAsync();

        await page.GotoAsync("/");
        await page.Locator(".quick-patients").GetByRole(AriaRole.Link, new() { Name = "Astrid Påhittad" }).TapAsync();

        await Assertions.Expect(page.Locator(".call-bar a[href^='tel:']").First).ToBeInViewportAsync(new() { Ratio = 1 });
    }
}
