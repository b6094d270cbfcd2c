using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Domain.Places;
using Narplan.Web.Features.Plans.Import;
using Narplan.Web.Tests.Infrastructure;
using NodaTime;

namespace Narplan.Web.Tests.Plans;

public partial class AppendixImportTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private static readonly LocalDate From = new(2026, 12, 1);

    private Task<Guid> KommunAsync(string name) => app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == name).Select(k => k.Id).SingleAsync());

    private async Task<ImportPreview> RunAsync(string kommun, AppendixKind kind, string csv, bool apply, Encoding? encoding = null)
    {
        var id = await KommunAsync(kommun);
        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<AppendixImporter>();
        var bytes = (encoding ?? Encoding.UTF8).GetBytes(csv);
        return apply ? await importer.ApplyAsync(id, kind, "bilaga.csv", bytes, From) : await importer.PreviewAsync(id, kind, "bilaga.csv", bytes, From);
    }

    [Fact]
    public async Task ThePreviewShouldListRowErrorsInSwedishAndWriteNothing()
    {
        const string csv = "Enhet;Typ;Ansvarig vårdcentral;Fast läkarkontakt;Mötesform;Direktnummer\n" +
                           "Nya Solgården;Särskilt boende;Närhälsan Herrljunga vårdcentral;Karin Åberg;På plats;031-390 06 70\n" +
                           "Lindgården;Servicehus;Närhälsan Herrljunga vårdcentral;;;\n" +
                           "Björkbacken;Särskilt boende;Vårdcentralen Okänd;;;\n" +
                           "Nya Solgården;Särskilt boende;Närhälsan Herrljunga vårdcentral;;;\n";
        var preview = await RunAsync("Herrljunga", AppendixKind.Bilaga1, csv, apply: true);

        Assert.False(preview.Applied);
        Assert.Equal(ImportAction.Create, preview.Rows[0].Action);
        Assert.Contains(preview.Rows[1].Errors, e => e.Contains("okänd enhetstyp ”Servicehus”"));
        Assert.Contains(preview.Rows[2].Errors, e => e.Contains("okänd vårdcentral ”Vårdcentralen Okänd”"));
        Assert.Contains(preview.Rows[3].Errors, e => e.Contains("finns redan på rad 2"));
        Assert.False(await app.WithDbAsync(db => db.CareUnits.AnyAsync(u => u.Name == "Nya Solgården")));
    }

    [Fact]
    public async Task WrongColumnsShouldBeAFileError()
    {
        var preview = await RunAsync("Herrljunga", AppendixKind.Bilaga1, "Namn på boende;Kategori\nX;Y\n", apply: false);
        Assert.Contains("”Typ”", preview.FileError);
        Assert.Contains("Förväntade kolumner", preview.FileError);
        Assert.Empty(preview.Rows);
    }

    [Fact]
    public async Task ColumnsTheUserMapsByHandShouldBeRead()
    {
        var id = await KommunAsync("Herrljunga");
        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<AppendixImporter>();
        var bytes = Encoding.UTF8.GetBytes("Namn på boende;Kategori;VC\nMappade gården;Särskilt boende;Närhälsan Herrljunga vårdcentral\n");
        var mapped = await importer.PreviewAsync(id, AppendixKind.Bilaga1, "a.csv", bytes, From, new Dictionary<string, int> { ["unit"] = 0, ["type"] = 1, ["centre"] = 2 });
        Assert.Null(mapped.FileError);
        Assert.Equal(ImportAction.Create, mapped.Rows.Single().Action);
        Assert.Equal("Mappade gården", mapped.Rows.Single().Name);

        var twice = await importer.PreviewAsync(id, AppendixKind.Bilaga1, "a.csv", bytes, From, new Dictionary<string, int> { ["unit"] = 0, ["type"] = 0, ["centre"] = 2 });
        Assert.Contains("”Namn på boende” är vald för både ”Enhet” och ”Typ”", twice.FileError);
    }

    [Fact]
    public async Task AConfirmedImportShouldCreateAndChangeEverythingInOneGo()
    {
        const string csv = "Enhet;Typ;Ansvarig vårdcentral;Fast läkarkontakt;Mötesform;Direktnummer\n" +
                           "Importgården;SÄBO;Närhälsan Herrljunga vårdcentral;Jonas Lind;Teams;031-390 06 71\n" +
                           "Eken;Särskilt boende;Närhälsan Herrljunga vårdcentral;Jonas Lind;På plats;031-390 06 72\n";
        var preview = await RunAsync("Herrljunga", AppendixKind.Bilaga1, csv, apply: false, Encoding.GetEncoding(1252));
        Assert.True(preview.CanApply);
        Assert.False(await app.WithDbAsync(db => db.CareUnits.AnyAsync(u => u.Name == "Importgården")));

        var applied = await RunAsync("Herrljunga", AppendixKind.Bilaga1, csv, apply: true, Encoding.GetEncoding(1252));
        Assert.True(applied.Applied);
        var eken = await app.WithDbAsync(db => db.CareUnits.Include(u => u.Responsibilities).SingleAsync(u => u.Name == "Eken"));
        Assert.Equal(From, eken.Responsibilities.Last().ValidFrom);
        Assert.Equal(MeetingFormOf("Teams"), (await app.WithDbAsync(db => db.CareUnits.Include(u => u.Responsibilities).SingleAsync(u => u.Name == "Importgården"))).Responsibilities.Single().MeetingForm);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(CareUnit) && e.Details.Contains("Importgården"))));
    }

    [Fact]
    public async Task ARowTheDomainRefusesShouldStopTheWholeImport()
    {
        // Hagagården's responsibility starts 2026-01-01; one starting before that would rewrite history.
        var id = await KommunAsync("Herrljunga");
        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<AppendixImporter>();
        var csv = "Enhet;Typ;Ansvarig vårdcentral\nDelvis AB;Korttidsboende;Närhälsan Herrljunga vårdcentral\nHagagården;Särskilt boende;Närhälsan Herrljunga vårdcentral;\n";
        var preview = await importer.ApplyAsync(id, AppendixKind.Bilaga1, "a.csv", Encoding.UTF8.GetBytes(csv.Replace("Hagagården;Särskilt boende;Närhälsan Herrljunga vårdcentral;", "Hagagården;Korttidsboende;Närhälsan Herrljunga vårdcentral")), new LocalDate(2025, 6, 1));
        Assert.False(preview.Applied);
        Assert.Contains(preview.Rows[1].Errors, e => e.Contains("finns redan som särskilt boende"));
        Assert.False(await app.WithDbAsync(db => db.CareUnits.AnyAsync(u => u.Name == "Delvis AB")));
    }

    [Fact]
    public async Task TheBilaga2ImportShouldAssignBvcAndRefuseUnknownBvc()
    {
        var bad = await RunAsync("Lidköping", AppendixKind.Bilaga2, "Förskola;Ansvarig BVC\nFörskolan Ny;BVC Okänd\n", apply: true);
        Assert.Contains(bad.Rows[0].Errors, e => e.Contains("okänd BVC"));
        var good = await RunAsync("Lidköping", AppendixKind.Bilaga2, "Förskola,Ansvarig BVC\nFörskolan Ny,Närhälsan Lidköping barnavårdscentral\n", apply: true);
        Assert.True(good.Applied);
        Assert.True(await app.WithDbAsync(db => db.Preschools.AnyAsync(p => p.Name == "Förskolan Ny" && p.ChildHealthCentreId != null)));
    }

    [Fact]
    public async Task TheUploadPageShouldShowPreviewAndConfirmShouldSave()
    {
        var id = await KommunAsync("Vänersborg");
        var url = $"/naromraden/{id}/import";
        var client = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(url)).StatusCode);
        var admin = await app.SignedInAsync("admin@narplan.demo");
        var page = await admin.GetStringAsync(url);
        var token = Token().Match(page).Groups[1].Value;

        var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("appendix-preview"), "_handler" },
            { new StringContent("Bilaga2"), "kind" },
            { new StringContent("2026-12-01"), "from" },
        };
        var file = new ByteArrayContent(Encoding.GetEncoding(1252).GetBytes("Förskola;Ansvarig BVC\nFörskolan Uppladdad;Närhälsan Vänersborg barnavårdscentral\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "bilaga2.csv");
        var previewResponse = await admin.PostAsync(url, content);
        var preview = await previewResponse.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, previewResponse.StatusCode);
        Assert.Contains("Förskolan Uppladdad", preview);
        Assert.Contains("1 skapas", preview);
        Assert.False(await app.WithDbAsync(db => db.Preschools.AnyAsync(p => p.Name == "Förskolan Uppladdad")));

        var confirm = await admin.PostFormAsync(url, preview, "appendix-mapping", AppendixImportHttpTests.SelectedColumns(preview, "apply"));
        Assert.Contains("Importen är sparad", await confirm.Content.ReadAsStringAsync());
        Assert.True(await app.WithDbAsync(db => db.Preschools.AnyAsync(p => p.Name == "Förskolan Uppladdad")));
    }

    [Fact]
    public async Task ANurseShouldNotImport()
    {
        var id = await KommunAsync("Lidköping");
        var nurse = await app.SignedInAsync("sjukskoterska@lidkoping.demo");
        var response = await nurse.GetAsync($"/naromraden/{id}/import");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static Narplan.Domain.Responsibility.MeetingForm MeetingFormOf(string _) => Narplan.Domain.Responsibility.MeetingForm.Teams;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    static AppendixImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
