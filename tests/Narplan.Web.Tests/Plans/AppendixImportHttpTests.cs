using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Plans;

/// <summary>The import page over HTTP, as a browser posts it: upload, preview with the detected columns, confirm.</summary>
public partial class AppendixImportHttpTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private const string Bvc = "Närhälsan Vänersborg barnavårdscentral";
    private const string Centre = "Närhälsan Herrljunga vårdcentral";

    static AppendixImportHttpTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> Encodings => ["utf-8-bom", "utf-8", "windows-1252", "iso-8859-1"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task EachEncodingExcelSavesShouldKeepÅÄÖ(string encoding)
    {
        var name = $"Förskolan Åkerbäret {encoding}";
        var bytes = Encode($"Förskola;Ansvarig BVC\r\n{name};{Bvc}\r\n", encoding);
        var (client, url) = await OpenAsync("Vänersborg");

        var preview = await UploadAsync(client, url, "Bilaga2", bytes, "bilaga2.csv");
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains(name, WebUtility.HtmlDecode(html));
        Assert.Contains("1 skapas", WebUtility.HtmlDecode(html));

        var saved = await client.PostFormAsync(url, html, "appendix-mapping", SelectedColumns(html, "apply"));
        var savedHtml = await saved.Content.ReadAsStringAsync();
        Assert.True(saved.StatusCode == HttpStatusCode.OK, $"{saved.StatusCode} {saved.Headers.Location} {savedHtml}");
        Assert.Contains("Importen är sparad", savedHtml);
        Assert.True(await app.WithDbAsync(db => db.Preschools.AnyAsync(p => p.Name == name && p.ChildHealthCentreId != null)));
    }

    [Theory]
    [InlineData(";")]
    [InlineData(",")]
    [InlineData("\t")]
    public async Task ShouldReadSemicolonCommaOrTabSeparatedFiles(string separator)
    {
        var name = $"Separatorgården {(separator == "\t" ? "tab" : separator == ";" ? "semikolon" : "komma")}";
        var csv = string.Join(separator, "Enhet", "Typ", "Ansvarig vårdcentral", "Mötesform") + "\n" +
                  string.Join(separator, name, "Särskilt boende", Centre, "Teams") + "\n";
        var (client, url) = await OpenAsync("Herrljunga");

        var html = await (await UploadAsync(client, url, "Bilaga1", Encoding.UTF8.GetBytes(csv), "bilaga1.csv")).Content.ReadAsStringAsync();

        Assert.Contains(name, WebUtility.HtmlDecode(html));
        Assert.Contains($"Ny enhet (Särskilt boende), läkaransvar {Centre} från 2026-12-01", WebUtility.HtmlDecode(html));
        Assert.Equal("2", SelectedColumns(html, "preview")["map.centre"]);
        Assert.Equal("3", SelectedColumns(html, "preview")["map.form"]);
        Assert.Equal("", SelectedColumns(html, "preview")["map.phone"]);
    }

    [Fact]
    public async Task AnEmptyFileShouldSaySoAndKeepTheUsersChoices()
    {
        var (client, url) = await OpenAsync("Vänersborg");
        var response = await UploadAsync(client, url, "Bilaga2", [], "tom.csv", from: "2027-01-15");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Filen är tom.", WebUtility.HtmlDecode(html));
        Assert.Matches("<option value=\"Bilaga2\" selected", html);
        Assert.Contains("value=\"2027-01-15\"", WebUtility.HtmlDecode(html));

        var onlyBom = await (await UploadAsync(client, url, "Bilaga2", [0xEF, 0xBB, 0xBF, (byte)'\r', (byte)'\n', (byte)';', (byte)'\n'], "tom.csv"))
            .Content.ReadAsStringAsync();
        Assert.Contains("Filen innehåller inga rader.", WebUtility.HtmlDecode(onlyBom));

        var onlyHeader = await (await UploadAsync(client, url, "Bilaga2", Encoding.UTF8.GetBytes("Förskola;Ansvarig BVC\n"), "rubrik.csv"))
            .Content.ReadAsStringAsync();
        Assert.Contains("Filen har bara en rubrikrad och inga rader att importera.", WebUtility.HtmlDecode(onlyHeader));
    }

    [Theory]
    [InlineData("bild.csv", "png", "Filen ser inte ut som ett kalkylark")]
    [InlineData("plan.pdf", "pdf", "Filen är en PDF, inte ett kalkylark")]
    [InlineData("bilaga.xls", "xls", "gamla Excel-formatet (.xls)")]
    [InlineData("bilaga.xlsx", "zip", "kunde inte läsas som en Excel-fil (XLSX)")]
    public async Task AFileThatIsNoSpreadsheetShouldBeRefusedInSwedish(string fileName, string kind, string message)
    {
        byte[] bytes = kind switch
        {
            "png" => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 1, 0],
            "pdf" => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"),
            "xls" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
            _ => Zip("word/document.xml", "<w:document/>"),
        };
        var (client, url) = await OpenAsync("Herrljunga");
        var response = await UploadAsync(client, url, "Bilaga1", bytes, fileName);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True(WebUtility.HtmlDecode(html).Contains(message), WebUtility.HtmlDecode(html)[Math.Max(0, WebUtility.HtmlDecode(html).IndexOf("alert-error"))..]);
        Assert.DoesNotContain("Bekräfta och spara", html);
    }

    [Fact]
    public async Task WrongColumnsShouldBeMappableByHandThenConfirmed()
    {
        var (client, url) = await OpenAsync("Herrljunga");
        var csv = "Namn på boende;Kategori;Vårdcentral\nHandkopplade gården;Särskilt boende;" + Centre + "\n";
        var first = await UploadAsync(client, url, "Bilaga1", Encoding.UTF8.GetBytes(csv), "lista.csv");
        var html = await first.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, first.StatusCode);
        Assert.Contains("Kolumnerna ”Enhet”, ”Typ” saknas i första raden", WebUtility.HtmlDecode(html));
        Assert.Contains("Hittade: Namn på boende, Kategori, Vårdcentral", WebUtility.HtmlDecode(html));
        Assert.Contains("A: Namn på boende", WebUtility.HtmlDecode(html)); // the file's columns are offered for mapping
        Assert.DoesNotContain("Bekräfta och spara", html);

        var columns = SelectedColumns(html, "preview");
        columns["map.unit"] = "0";
        columns["map.type"] = "1";
        var second = await client.PostFormAsync(url, html, "appendix-mapping", columns);
        var mapped = await second.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("1 skapas", WebUtility.HtmlDecode(mapped));
        Assert.Contains("Bekräfta och spara", WebUtility.HtmlDecode(mapped));
        Assert.False(await app.WithDbAsync(db => db.CareUnits.AnyAsync(u => u.Name == "Handkopplade gården")));

        var saved = await client.PostFormAsync(url, mapped, "appendix-mapping", SelectedColumns(mapped, "apply"));
        Assert.Contains("Importen är sparad", await saved.Content.ReadAsStringAsync());
        Assert.True(await app.WithDbAsync(db => db.CareUnits.AnyAsync(u => u.Name == "Handkopplade gården")));
    }

    [Fact]
    public async Task ChangingTheColumnsAndConfirmingAtOnceShouldShowTheNewPreviewInsteadOfSaving()
    {
        var (client, url) = await OpenAsync("Herrljunga");
        var csv = "Enhet;Typ;Ansvarig vårdcentral;Annat namn\nOsedda gården;Särskilt boende;" + Centre + ";Sedda gården\n";
        var html = await (await UploadAsync(client, url, "Bilaga1", Encoding.UTF8.GetBytes(csv), "a.csv")).Content.ReadAsStringAsync();
        var columns = SelectedColumns(html, "apply");
        columns["map.unit"] = "3";

        var response = await client.PostFormAsync(url, html, "appendix-mapping", columns);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Contains("Du ändrade kolumnerna efter förhandsgranskningen", WebUtility.HtmlDecode(page));
        Assert.Contains("Sedda gården", WebUtility.HtmlDecode(page));
        Assert.DoesNotContain("Importen är sparad", page);
        Assert.False(await app.WithDbAsync(db => db.CareUnits.AnyAsync(u => u.Name == "Sedda gården" || u.Name == "Osedda gården")));
    }

    [Fact]
    public async Task BrokenRowsShouldBeListedByRowNumberAndNothingSaved()
    {
        var csv = "Enhet;Typ;Ansvarig vårdcentral\n" +
                  "Trasiga raden OK;Särskilt boende;" + Centre + "\n" +
                  "Fel typ;Servicehus;" + Centre + "\n" +
                  "Förskjuten;Särskilt boende;" + Centre + ";extra;mer\n" +
                  "\n" +
                  "Fel vc;Särskilt boende;Vårdcentralen Okänd\n" +
                  "Trasiga raden OK;Särskilt boende;" + Centre + "\n" +
                  ";Särskilt boende;" + Centre + "\n";
        var (client, url) = await OpenAsync("Herrljunga");
        var response = await UploadAsync(client, url, "Bilaga1", Encoding.UTF8.GetBytes(csv), "bilaga1.csv");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Rad 3: okänd enhetstyp ”Servicehus”", WebUtility.HtmlDecode(html));
        Assert.Contains("Rad 4: raden har 5 kolumner men rubrikraden har 3", WebUtility.HtmlDecode(html));
        Assert.Contains("Rad 6: okänd vårdcentral ”Vårdcentralen Okänd”", WebUtility.HtmlDecode(html));
        Assert.Contains("Rad 7: enheten ”Trasiga raden OK” finns redan på rad 2 i filen", WebUtility.HtmlDecode(html));
        Assert.Contains("Rad 8: enhetens namn saknas", WebUtility.HtmlDecode(html));
        Assert.Contains("Filen har fel på 5 rader", WebUtility.HtmlDecode(html));
        Assert.DoesNotContain("Bekräfta och spara", html);
        Assert.False(await app.WithDbAsync(db => db.CareUnits.AnyAsync(u => u.Name == "Trasiga raden OK")));
    }

    [Fact]
    public async Task AnXlsxFromExcelShouldBeImported()
    {
        var bytes = SpreadsheetReaderTests.Xlsx(
            ["Förskola", "Ansvarig BVC"],
            ["Förskolan Excelgården", Bvc]);
        var (client, url) = await OpenAsync("Vänersborg");
        var html = await (await UploadAsync(client, url, "Bilaga2", bytes, "Bilaga 2.xlsx")).Content.ReadAsStringAsync();
        Assert.Contains("Förskolan Excelgården", WebUtility.HtmlDecode(html));

        var saved = await client.PostFormAsync(url, html, "appendix-mapping", SelectedColumns(html, "apply"));
        Assert.Contains("Importen är sparad", await saved.Content.ReadAsStringAsync());
        Assert.True(await app.WithDbAsync(db => db.Preschools.AnyAsync(p => p.Name == "Förskolan Excelgården")));
    }

    /// <summary>The mapping form's selects as the browser would post them (the selected option of each), plus the button pressed.</summary>
    internal static Dictionary<string, string> SelectedColumns(string html, string step)
    {
        var fields = new Dictionary<string, string> { ["step"] = step };
        foreach (Match select in Selects().Matches(html))
        {
            var selected = SelectedOption().Match(select.Groups["options"].Value);
            fields[select.Groups["name"].Value] = selected.Success ? selected.Groups["value"].Value : "";
        }

        return fields;
    }

    private async Task<(HttpClient Client, string Url)> OpenAsync(string kommun)
    {
        var id = await app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == kommun).Select(k => k.Id).SingleAsync());
        return (await app.SignedInAsync("admin@narplan.demo"), $"/naromraden/{id}/import");
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string url, string kind, byte[] bytes, string fileName, string from = "2026-12-01")
    {
        var page = await client.GetStringAsync(url);
        var content = new MultipartFormDataContent
        {
            { new StringContent(Token().Match(page).Groups[1].Value), "__RequestVerificationToken" },
            { new StringContent("appendix-preview"), "_handler" },
            { new StringContent(kind), "kind" },
            { new StringContent(from), "from" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", fileName);
        return await client.PostAsync(url, content);
    }

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "utf-8" => new UTF8Encoding(false).GetBytes(text),
        "iso-8859-1" => Encoding.Latin1.GetBytes(text),
        _ => Encoding.GetEncoding(encoding).GetBytes(text),
    };

    private static byte[] Zip(string entry, string text)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write(text);
        }

        return stream.ToArray();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<select[^>]*name=\"(?<name>map\\.[a-z]+)\"[^>]*>(?<options>.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Selects();

    [GeneratedRegex("<option value=\"(?<value>[^\"]*)\" selected")]
    private static partial Regex SelectedOption();
}
