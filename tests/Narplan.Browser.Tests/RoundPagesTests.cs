using Microsoft.Playwright;

namespace Narplan.Browser.Tests;

/// <summary>The rounds pages in Chromium: follow-through by a nurse, and no WCAG 2.1 A/AA violations.</summary>
public class RoundPagesTests(AppServer app) : IClassFixture<AppServer>
{
    [Fact]
    public async Task ANurseShouldOpenARoundFromTheUnitPageAndSaveAnAgenda()
    {
        var page = await app.NewPageAsync();
        await BrowserSteps.SignInAsync(page, "sjukskoterska@lidkoping.demo");
        await page.GotoAsync("/enheter?q=Bäckliden");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bäckliden" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Fasta läkartider (ronder)" })).ToBeVisibleAsync();
        await BrowserSteps.AssertAccessibleAsync(page, "unit-rounds");
        await page.GetByRole(AriaRole.Link, new() { Name = "Uppföljning och agenda" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Rond på Bäckliden");
        await BrowserSteps.AssertAccessibleAsync(page, "round-occurrence");

        await page.GetByLabel("Agenda (ärenden att ta upp)").FillAsync("Årlig vårdplanering rum 3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Uppföljningen är sparad.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Agenda (ärenden att ta upp)")).ToHaveValueAsync("Årlig vårdplanering rum 3");
    }

    [Fact]
    public async Task TheKommunPageWithRoundFiguresShouldHaveNoWcag21AAViolations()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/naromraden");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lidköping" }).First.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Ronder per enhet" })).ToBeVisibleAsync();
        await BrowserSteps.AssertAccessibleAsync(page, "kommun-round-figures");
    }

    [Fact]
    public async Task TheDoctorPageShouldHaveNoWcag21AAViolations()
    {
        var page = await app.NewPageAsync();
        await BrowserSteps.SignInAsync(page, "lakare@herrljunga-vc.demo");
        await page.GotoAsync("/enheter?q=Hagagården");
        await page.GetByRole(AriaRole.Link, new() { Name = "Hagagården" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Uppföljning och agenda" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Karin Åberg" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Skapa ny kalenderlänk" })).ToBeVisibleAsync();
        await BrowserSteps.AssertAccessibleAsync(page, "doctor-rounds");
    }

    [Fact]
    public async Task TheRoundsPageShouldHaveNoWcag21AAViolations()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ronder", Exact = true }).ClickAsync();
        await page.GetByLabel("Kommun").SelectOptionAsync("Lidköping");
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Fasta läkartider (ronder)");
        await BrowserSteps.AssertAccessibleAsync(page, "rounds-week");
    }
}
