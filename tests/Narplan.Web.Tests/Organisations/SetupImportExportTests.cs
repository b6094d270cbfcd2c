using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Domain.Access;
using Narplan.Domain.Audit;
using Narplan.Domain.Organisations;
using Narplan.Domain.People;
using Narplan.Web.Features.Account;
using Narplan.Web.Features.Organisations.Administration;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Organisations;

/// <summary>Issue 17 items 6 and 7: a kommun's units and staff from CSV (preview, then commit, all or nothing) and its whole setup as JSON.</summary>
public class SetupImportExportTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private const string Admin = "admin@narplan.demo";

    private Task<Guid> KommunAsync(string name) => app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == name).Select(k => k.Id).SingleAsync());

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string url, string page, string formName, Dictionary<string, string> fields, string fileName, byte[] file)
    {
        var content = new MultipartFormDataContent();
        foreach (var (key, value) in FormPosts.HiddenFields(page, formName))
        {
            content.Add(new StringContent(value), key);
        }

        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        content.Add(new ByteArrayContent(file), "file", fileName);
        return await client.PostAsync(url, content);
    }

    private static ClaimsPrincipal SystemAdministrator() =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Role, nameof(UserRole.Admin)), new Claim(NarplanClaims.DisplayName, "Test")], "test"));

    // An HSA catalogue unit export as Excel saves it (semicolons, Windows-1252), with the catalogue's attribute names.
    private const string UnitsCsv = """
        ou;hsaIdentity;Typ;Driftsform;telephoneNumber;street;Platser
        Vårdcentralen Hemvägen;SE5567654321-HV01;Vårdcentral;Privat;0513-200 00;;
        BVC Hemvägen;;BVC;Privat;0513-200 10;;
        Ekbacken;;Särskilt boende;;;Ekvägen 2, 524 31 Herrljunga;40
        Förskolan Lärkan;;Förskola;;;;
        """;

    [Fact]
    public async Task ShouldImportUnitsFromAnHsaExportAfterAPreviewAndStaffAfterThat()
    {
        var herrljunga = await KommunAsync("Herrljunga");
        var url = SetupImportPage.Url(herrljunga);
        var admin = await app.SignedInAsync(Admin);
        var page = await admin.GetStringAsync(url);
        var file = Encoding.Latin1.GetBytes(UnitsCsv.Replace("\n", "\r\n"));

        var preview = await UploadAsync(admin, url, page, "setup-preview", new() { ["kind"] = "Units" }, "hsa-enheter.csv", file);
        var html = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("ny vårdcentral", html);
        Assert.Contains("ny kommunal enhet: Särskilt boende", html);
        Assert.Contains("ny förskola", html);
        Assert.False(await app.WithDbAsync(db => db.RegionalUnits.AnyAsync(u => u.Name == "Vårdcentralen Hemvägen"))); // a preview saves nothing

        var commit = await admin.PostFormAsync(url, html, "setup-commit", []);
        Assert.Contains("Sparat: 4 nya.", WebUtility.HtmlDecode(await commit.Content.ReadAsStringAsync()));
        var centre = await app.WithDbAsync(db => db.RegionalUnits.SingleAsync(u => u.Name == "Vårdcentralen Hemvägen"));
        Assert.Equal(("SE5567654321-HV01", Ownership.Private, herrljunga), (centre.HsaId, centre.Ownership, centre.KommunId));
        Assert.Equal("Ekvägen 2, 524 31 Herrljunga", await app.WithDbAsync(db => db.CareUnits.Where(u => u.Name == "Ekbacken").Select(u => u.Address).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.Preschools.AnyAsync(p => p.Name == "Förskolan Lärkan" && p.KommunId == herrljunga)));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Create && e.EntityType == "CareUnit" && e.Details.Contains("Ekbacken"))));

        // The same file again changes nothing: every row exists.
        var again = await UploadAsync(admin, url, await admin.GetStringAsync(url), "setup-preview", new() { ["kind"] = "Units" }, "hsa-enheter.csv", file);
        Assert.Contains("Oförändrad: finns redan i kommunen", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));

        // A kommun staff list (UTF-8, commas) naming the new vårdcentral.
        var staff = """
            Namn,Befattning,Arbetsplats,HSA-id,Anställd från
            Olle Ström,Distriktsläkare,Vårdcentralen Hemvägen,SE5567654321-P001,2026-03-01
            Eva Ek,Sjuksköterska,Herrljunga,,
            """u8.ToArray();
        var people = await UploadAsync(admin, url, await admin.GetStringAsync(url), "setup-preview", new() { ["kind"] = "People" }, "personal.csv", staff);
        var peopleHtml = WebUtility.HtmlDecode(await people.Content.ReadAsStringAsync());
        Assert.Contains("ny person: Läkare på Vårdcentralen Hemvägen", peopleHtml);
        await admin.PostFormAsync(url, peopleHtml, "setup-commit", []);
        var olle = await app.WithDbAsync(db => db.People.SingleAsync(p => p.Name == "Olle Ström"));
        Assert.Equal((PersonRole.Lakare, centre.Id, "SE5567654321-P001", new NodaTime.LocalDate(2026, 3, 1)), (olle.Role, olle.OrganisationId, olle.HsaId, olle.EmployedFrom));
    }

    [Fact]
    public async Task ShouldListEveryBrokenRowInSwedishAndSaveNothing()
    {
        var lidkoping = await KommunAsync("Lidköping");
        var url = SetupImportPage.Url(lidkoping);
        var admin = await app.SignedInAsync(Admin);
        var csv = """
            Namn;Typ;HSA-id;Platser
            Nya Rehab;Rehabenhet;;
            Trasiga VC;Vårdcentral;SE123;
            Okänt ställe;Bageri;;
            Stora huset;Särskilt boende;;många
            """u8.ToArray();

        var preview = await UploadAsync(admin, url, await admin.GetStringAsync(url), "setup-preview", new() { ["kind"] = "Units" }, "enheter.csv", csv);
        var html = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, preview.StatusCode);
        Assert.Contains("3 rader har fel. Rätta filen och försök igen; ingenting har sparats.", html);
        Assert.Contains("Fel på rad 3: ”SE123” är inte ett HSA-id.", html);
        Assert.Contains("Fel på rad 4: typen ”Bageri” är okänd", html);
        Assert.Contains("Fel på rad 5: antal platser ”många” är inte ett heltal", html);
        Assert.DoesNotContain("Spara importen", html);

        // Committing the same file anyway (a forged post) saves nothing, not even the good row, and is audited.
        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<SetupImporter>();
        var applied = await importer.ApplyAsync(SystemAdministrator(), lidkoping, SetupImportKind.Units, "enheter.csv", csv);
        Assert.False(applied.Applied);
        Assert.False(await app.WithDbAsync(db => db.RegionalUnits.AnyAsync(u => u.Name == "Nya Rehab")));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Refused && e.EntityType == "ImportUnits" && e.Details.Contains("3 rader har fel"))));

        // A file without the required columns names them.
        var wrong = await UploadAsync(admin, url, await admin.GetStringAsync(url), "setup-preview", new() { ["kind"] = "People" }, "fel.csv", "Förnamn;Efternamn\nA;B\n"u8.ToArray());
        Assert.Contains("Kolumnerna ”Namn”, ”Roll”, ”Arbetsplats” saknas i första raden.", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ShouldExportAKommunsSetupAsJsonForItsAdministratorsOnly()
    {
        var herrljunga = await KommunAsync("Herrljunga");
        var admin = await app.SignedInAsync(Admin);
        var response = await admin.GetAsync(SetupExport.Url(herrljunga));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("narplan-kommun-setup", json.RootElement.GetProperty("format").GetString());
        Assert.Equal("1466", json.RootElement.GetProperty("kommun").GetProperty("code").GetString());
        Assert.Contains(json.RootElement.GetProperty("regionalUnits").EnumerateArray(), u => u.GetProperty("name").GetString() == "Närhälsan Herrljunga vårdcentral");
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Export && e.EntityType == "Kommun" && e.EntityId == herrljunga.ToString())));

        var nurse = await app.SignedInAsync("mas@herrljunga.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await nurse.GetAsync(SetupExport.Url(herrljunga))).StatusCode);
    }

    /// <summary>A pilot's Herrljunga moves to a production installation that starts empty (Demo:Seed=false).</summary>
    [Fact]
    public async Task ShouldImportTheExportIntoAnEmptyInstallationAndExportTheSameSetupAgain()
    {
        var herrljunga = await KommunAsync("Herrljunga");
        SetupDocument original;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            original = (await scope.ServiceProvider.GetRequiredService<SetupExport>().ExportAsync(SystemAdministrator(), herrljunga))!;
        }

        // Issue 17.7's five parts are all in the file: organisations, units, people, responsibilities, rounds.
        Assert.Equal("Södra Älvsborg", original.SubRegion);
        Assert.NotEmpty(original.RegionalUnits);
        Assert.NotEmpty(original.CareUnits);
        Assert.NotEmpty(original.People);
        Assert.NotEmpty(original.CareUnits.SelectMany(u => u.Responsibilities));
        Assert.NotEmpty(original.RoundSeries);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(original, SetupExport.Json);

        await using var empty = new EmptyAppFactory();
        await using var target = empty.Services.CreateAsyncScope();
        var setup = target.ServiceProvider.GetRequiredService<SetupExport>();
        var db = target.ServiceProvider.GetRequiredService<Narplan.Data.NarplanDbContext>();
        Assert.False(await db.Kommuner.AnyAsync());

        var result = await setup.ImportAsync(SystemAdministrator(), bytes);
        Assert.True(result.Succeeded, result.Error);
        var copy = (await setup.ExportAsync(SystemAdministrator(), result.KommunId!.Value))!;
        Assert.Equal(Normalised(original), Normalised(copy));

        // A second import of the same file is refused whole, with an audit row.
        var count = await db.RegionalUnits.CountAsync();
        var again = await setup.ImportAsync(SystemAdministrator(), bytes);
        Assert.False(again.Succeeded);
        Assert.Equal("Kommunen Herrljunga finns redan i den här installationen. Importen skapar en ny kommun; ingenting har sparats.", again.Error);
        Assert.Equal(count, await db.RegionalUnits.CountAsync());
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Refused && e.EntityType == "KommunSetupImport"));

        var broken = await setup.ImportAsync(SystemAdministrator(), "{\"format\": \"narplan-kommun-setup\", "u8.ToArray());
        Assert.StartsWith("Filen är inte en export från Närplan", broken.Error);
    }

    /// <summary>The document with every id replaced by the name it stands for, so two installations' exports compare.</summary>
    private static string Normalised(SetupDocument d)
    {
        var names = d.RegionalUnits.ToDictionary(u => u.Id, u => u.Name);
        foreach (var p in d.People)
        {
            names[p.Id] = p.Name;
        }

        foreach (var u in d.CareUnits)
        {
            names[u.Id] = u.Name;
        }

        string N(Guid? id) => id is { } x ? names.GetValueOrDefault(x, "kommunen") : "";
        var text = new StringBuilder();
        text.AppendLine($"{d.Region} {d.SubRegion} {d.Kommun}");
        foreach (var u in d.RegionalUnits)
        {
            text.AppendLine((u with { Id = Guid.Empty }).ToString());
        }

        foreach (var u in d.CareUnits)
        {
            text.AppendLine((u with { Id = Guid.Empty, Responsibilities = [] }).ToString());
            foreach (var r in u.Responsibilities)
            {
                text.AppendLine($"  {N(r.CareCentreId)} [{string.Join(", ", r.RegularDoctorIds.Select(x => N(x)))}] {r.DirectPhone} {r.MeetingForm} {r.ValidFrom}–{r.ValidUntil}");
            }
        }

        foreach (var p in d.Preschools)
        {
            text.AppendLine($"{p.Name} {N(p.ChildHealthCentreId)} {p.EndedOn}");
        }

        foreach (var p in d.People.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => N(p.OrganisationId), StringComparer.Ordinal))
        {
            text.AppendLine((p with { Id = Guid.Empty, OrganisationId = Guid.Empty }).ToString() + " @ " + N(p.OrganisationId));
        }

        foreach (var s in d.RoundSeries.OrderBy(s => N(s.CareUnitId), StringComparer.Ordinal).ThenBy(s => s.ValidFrom, StringComparer.Ordinal).ThenBy(s => s.Weekday, StringComparer.Ordinal))
        {
            text.AppendLine((s with { CareUnitId = Guid.Empty, DoctorId = null }).ToString() + " @ " + N(s.CareUnitId) + " / " + N(s.DoctorId));
        }

        return text.ToString();
    }

    private sealed class EmptyAppFactory : WebApplicationFactory<Program>
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), $"narplan-empty-{Guid.NewGuid():N}.db");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Narplan", $"Data Source={_path};Pooling=false");
            builder.UseSetting("Demo:Seed", "false");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            foreach (var file in new[] { _path, _path + "-wal", _path + "-shm", Path.ChangeExtension(_path, null) + "-audit-checkpoints.jsonl" })
            {
                File.Delete(file);
            }
        }
    }
}
