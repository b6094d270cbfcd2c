using System.Net;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Audit;
using Narplan.Domain.PlaceReports;
using Narplan.Web.Features.Organisations;
using Narplan.Web.Features.Organisations.Administration;
using Narplan.Web.Features.PlaceReports;
using Narplan.Web.Tests.Infrastructure;
using NodaTime;

namespace Narplan.Web.Tests.PlaceReports;

/// <summary>
/// Issue 20 item 4 over HTTP. DOMAIN.md §10: "VGR pays for läkarmedverkan by the number of places in SÄBO/LSS and
/// korttidsboende on the last day of each month, reported monthly one month in arrears". The demo data has Herrljunga's
/// MAS Lena Holm mark September and October 2026 sent; the clock is stopped on 2 December 2026.
/// </summary>
public sealed class PlaceReportTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private const string HerrljungaMas = "mas@herrljunga.demo";
    private const string LidkopingUnitManager = "enhetschef@lidkoping.demo";
    private const string HerrljungaDoctor = "lakare@herrljunga-vc.demo";
    private static readonly Instant December2 = Instant.FromUtc(2026, 12, 2, 9, 0);

    [Theory]
    [InlineData("2026-12", "inte slut")] // the month of the stopped clock
    [InlineData("2027-01", "inte börjat")] // a month in the future
    [InlineData("2026-13", "ingen månad")]
    [InlineData("2026-1", "ingen månad")]
    [InlineData("9999-01", "1901 och 2199")]
    [InlineData("", "ingen månad")]
    public async Task ShouldRefuseAMonthThatCannotBeReportedWithProblemDetails(string month, string detail)
    {
        var app = factory.At(December2);
        var herrljunga = await app.KommunIdAsync("Herrljunga");

        var response = await app.CreateClient().GetAsync($"/api/v1/kommuner/{herrljunga}/place-report?month={month}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(detail, json.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ShouldAnswer404ProblemDetailsForAnUnknownKommun()
    {
        var response = await factory.At(December2).CreateClient().GetAsync($"/api/v1/kommuner/{Guid.NewGuid()}/place-report?month=2026-11");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ShouldCountTheDemoKommunsPlacesPerVardcentralOnTheMonthsLastDay()
    {
        var app = factory.At(December2);
        var herrljunga = await app.KommunIdAsync("Herrljunga");

        var lidkoping = await app.KommunIdAsync("Lidköping");
        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync($"/api/v1/kommuner/{herrljunga}/place-report?month=2026-07"));
        using var lastMonth = JsonDocument.Parse(await app.CreateClient().GetStringAsync($"/api/v1/kommuner/{lidkoping}/place-report"));

        Assert.Equal("2026-11", lastMonth.RootElement.GetProperty("month").GetString()); // no month: the month just ended
        Assert.Equal("2026-11-30", lastMonth.RootElement.GetProperty("countedOn").GetString());
        var root = json.RootElement;
        Assert.Equal("2026-07-31", root.GetProperty("countedOn").GetString());
        var centres = root.GetProperty("careCentres").EnumerateArray().ToList();
        Assert.NotEmpty(centres);
        Assert.Equal(root.GetProperty("places").GetInt32(), centres.Sum(c => c.GetProperty("places").GetInt32()));
        Assert.All(centres, c => Assert.Equal(c.GetProperty("places").GetInt32(), c.GetProperty("units").EnumerateArray().Sum(u => u.GetProperty("places").GetInt32())));
        var types = centres.SelectMany(c => c.GetProperty("units").EnumerateArray()).Select(u => u.GetProperty("type").GetString()).Distinct();
        Assert.All(types, t => Assert.Contains(t, new[] { "SarskiltBoende", "Korttidsboende", "LssBostad" }));
        var units = centres.SelectMany(c => c.GetProperty("units").EnumerateArray()).ToDictionary(u => u.GetProperty("unit").GetString()!, u => u.GetProperty("places").GetInt32());
        Assert.Equal(28, units["Eken"]); // 28 until the planned 32 from 1 June 2027
        Assert.Equal(JsonValueKind.Null, root.GetProperty("sent").ValueKind);
    }

    [Fact]
    public async Task ShouldDownloadTheReportAsXlsxWithNumberCellsAndAsCsvForSwedishExcel()
    {
        var app = factory.At(December2);
        var herrljunga = await app.KommunIdAsync("Herrljunga");
        var client = await app.SignedInAsync(HerrljungaDoctor);
        using var api = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/kommuner/{herrljunga}/place-report?month=2026-11"));
        var total = api.RootElement.GetProperty("places").GetInt32();
        var unitCount = api.RootElement.GetProperty("careCentres").EnumerateArray().Sum(c => c.GetProperty("units").GetArrayLength());

        var xlsx = await client.GetByteArrayAsync(PlaceReportSetup.XlsxUrl(herrljunga, new YearMonth(2026, 11)));
        var csvResponse = await client.GetAsync(PlaceReportSetup.CsvUrl(herrljunga, new YearMonth(2026, 11)));
        var csv = await csvResponse.Content.ReadAsByteArrayAsync();

        using (var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            var rows = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
            var last = rows[^1].Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith('D'));
            Assert.Equal(CellValues.Number, last.DataType!.Value);
            Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), last.CellValue!.Text);
            Assert.Contains(rows, r => r.InnerText.StartsWith("Totalt Herrljunga", StringComparison.Ordinal));
        }

        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Månad;Räknat den;Kommun;Vårdcentral;Enhet;Enhetstyp;Platser", lines[0]);
        Assert.Equal(unitCount, lines.Length - 1);
        Assert.All(lines[1..], l => Assert.StartsWith("2026-11;2026-11-30;Herrljunga;", l));
        Assert.Equal(total, lines[1..].Sum(l => int.Parse(l.Split(';')[^1], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("platsrapport-herrljunga-2026-11.csv", csvResponse.Content.Headers.ContentDisposition?.ToString());
    }

    [Fact]
    public async Task ShouldRemindTheMasOfNovemberAndTakeItOffHerTasksOnceMarkedSentWithAnAuditRow()
    {
        var app = factory.At(December2);
        var herrljunga = await app.KommunIdAsync("Herrljunga");
        var client = await app.SignedInAsync(HerrljungaMas);

        var before = WebUtility.HtmlDecode(await client.GetStringAsync("/uppgifter"));
        Assert.Contains("Platsrapport till VGR att skicka", before);
        Assert.Contains("Herrljunga, november 2026", before);
        Assert.Contains("senast 2026-12-31", before);

        var url = PlaceReportPage.Url(herrljunga, new YearMonth(2026, 11));
        var page = await client.GetStringAsync(url);
        var response = await client.PostFormAsync(url, page, "placereport-sent", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var sent = await app.WithDbAsync(db => db.Set<PlaceReportSubmission>().AsNoTracking().SingleAsync(s => s.KommunId == herrljunga && s.CountedOn == new LocalDate(2026, 11, 30)));
        Assert.Equal("Lena Holm", sent.SentBy);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e =>
            e.EntityType == nameof(PlaceReportSubmission) && e.EntityId == sent.Id.ToString() && e.Action == AuditAction.Create && e.UserName == "Lena Holm")));
        Assert.DoesNotContain("Herrljunga, november 2026", WebUtility.HtmlDecode(await client.GetStringAsync("/uppgifter")));
        Assert.Contains("Markerad som skickad till VGR", WebUtility.HtmlDecode(await client.GetStringAsync(url)));
        var again = await client.PostFormAsync(url, page, "placereport-sent", []);
        // The page no longer renders the form, so a second post is refused (400) before the service's own check (409).
        Assert.Contains(again.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Conflict });
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<PlaceReportSubmission>().CountAsync(s => s.KommunId == herrljunga && s.CountedOn == new LocalDate(2026, 11, 30))));

        // A change of places from a day in the month already sent would rewrite it: refused; from December it is allowed.
        var eken = await factory.UnitIdAsync("Eken");
        var version = await app.WithDbAsync(db => db.CareUnits.Where(u => u.Id == eken).Select(u => u.Version).SingleAsync());
        var refused = await app.AsUserAsync<UnitCommands, CommandResult>(HerrljungaMas, (c, u) => c.UpdateAsync(u, eken, version, "Eken", 29, new LocalDate(2026, 11, 15)));
        Assert.False(refused.Succeeded);
        Assert.Contains("redan skickad", refused.Error);
    }

    [Fact]
    public async Task ShouldNotLetAnotherKommunsUserMarkTheReportSentNorRemindADoctor()
    {
        var app = factory.At(December2);
        var herrljunga = await app.KommunIdAsync("Herrljunga");
        var lidkoping = await app.SignedInAsync(LidkopingUnitManager);
        var url = PlaceReportPage.Url(herrljunga, new YearMonth(2026, 8));

        var page = await lidkoping.GetStringAsync(url);
        Assert.DoesNotContain("placereport-sent", page);
        var mine = WebUtility.HtmlDecode(await lidkoping.GetStringAsync("/uppgifter"));
        Assert.Contains("Lidköping, november 2026", mine);
        Assert.DoesNotContain("Herrljunga, november 2026", mine);

        var doctor = WebUtility.HtmlDecode(await (await app.SignedInAsync(HerrljungaDoctor)).GetStringAsync("/uppgifter"));
        Assert.DoesNotContain("Platsrapport till VGR att skicka", doctor);

        var forged = await lidkoping.PostFormAsync(url, await (await app.SignedInAsync(HerrljungaMas)).GetStringAsync(url), "placereport-sent", new() { ["Sent.Month"] = "2026-08" });
        Assert.Contains(forged.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Forbidden });
        Assert.False(await app.WithDbAsync(db => db.Set<PlaceReportSubmission>().AnyAsync(s => s.KommunId == herrljunga && s.CountedOn == new LocalDate(2026, 8, 31))));
    }

    [Theory]
    [InlineData("2026-12")]
    [InlineData("9999-01")]
    [InlineData("x")]
    public async Task ShouldShowASwedishMessageNotA500ForAMonthThatCannotBeReportedOnThePage(string month)
    {
        var app = factory.At(December2);
        var herrljunga = await app.KommunIdAsync("Herrljunga");
        var client = await app.SignedInAsync(HerrljungaMas);

        var response = await client.GetAsync($"{PlaceReportPage.Url(herrljunga)}?manad={month}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Platsrapport", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ShouldRecordThePlacesTheAdminFormChangesFromItsDateInTheHistory()
    {
        var app = factory.At(Instant.FromUtc(2026, 12, 2, 9, 0));
        var client = await app.SignedInAsync("admin@narplan.demo");
        var unitId = await factory.UnitIdAsync("Korttidsenheten Fregatten");
        var url = CareUnitAdminPage.Url(unitId);
        var page = await client.GetStringAsync(url);
        var unit = await app.WithDbAsync(db => db.CareUnits.AsNoTracking().SingleAsync(u => u.Id == unitId));

        var response = await client.PostFormAsync(url, page, "care-unit", new()
        {
            ["version"] = unit.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["name"] = unit.Name,
            ["places"] = (unit.Places - 2).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["placesFrom"] = "2026-12-10",
            ["address"] = unit.Address ?? "",
            ["endedOn"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = await app.WithDbAsync(db => db.CareUnits.AsNoTracking().Include(u => u.PlacePeriods).SingleAsync(u => u.Id == unitId));
        var period = Assert.Single(saved.PlacePeriods);
        Assert.Equal(new LocalDate(2026, 12, 10), period.ValidFrom);
        Assert.Equal(unit.Places - 2, period.Places);
        Assert.Equal(unit.Places, saved.PlacesOn(new LocalDate(2026, 11, 30)));
        Assert.Equal(unit.Places, saved.Places); // not yet in force on 2 December
    }
}
