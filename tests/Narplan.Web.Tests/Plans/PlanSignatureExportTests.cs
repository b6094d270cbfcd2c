using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Plans;

/// <summary>
/// Issue 14 item 12: Herrljunga's demo plan version 1 was approved by three parties' signatories on 2026-04-01; the DOCX
/// and PDF say who approved, with title, organisation and date, and version 2 keeps the "Uppdaterad" date.
/// </summary>
public class PlanSignatureExportTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private async Task<byte[]> DownloadAsync(int version, string extension)
    {
        var id = await app.PlanIdAsync("Herrljunga");
        var mas = await app.SignedInAsync("mas@herrljunga.demo");
        var response = await mas.GetAsync($"/api/v1/plans/{id}/versions/{version}.{extension}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static Table SignatureTable(WordprocessingDocument doc) =>
        doc.MainDocumentPart!.Document!.Body!.Elements<Table>().Single(t => t.InnerText.Contains("Datum och underskrift"));

    [Fact]
    public async Task ShouldShowTheThreeRecordedApprovalsWithTitleOrganisationAndDateInTheDocx()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(await DownloadAsync(1, "docx")), false);
        var rows = SignatureTable(doc).Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();

        var approved = rows.Where(r => r[2].Contains("2026-04-01")).ToList();
        Assert.Equal(3, approved.Count);
        Assert.All(approved, r => Assert.Contains("Godkänd i Närplan av", r[2]));
        Assert.Contains(approved, r => r[0] == "Kommun" && r[1].Contains("Verksamhetschef vård och omsorg") && r[1].Contains("Socialförvaltningen, Herrljunga kommun"));
        Assert.Contains(approved, r => r[0] == "Vårdcentral" && r[1].Contains("Vårdcentralschef") && r[1].Contains("Västra Götalandsregionen"));
        Assert.Contains(approved, r => r[0] == "Rehabenhet" && r[1].Contains("Sofia Dahl") && r[1].Contains("Enhetschef"));
        // The MAS is a listed signatory of the kommun but did not approve: her row keeps the lines for a signature on paper.
        var unsigned = Assert.Single(rows, r => !r[2].Contains("2026-04-01"));
        Assert.Contains("Medicinskt ansvarig sjuksköterska", unsigned[1]);
        Assert.Contains("Underskrift", unsigned[2]);
    }

    [Fact]
    public async Task ShouldShowTheApprovalsInThePdf()
    {
        var text = string.Join("\n", PlanPdfExportTests.PageTexts(await DownloadAsync(1, "pdf")));

        Assert.Equal(3, text.Split("Godkänd i Närplan av").Length - 1);
        Assert.Contains("Datum: 2026-04-01", text);
        Assert.Contains("Verksamhetschef vård och omsorg", text);
    }

    [Fact]
    public async Task ShouldKeepUppdateradInVersion2()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(await DownloadAsync(2, "docx")), false);
        Assert.Contains("Uppdaterad: 2026-04-01", doc.MainDocumentPart!.Document!.Body!.InnerText);

        var pdf = string.Join("\n", PlanPdfExportTests.PageTexts(await DownloadAsync(2, "pdf")));
        Assert.Contains("Uppdaterad: 2026-04-01", pdf);
    }
}
