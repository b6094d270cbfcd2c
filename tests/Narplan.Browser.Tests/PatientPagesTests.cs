using Microsoft.Playwright;

namespace Narplan.Browser.Tests;

/// <summary>The patient pages in Chromium: from the unit to a patient, a protected identity revealed, and WCAG 2.1 A/AA.</summary>
public class PatientPagesTests(AppServer app) : IClassFixture<AppServer>
{
    [Fact]
    public async Task ANurseShouldFindAPatientFromTheUnitPageAndThePagesShouldBeAccessible()
    {
        var page = await app.NewPageAsync();
        await BrowserSteps.SignInAsync(page, "sjukskoterska@lidkoping.demo");
        await page.GotoAsync("/enheter?q=Bäckliden");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bäckliden" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Patienter på Bäckliden" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Patienter på Bäckliden");
        await BrowserSteps.AssertAccessibleAsync(page, "unit-patients");

        await page.GetByRole(AriaRole.Link, new() { Name = "Tolvan Tolvansson" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tolvan Tolvansson");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vem ringer jag för den här patienten?" })).ToBeVisibleAsync();
        Assert.DoesNotContain("19121212", page.Url);
        await BrowserSteps.AssertAccessibleAsync(page, "patient");

        await page.GetByRole(AriaRole.Link, new() { Name = "Brev om fast läkarkontakt och fast vårdkontakt" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dina fasta kontakter i hälso- och sjukvården");
        await BrowserSteps.AssertAccessibleAsync(page, "patient-letter");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Skriv ut" })).ToBeHiddenAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.GoBackAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Loggutdrag" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Läste uppgifter om patienten").First).ToBeVisibleAsync();
        await BrowserSteps.AssertAccessibleAsync(page, "patient-loggutdrag");
    }

    [Fact]
    public async Task AProtectedIdentityShouldBeRevealedWithAReasonAndTheFormsShouldBeAccessible()
    {
        var page = await app.NewPageAsync();
        await BrowserSteps.SignInAsync(page, "sjukskoterska@lidkoping.demo");
        await page.GotoAsync("/enheter?q=Bäckliden");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bäckliden" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Patienter på Bäckliden" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Skyddad identitet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Skyddad identitet");

        await page.GetByLabel("Skäl att visa uppgifterna").FillAsync("Samtal med anhörig om medicinering");
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa skyddade uppgifter" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gunnar Exempelsson");
        await BrowserSteps.AssertAccessibleAsync(page, "patient-revealed");
    }

    [Fact]
    public async Task TheNewPatientFormShouldKeepTheInputAfterAnInvalidNumberAndBeAccessible()
    {
        var page = await app.NewPageAsync();
        await BrowserSteps.SignInAsync(page, "sjukskoterska@lidkoping.demo");
        await page.GotoAsync("/enheter?q=Margretelund");
        await page.GetByRole(AriaRole.Link, new() { Name = "Margretelund" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Patienter på Margretelund" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ny patient" }).ClickAsync();

        await page.GetByLabel("Personnummer, samordningsnummer eller reservnummer").FillAsync("19121212-1213");
        await page.GetByLabel("Namn").FillAsync("Webbläsar Testsson");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skriv in patienten" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Kontrollsiffran stämmer inte.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Namn")).ToHaveValueAsync("Webbläsar Testsson");
        Assert.DoesNotContain("1213", page.Url);
        await BrowserSteps.AssertAccessibleAsync(page, "patient-new-invalid");
    }
}
