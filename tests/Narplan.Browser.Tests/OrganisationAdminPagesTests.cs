using Microsoft.Playwright;
using static Narplan.Browser.Tests.BrowserSteps;

namespace Narplan.Browser.Tests;

/// <summary>
/// Issue 17's organisation administration in Chromium: each page free of WCAG 2.1 A/AA violations, a delregion renamed
/// from its row, a refusal shown in Swedish.
/// </summary>
public class OrganisationAdminPagesTests(AppServer app) : IClassFixture<AppServer>
{
    [Fact]
    public async Task TheOrganisationPagesShouldHaveNoWcag21AAViolationsAndRefuseABadKommunCodeInSwedish()
    {
        var page = await app.NewPageAsync();
        await SignInAsync(page, "admin@narplan.demo");

        await page.GetByRole(AriaRole.Link, new() { Name = "Administration: organisationer" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Organisationer");
        await AssertAccessibleAsync(page, "admin-organisationer");

        var vgr = page.Locator("section", new() { HasText = "Västra Götalandsregionen" });

        // A delregion's row: its fields sit in the table and belong to the row's form by the form attribute (decision 0094).
        await vgr.GetByLabel("Namn på Fyrbodal", new() { Exact = true }).FillAsync("Fyrbodal (närvårdssamverkan)");
        await vgr.GetByRole(AriaRole.Button, new() { Name = "Spara Fyrbodal", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Delregionen Fyrbodal (närvårdssamverkan) är sparad.");
        await Assertions.Expect(vgr.GetByRole(AriaRole.Rowheader, new() { Name = "Fyrbodal (närvårdssamverkan)", Exact = true })).ToBeVisibleAsync();

        await vgr.GetByLabel("Namn", new() { Exact = true }).FillAsync("Tranemo");
        await vgr.GetByLabel("Kommunkod (fyra siffror)").FillAsync("15a2");
        await vgr.GetByRole(AriaRole.Button, new() { Name = "Lägg till kommun" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Kommunkoden ”15a2” ska vara exakt fyra siffror, t.ex. 1466.");
        await Assertions.Expect(page.Locator("section", new() { HasText = "Västra Götalandsregionen" }).GetByLabel("Namn", new() { Exact = true })).ToHaveValueAsync("Tranemo");

        await page.GetByRole(AriaRole.Link, new() { Name = "Herrljunga", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Herrljunga");
        await AssertAccessibleAsync(page, "admin-kommun");

        await page.GetByRole(AriaRole.Link, new() { Name = "Personal (personregister)" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Personal i Herrljunga");
        await AssertAccessibleAsync(page, "admin-personal");

        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Importera från CSV" }).ClickAsync();
        await AssertAccessibleAsync(page, "admin-import");

        await page.GotoAsync("/administration/organisationer/import-json");
        await AssertAccessibleAsync(page, "admin-import-json");
    }
}
