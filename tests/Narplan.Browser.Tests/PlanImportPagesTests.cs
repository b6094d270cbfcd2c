using System.Text;
using Microsoft.Playwright;

namespace Narplan.Browser.Tests;

/// <summary>Issue 6's new pages in Chromium: import with its column mapping, the förskola register and the plan details form, with no WCAG 2.1 A/AA violations.</summary>
public class PlanImportPagesTests(AppServer app) : IClassFixture<AppServer>
{
    [Fact]
    public async Task MasShouldPreviewAnImportWithItsColumnsAndOpenTheRegisterAndDetailsPages()
    {
        var page = await app.NewPageAsync();
        await BrowserSteps.SignInAsync(page, "mas@herrljunga.demo");
        await page.GotoAsync("/naromraden");
        await page.GetByRole(AriaRole.Link, new() { Name = "Herrljunga" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Importera bilaga 1 eller 2 från Excel/CSV" }).ClickAsync();
        await BrowserSteps.AssertAccessibleAsync(page, "appendix-import");

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        await page.GetByLabel("Fil (XLSX eller CSV)").SetInputFilesAsync(new FilePayload
        {
            Name = "bilaga1.csv",
            MimeType = "text/csv",
            Buffer = Encoding.GetEncoding(1252).GetBytes("Boende;Typ;Vårdcentral\r\nÄngsgården;Särskilt boende;Närhälsan Herrljunga vårdcentral\r\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Förhandsgranska", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Förhandsgranskning: bilaga1.csv" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Enhet (krävs)")).ToHaveValueAsync("0");
        await Assertions.Expect(page.GetByText("Ny enhet (Särskilt boende)")).ToBeVisibleAsync();
        await BrowserSteps.AssertAccessibleAsync(page, "appendix-import-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Bekräfta och spara" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Importen är sparad: bilaga1.csv" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Herrljunga" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Förskolor och BVC (Bilaga 2)" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Förskolor och BVC (Bilaga 2)" })).ToBeVisibleAsync();
        await BrowserSteps.AssertAccessibleAsync(page, "preschool-register");

        await page.GotoAsync("/naromraden");
        await page.GetByRole(AriaRole.Link, new() { Name = "Herrljunga" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Gemensam Närområdesplan" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ändra planens uppgifter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Planens uppgifter", Level = 1 })).ToBeVisibleAsync();
        await BrowserSteps.AssertAccessibleAsync(page, "plan-details");
    }
}
