using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Domain.Audit;
using Narplan.Domain.FollowUp;
using Narplan.Domain.Plans;
using Narplan.Web.Features.FollowUp;
using Narplan.Web.Features.Plans;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.FollowUp;

/// <summary>
/// Issue 20 items 1–3 over HTTP on the demo data. Seed 002 "Denna plan ska årligen följas upp": tillgänglighet
/// läkarmedverkan, fasta planerade läkartider, BViS, avvikelser i samverkan, oplanerade transporter, palliativa registret.
/// Lidköping's demo: eight acute contacts at Lugnet in October–November 2026 (three of four measured telephone contacts
/// within 30 minutes), three expected deaths at Björkhaga of which two after a brytpunktssamtal.
/// </summary>
public sealed partial class FollowUpDashboardTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private const string LidkopingNurse = "sjukskoterska@lidkoping.demo";
    private const string HerrljungaMas = "mas@herrljunga.demo";
    private const string HerrljungaDoctor = "lakare@herrljunga-vc.demo";

    private Task<Guid> KommunAsync(string name) => app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == name).Select(k => k.Id).SingleAsync());

    private static string Text(string html) => WebUtility.HtmlDecode(html);

    [Fact]
    public async Task ShouldShowLidkopingsIndicatorsFromItsDemoDataWithTargetsAndTheRegistersOwnFigures()
    {
        var lidkoping = await KommunAsync("Lidköping");
        var client = await app.SignedInAsync(LidkopingNurse);

        var response = await client.GetAsync($"{FollowUpPage.Url(lidkoping)}?period=2026");
        var page = Text(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Telefonkontakt med läkare inom 30 minuter", page);
        Assert.Matches(@"Telefonkontakt med läkare inom 30 minuter</th>\s*<td class=""num"">\d+ %</td>\s*<td class=""num"">\d+ av \d+</td>", page);
        Assert.Contains("Brytpunktssamtal vid väntade dödsfall", page);
        Assert.Contains("2 av 3", page); // Björkhaga: Svea Exempeldal died without one
        Assert.Contains("Mål minst 98 % (nås inte)", page);
        Assert.Contains("Bedömning enligt BViS/ViSam vid akut kontakt", page);
        Assert.Contains("Fasta läkartider per enhet", page);
        // The registers (issue 19) and the palliative quality items give their own figures in place of "saknar data".
        Assert.Matches(@"SIP erbjuden</th>\s*<td class=""num"">\d+</td>", page);
        Assert.Matches(@"Vaccinationsunderlag till vårdcentralen inom en vecka</th>\s*<td class=""num"">\d+ %</td>", page);
        Assert.Contains("Smärtskattning sista levnadsveckan", page);
        Assert.DoesNotMatch(@"Smärtskattning sista levnadsveckan</th>\s*<td class=""num muted"">Saknar data</td>", page);
        Assert.Contains("Ledningsteamsmöten per enhet", page);
        // Numbers in the SVG charts use the invariant culture.
        var svg = string.Join("", SvgTags().Matches(page).Select(m => m.Value));
        Assert.NotEmpty(svg);
        Assert.DoesNotMatch(@"(x|y|width|height|x1|x2)=""-?\d+,\d", svg);
    }

    [Theory]
    [InlineData("Herrljunga")]
    [InlineData("Lidköping")]
    [InlineData("Vänersborg")]
    [InlineData("Falkenberg")]
    public async Task ShouldShowEveryDemoNaromradeRealFiguresFromItsData(string kommun)
    {
        var id = await KommunAsync(kommun);
        var client = await app.SignedInAsync("admin@narplan.demo");

        var page = Text(await client.GetStringAsync($"{FollowUpPage.Url(id)}?period=2025"));
        var year = Text(await client.GetStringAsync($"{FollowUpPage.Url(id)}?period=2026"));

        // Hand-entered counts for 2025 (demo: entered by the kommun's MAS) and rounds held in 2026.
        Assert.Matches(@"Avvikelser i samverkan\s*<br\s*/?>\s*<span class=""muted"">Våren 2025: \d+ inmatat av [^<]+</span></th>\s*<td class=""num"">\d+</td>", page);
        Assert.Matches(@"Genomförda av dem som skulle ha hållits \(inställda för helgdag räknas inte\)</th>\s*<td class=""num"">\d+ %</td>", year);
        if (kommun is "Vänersborg" or "Falkenberg")
        {
            // DemoFollowUp: five patients, reviews due in 2026, four held, three of them by the due day.
            Assert.Matches(@"Genomförda av dem som förföll under perioden</th>\s*<td class=""num"">80 %</td>\s*<td class=""num"">4 av 5</td>", year);
            Assert.Matches(@"Genomförda i tid \(senast förfallodagen\) av genomförda</th>\s*<td class=""num"">75 %</td>\s*<td class=""num"">3 av 4</td>", year);
        }
    }

    [Fact]
    public async Task ShouldShowAVardcentralDoctorTheTotalsButNotTheRowsAndAuditTheKommunsOwnReadOfTheRows()
    {
        var herrljunga = await KommunAsync("Herrljunga");
        var lidkoping = await KommunAsync("Lidköping");
        var doctor = await app.SignedInAsync(HerrljungaDoctor);
        var nurse = await app.SignedInAsync(LidkopingNurse);

        var totals = Text(await doctor.GetStringAsync($"{FollowUpPage.Url(herrljunga)}?period=2026"));
        var refused = await doctor.GetAsync($"/uppfoljning/{herrljunga}/underlag/akuta-kontakter?period=2026");
        var otherKommun = await nurse.GetAsync($"/uppfoljning/{herrljunga}/underlag/akuta-kontakter?period=2026");
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Read && e.Details == "uppföljning: akuta kontakter"));
        var rows = await nurse.GetAsync($"/uppfoljning/{lidkoping}/underlag/akuta-kontakter?period=2026");
        var after = await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Read && e.Details == "uppföljning: akuta kontakter"));

        Assert.Contains("Endast totalsiffror", totals);
        Assert.DoesNotContain("Visa rader", totals);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherKommun.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rows.StatusCode);
        var body = Text(await rows.Content.ReadAsStringAsync());
        Assert.Contains("Lugnet", body);
        Assert.DoesNotContain("Påhitts", body); // no patient names in the rows
        Assert.True(after - before >= 8, $"expected a read per patient behind the eight contacts, got {after - before}");
    }

    [Theory]
    [InlineData("?fran=2026-06-30&till=2026-01-01", "slutar")]
    [InlineData("?period=2026-h3", "känns inte igen")]
    [InlineData("?fran=2026-02-30&till=2026-03-01", "ÅÅÅÅ-MM-DD")]
    public async Task ShouldAnswerABadPeriodWithAClearSwedishMessageAndTheCurrentYearNotA500(string query, string message)
    {
        var lidkoping = await KommunAsync("Lidköping");
        var client = await app.SignedInAsync(LidkopingNurse);

        var response = await client.GetAsync(FollowUpPage.Url(lidkoping) + query);
        var page = Text(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page);
        Assert.Contains("role=\"alert\"", page);
        Assert.Contains("Tillgänglighet läkarmedverkan", page);
    }

    [Fact]
    public async Task ShouldRefuseANegativeDeviationCountInSwedishKeepTheInputAndThenSaveACountWithWhoEnteredIt()
    {
        var herrljunga = await KommunAsync("Herrljunga");
        var mas = await app.SignedInAsync(HerrljungaMas);
        var page = await mas.GetStringAsync(FollowUpPage.Url(herrljunga));

        var refused = await mas.PostFormAsync($"/uppfoljning/{herrljunga}/antal", page, "uppfoljning-antal", new()
        {
            ["typ"] = "avvikelser", ["halvar"] = "2024-h2", ["antal"] = "-3", ["kommentar"] = "Från avvikelsesystemet",
        });
        var shown = Text(await mas.GetStringAsync(refused.Headers.Location!.OriginalString));
        var saved = await mas.PostFormAsync($"/uppfoljning/{herrljunga}/antal", page, "uppfoljning-antal", new()
        {
            ["typ"] = "avvikelser", ["halvar"] = "2024-h2", ["antal"] = "4", ["kommentar"] = "Från avvikelsesystemet",
        });
        var autumn = Text(await mas.GetStringAsync($"{FollowUpPage.Url(herrljunga)}?period=2024-h2"));

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("kan inte vara negativt", shown);
        Assert.Contains("value=\"-3\"", shown);
        Assert.Contains("value=\"Från avvikelsesystemet\"", shown);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Matches(@"Avvikelser i samverkan\s*<br\s*/?>\s*<span class=""muted"">Hösten 2024: 4 inmatat av Lena Holm", autumn);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(FollowUpCount) && e.Action == AuditAction.Create && e.UserName == "Lena Holm")));
    }

    [Fact]
    public async Task ShouldNotLetAVardcentralDoctorEnterACount()
    {
        var herrljunga = await KommunAsync("Herrljunga");
        var mas = await app.SignedInAsync(HerrljungaMas);
        var page = await mas.GetStringAsync(FollowUpPage.Url(herrljunga));
        var doctor = await app.SignedInAsync(HerrljungaDoctor);
        var doctorPage = await doctor.GetStringAsync(FollowUpPage.Url(herrljunga));

        // The doctor's page has no count form; the layout's logout form gives a valid antiforgery token.
        var response = await doctor.PostFormAsync($"/uppfoljning/{herrljunga}/antal", doctorPage, "/", new()
        {
            ["typ"] = "transporter", ["halvar"] = "2026-h2", ["antal"] = "7",
        });

        Assert.Contains("uppfoljning-antal", page);
        Assert.DoesNotContain("uppfoljning-antal", doctorPage);
        Assert.Contains("fel=", response.Headers.Location?.OriginalString ?? "");
        Assert.False(await app.WithDbAsync(db => db.Set<FollowUpCount>().AnyAsync(c => c.KommunId == herrljunga && c.Kind == FollowUpCountKind.UnplannedTransports && c.Year == 2026 && c.IsAutumn)));
    }

    [Fact]
    public async Task ShouldExportAnXlsxWithOneSheetPerIndicatorGroupAndSharesAsNumberCells()
    {
        var lidkoping = await KommunAsync("Lidköping");
        var client = await app.SignedInAsync(LidkopingNurse);

        var response = await client.GetAsync($"/uppfoljning/{lidkoping}/export.xlsx?period=2026&jamfor=2026-h1");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FollowUpXlsx.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheets = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Contains("Tillgänglighet läkarmedverkan", sheets);
        Assert.Contains("Palliativ vård", sheets);
        Assert.Contains("Samordnad individuell plan, SIP", sheets);
        var palliative = (WorksheetPart)doc.WorkbookPart.GetPartById(doc.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Palliativ vård").Id!);
        var row = palliative.Worksheet.Descendants<Row>().Single(r => r.Descendants<Cell>().FirstOrDefault()?.InnerText == "Brytpunktssamtal vid väntade dödsfall");
        var cells = row.Elements<Cell>().ToList();
        Assert.Equal(CellValues.Number, cells[1].DataType!.Value);
        Assert.Equal(2.0 / 3, double.Parse(cells[1].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture), 5);
        Assert.Equal("2", cells[2].CellValue!.Text);
        Assert.Equal("3", cells[3].CellValue!.Text);
        var sip = (WorksheetPart)doc.WorkbookPart.GetPartById(doc.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Samordnad individuell plan, SIP").Id!);
        var offered = sip.Worksheet.Descendants<Row>().Single(r => r.Descendants<Cell>().FirstOrDefault()?.InnerText == "SIP erbjuden").Elements<Cell>().ToList();
        Assert.Equal(CellValues.Number, offered[1].DataType!.Value);
    }

    [Fact]
    public async Task ShouldGiveThePublicATotalsOnlyJsonSummaryOfAPublishedPlanAndNoPatientData()
    {
        var (planId, kommunId) = await app.WithDbAsync(async db =>
        {
            var plan = (await db.Plans.AsNoTracking().Include(p => p.Versions).ToListAsync()).First(p => p.Published is not null);
            return (plan.Id, plan.KommunId);
        });
        var patients = await app.WithDbAsync(db => db.Patients.Where(p => p.KommunId == kommunId).Select(p => new { p.Id, p.Name }).ToListAsync());
        var anonymous = app.Browser();

        var response = await anonymous.GetAsync($"/api/v1/plans/{planId}/follow-up?period=2026");
        var body = await response.Content.ReadAsStringAsync();
        var bad = await anonymous.GetAsync($"/api/v1/plans/{planId}/follow-up?period=2026-h3");
        var missing = await anonymous.GetAsync($"/api/v1/plans/{Guid.NewGuid()}/follow-up");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("2026", json.RootElement.GetProperty("period").GetString());
        Assert.Contains(json.RootElement.GetProperty("groups").EnumerateArray(), g => g.GetProperty("key").GetString() == "sip"
            && g.GetProperty("indicators").EnumerateArray().All(i => i.GetProperty("hasData").GetBoolean()));
        Assert.NotEmpty(patients);
        foreach (var p in patients)
        {
            Assert.DoesNotContain(p.Id.ToString(), body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(p.Name, body);
        }

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.Contains("känns inte igen", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task ShouldRefuseTheYearlyReviewWhileADraftIsOpenInSwedish()
    {
        // Herrljunga's demo plan: version 1 published, version 2 an open draft.
        var herrljunga = await KommunAsync("Herrljunga");
        var planId = await app.WithDbAsync(db => db.Plans.Where(p => p.KommunId == herrljunga && p.Kind == PlanKind.Naromradesplan).Select(p => p.Id).SingleAsync());
        var mas = await app.SignedInAsync(HerrljungaMas);
        var page = await mas.GetStringAsync(PlanPage.Url(planId, 1));
        var versions = await app.WithDbAsync(db => db.Set<PlanVersion>().CountAsync(v => v.PlanId == planId));

        var response = await mas.PostFormAsync($"/planer/{planId}/arlig-uppfoljning", page, "/", new() { ["period"] = "2026" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(Uri.EscapeDataString("redan ett öppet utkast"), response.Headers.Location!.OriginalString);
        Assert.Equal(versions, await app.WithDbAsync(db => db.Set<PlanVersion>().CountAsync(v => v.PlanId == planId)));
    }

    [Fact]
    public async Task ShouldDraftTheNextVersionFromAPublishedPlanWithTheDashboardsFiguresRowsWithStatusAndARevisionLogLine()
    {
        // Vänersborg's demo handlingsplan (seed 001): version 1 published, nothing open.
        var vanersborg = await KommunAsync("Vänersborg");
        var plan = await app.WithDbAsync(async db => (await db.Plans.AsNoTracking().Include(p => p.Versions).ThenInclude(v => v.Sections)
            .Where(p => p.KommunId == vanersborg).AsSplitQuery().ToListAsync()).Single(p => p.Published is not null));
        var published = plan.Published!;
        Assert.Equal(published.Number, plan.Latest.Number);
        var admin = await app.SignedInAsync("admin@narplan.demo");
        var page = await admin.GetStringAsync(PlanPage.Url(plan.Id, published.Number));

        var response = await admin.PostFormAsync($"/planer/{plan.Id}/arlig-uppfoljning", page, "arlig-uppfoljning", new() { ["period"] = "2026" });
        var again = await admin.PostFormAsync($"/planer/{plan.Id}/arlig-uppfoljning", page, "arlig-uppfoljning", new() { ["period"] = "2026" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("klart=arlig-uppfoljning", response.Headers.Location!.OriginalString);
        Assert.Contains("fel=", again.Headers.Location!.OriginalString); // the draft is open now: no second one
        var next = await app.WithDbAsync(async db => (await db.Plans.AsNoTracking().Include(p => p.Versions).ThenInclude(v => v.Sections)
            .AsSplitQuery().SingleAsync(p => p.Id == plan.Id)).Latest);
        Assert.Equal(published.Number + 1, next.Number);
        Assert.Equal(PlanStatus.Utkast, next.Status);
        Assert.Equal(published.Details.Parties, next.Details.Parties);
        Assert.Equal(published.Details.Signatories, next.Details.Signatories);
        Assert.Contains("Årlig uppföljning helåret 2026", next.Details.RevisionLog[^1].Change);
        var rows = published.Sections.SelectMany(s => s.Rows).ToList();
        Assert.NotEmpty(rows);
        Assert.Equal(rows, next.Sections.Where(s => s.Key != YearlyReviewCommands.FollowUpSectionKey).SelectMany(s => s.Rows));

        // The same figures as the dashboard: the table the dashboard's query gives now is in the draft.
        await using var scope = app.Services.CreateAsyncScope();
        var comparison = await scope.ServiceProvider.GetRequiredService<FollowUpQueries>().CompareAsync(vanersborg, FollowUpPeriod.Year(2026));
        var text = next.Section(YearlyReviewCommands.FollowUpSectionKey).Text;
        Assert.Contains(FollowUpMarkdown.Table(comparison!).Trim(), text);
        Assert.Contains("### Handlingsplanens rader", text);
        Assert.Contains(rows[0].Status.Swedish(), text);
        Assert.Contains("Utvecklingsområden att se över", text);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(PlanVersion) && e.Action == AuditAction.Create && e.EntityId == next.Id.ToString())));
    }

    [GeneratedRegex("<svg.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgTags();
}
