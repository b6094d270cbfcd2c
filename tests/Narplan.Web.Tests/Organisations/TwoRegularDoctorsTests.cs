using System.Net;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Web.Features.Plans;
using Narplan.Web.Features.Plans.Import;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Plans;
using Narplan.Web.Tests.Rounds;
using NodaTime;

namespace Narplan.Web.Tests.Organisations;

/// <summary>
/// Issue 14 item 8, seed 002: "Det kan vara en till två läkare kopplade till respektive hemvårdsområde". The demo's
/// Hemvårdsområde Norr (Lidköping) has Sofia Eriksson first and Oskar Wallin second.
/// </summary>
public class TwoRegularDoctorsTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    // Tuesday 8 December 2026 at 10:00 Swedish time: daytime, nobody absent.
    private readonly WebApplicationFactory<Program> _app = factory.At(Instant.FromUtc(2026, 12, 8, 9, 0));

    private Task<Guid> PersonAsync(string name) => _app.WithDbAsync(db => db.People.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    [Fact]
    public async Task ShouldShowBothDoctorsInOrderOnTheUnitPageAndInTheUnitsApi()
    {
        var id = await factory.UnitIdAsync("Hemvårdsområde Norr");

        var page = await _app.Browser().GetStringAsync($"/enheter/{id}");
        var list = page.IndexOf("<ol class=\"doctors\">", StringComparison.Ordinal);
        Assert.True(list > 0);
        Assert.True(page.IndexOf("Sofia Eriksson", list, StringComparison.Ordinal) < page.IndexOf("Oskar Wallin", list, StringComparison.Ordinal));

        using var one = JsonDocument.Parse(await _app.Browser().GetStringAsync($"/api/v1/units/{id}"));
        Assert.Equal(["Sofia Eriksson", "Oskar Wallin"], one.RootElement.GetProperty("regularDoctors").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Närhälsan Lidköping vårdcentral", one.RootElement.GetProperty("careCentre").GetString());
        using var all = JsonDocument.Parse(await _app.Browser().GetStringAsync("/api/v1/units?kommun=Lidköping"));
        var norr = all.RootElement.EnumerateArray().Single(u => u.GetProperty("name").GetString() == "Hemvårdsområde Norr");
        Assert.Equal(["Sofia Eriksson", "Oskar Wallin"], norr.GetProperty("regularDoctors").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task ShouldListBothDoctorsInOrderInTheDaytimeOnCallAnswer()
    {
        var id = await factory.UnitIdAsync("Hemvårdsområde Norr");

        using var json = JsonDocument.Parse(await _app.Browser().GetStringAsync($"/api/v1/units/{id}/on-call?at=2026-12-08T10:00:00%2B01:00"));
        var doctors = json.RootElement.GetProperty("doctors").EnumerateArray().Select(d => (d.GetProperty("order").GetInt32(), d.GetProperty("name").GetString())).ToList();
        Assert.Equal([(1, "Sofia Eriksson"), (2, "Oskar Wallin")], doctors);
        Assert.Equal("Sofia Eriksson", json.RootElement.GetProperty("doctor").GetString());
        Assert.Contains("i första hand efter Sofia Eriksson, i andra hand efter Oskar Wallin", json.RootElement.GetProperty("contacts")[0].GetProperty("name").GetString());

        var page = WebUtility.HtmlDecode(await _app.Browser().GetStringAsync($"/vem-ringer-jag?enhet={id}&tid=2026-12-08T10:00"));
        Assert.Contains("Första fasta läkarkontakt: <strong>Sofia Eriksson</strong>", page);
        Assert.Contains("Andra fasta läkarkontakt: <strong>Oskar Wallin</strong>", page);

        // 22 December: Sofia Eriksson is away and Oskar Wallin stands in – named once, in her place.
        using var absent = JsonDocument.Parse(await _app.Browser().GetStringAsync($"/api/v1/units/{id}/on-call?at=2026-12-22T10:00:00%2B01:00"));
        var standIn = Assert.Single(absent.RootElement.GetProperty("doctors").EnumerateArray());
        Assert.Equal(("Oskar Wallin", "Sofia Eriksson"), (standIn.GetProperty("name").GetString(), standIn.GetProperty("standsInFor").GetString()));
    }

    [Fact]
    public async Task ShouldNameTheSecondDoctorInTheUnitsRoundFeed()
    {
        var id = await factory.UnitIdAsync("Hemvårdsområde Norr");

        var ics = await _app.Browser().GetStringAsync($"/feeds/units/{id}/rounds.ics?from=2026-12-01&to=2026-12-15");

        Assert.Contains("Läkare: Sofia Eriksson\\, i andra hand Oskar Wallin.", ics.Replace("\r\n ", ""));
        using var rounds = JsonDocument.Parse(await _app.Browser().GetStringAsync($"/api/v1/units/{id}/rounds?from=2026-12-01&to=2026-12-15"));
        Assert.All(rounds.RootElement.EnumerateArray(), r => Assert.Equal("Oskar Wallin", r.GetProperty("secondDoctor").GetString()));
    }

    [Fact]
    public async Task ShouldSaveTwoDoctorsFromTheUnitFormInTheOrderChosenAndRefuseTheSameDoctorTwiceInSwedish()
    {
        var id = await factory.UnitIdAsync("Hemvårdsområde Norr");
        var centre = await _app.WithDbAsync(db => db.RegionalUnits.Where(r => r.Name == "Närhälsan Lidköping vårdcentral").Select(r => r.Id).SingleAsync());
        var wallin = await PersonAsync("Oskar Wallin");
        var eriksson = await PersonAsync("Sofia Eriksson");
        var client = await _app.SignedInAsync("enhetschef@lidkoping.demo");
        var url = $"/enheter/{id}";
        Dictionary<string, string> Fields(Guid first, Guid second) => new()
        {
            ["Assign.CareCentreId"] = centre.ToString(), ["Assign.DoctorId"] = first.ToString(), ["Assign.SecondDoctorId"] = second.ToString(),
            ["Assign.DirectPhone"] = "0510-77 10 00", ["Assign.MeetingForm"] = "PaPlats", ["Assign.ValidFrom"] = "2027-01-01",
        };

        var twice = await client.PostFormAsync(url, await client.GetStringAsync(url), "unit-responsibility", Fields(wallin, wallin));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        var page = WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync());
        Assert.Contains("Samma läkare kan inte vara både första och andra fasta läkarkontakt.", page);
        Assert.Contains("0510-77 10 00", page);

        var saved = await client.PostFormAsync(url, await client.GetStringAsync(url), "unit-responsibility", Fields(wallin, eriksson));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var order = await _app.WithDbAsync(db => db.UnitResponsibilities.Where(r => r.CareUnitId == id && r.ValidFrom == new LocalDate(2027, 1, 1))
            .Select(r => new { r.RegularDoctorId, r.SecondRegularDoctorId }).SingleAsync());
        Assert.Equal((wallin, eriksson), (order.RegularDoctorId!.Value, order.SecondRegularDoctorId!.Value));
    }

    [Fact]
    public async Task ShouldRefuseAThirdDoctorOnAUnitInSwedishAndSaveNothing()
    {
        var id = await factory.UnitIdAsync("Hemvårdsområde Norr");
        var centre = await _app.WithDbAsync(db => db.RegionalUnits.Where(r => r.Name == "Närhälsan Lidköping vårdcentral").Select(r => r.Id).SingleAsync());
        var lisa = await _app.WithDbAsync(async db =>
        {
            var person = new Narplan.Domain.People.Person("Lisa Berg", "Specialist i allmänmedicin", Narplan.Domain.People.PersonRole.Lakare, centre, null);
            db.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });
        var doctors = new[] { await PersonAsync("Sofia Eriksson"), await PersonAsync("Oskar Wallin"), lisa };
        var before = await _app.WithDbAsync(db => db.UnitResponsibilities.CountAsync(r => r.CareUnitId == id));
        var version = await _app.WithDbAsync(db => db.CareUnits.Where(u => u.Id == id).Select(u => u.Version).SingleAsync());

        var result = await factory.AsUserAsync("enhetschef@lidkoping.demo", (commands, user) =>
            commands.AssignResponsibilityAsync(user, id, version, centre, doctors, null, Narplan.Domain.Responsibility.MeetingForm.PaPlats, new LocalDate(2027, 2, 1)));

        Assert.False(result.Succeeded);
        Assert.StartsWith("En enhet kan ha högst två fasta läkarkontakter", result.Error);
        Assert.Equal(before, await _app.WithDbAsync(db => db.UnitResponsibilities.CountAsync(r => r.CareUnitId == id)));
    }

    [Fact]
    public async Task ShouldWriteBothDoctorsInOrderInBilaga1AndImportThemBackAndRefuseAThirdInSwedish()
    {
        var kommun = await _app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync());
        var started = await factory.AsPlanUserAsync("enhetschef@lidkoping.demo", async (commands, user) => (await commands.StartPlanAsync(user, kommun)).Result);
        Assert.True(started.Succeeded, started.Error);
        var id = await factory.PlanIdAsync("Lidköping");
        var client = await _app.SignedInAsync("enhetschef@lidkoping.demo");

        var docx = await client.GetByteArrayAsync($"/api/v1/plans/{id}/versions/1.docx");
        using (var doc = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var row = doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Single(r => r.InnerText.StartsWith("Hemvårdsområde Norr", StringComparison.Ordinal));
            Assert.Contains("Sofia Eriksson; Oskar Wallin", row.InnerText);
        }

        var pdf = string.Join(" ", PlanPdfExportTests.PageTexts(await client.GetByteArrayAsync($"/api/v1/plans/{id}/versions/1.pdf")).Select(p => p.Replace('\n', ' ')));
        Assert.Contains("Sofia Eriksson; Oskar Wallin", System.Text.RegularExpressions.Regex.Replace(pdf, " +", " "));

        var xlsx = await client.GetByteArrayAsync($"/api/v1/plans/{id}/versions/1.xlsx");
        Assert.Contains("Sofia Eriksson; Oskar Wallin", SpreadsheetReader.Read("a.xlsx", xlsx).Rows.Single(r => r.Cells[0] == "Hemvårdsområde Norr").Cells);
        await using var scope = _app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<AppendixImporter>();
        var back = await importer.PreviewAsync(kommun, AppendixKind.Bilaga1, "bilaga1.xlsx", xlsx, new LocalDate(2026, 12, 15));
        Assert.True(back.ErrorCount == 0, string.Join("\n", back.Rows.SelectMany(r => r.Errors)));
        Assert.Equal(ImportAction.Unchanged, back.Rows.Single(r => r.Name == "Hemvårdsområde Norr").Action);

        var csv = "Enhet;Typ;Ansvarig vårdcentral;Fast läkarkontakt;Mötesform;Direktnummer\n" +
                  "Hemvårdsområde Norr;Ordinärt boende;Närhälsan Lidköping vårdcentral;\"Sofia Eriksson; Oskar Wallin; Ahmed Nyberg\";På plats;\n";
        var refused = await importer.PreviewAsync(kommun, AppendixKind.Bilaga1, "bilaga1.csv", Encoding.UTF8.GetBytes(csv), new LocalDate(2026, 12, 15));
        var row3 = Assert.Single(refused.Rows);
        Assert.Equal(ImportAction.Error, row3.Action);
        Assert.Contains(row3.Errors, e => e.Contains("en enhet kan ha högst två"));
    }
}
