using System.Net;
using System.Security.Claims;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Data;
using Narplan.Data.Identity;
using Narplan.Domain.Governance;
using Narplan.Web.Features.Demo;
using Narplan.Web.Features.Governance;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Rounds;
using NodaTime;

namespace Narplan.Web.Tests.Governance;

/// <summary>
/// Issue 21 over HTTP on the demo data (Närvårdssamverkan Södra Älvsborg, seed 004), with the clock stopped on
/// 3 December 2026: who may edit, what everyone reads, the bad input the issue lists, the feed and the workbook.
/// </summary>
public sealed class GovernanceWebTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private const string Coordinator = "koordinator@sodraalvsborg.demo";
    private const string Admin = "admin@narplan.demo";
    private const string Mas = "mas@herrljunga.demo";

    private readonly WebApplicationFactory<Program> _app = factory.At(Instant.FromUtc(2026, 12, 3, 9, 0));

    private Task<Guid> SodraAlvsborgAsync() =>
        _app.WithDbAsync(db => db.SubRegions.Where(s => s.Name == "Södra Älvsborg").Select(s => s.Id).SingleAsync());

    private Task<Guid> BodyIdAsync(string name) =>
        _app.WithDbAsync(db => db.GovernanceBodies.Where(b => b.Name == name).Select(b => b.Id).SingleAsync());

    /// <summary>Posts a form of an edit page as the coordinator; returns the status and the page.</summary>
    private async Task<(HttpStatusCode Status, string Page)> PostAsync(HttpClient client, string url, string form, Dictionary<string, string> fields)
    {
        var response = await client.PostFormAsync(url, await client.GetStringAsync(url), form, fields);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private Task<int> CountAsync(Func<NarplanDbContext, Task<int>> count) => _app.WithDbAsync(count);

    private static void AssertRefusedBesideField(HttpStatusCode status, string page, string message)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains($"<div class=\"validation-message\">{message}", page);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/moten")]
    [InlineData("/arenden")]
    [InlineData("/avtal")]
    [InlineData("/kostnader")]
    public async Task ShouldLetAnyoneReadThePublicPagesWithoutSigningIn(string page)
    {
        var id = await SodraAlvsborgAsync();
        var response = await _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync($"/narvardssamverkan/{id}{page}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Närvårdssamverkan", await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Seed 004: "Boråsregionen Sjuhäradskommunalförbund och Koncernkontoret VGR har en representant vardera, men har ingen
    /// rösträtt"; "Tandvård och beställd primärvård adjungeras till styrgruppen".
    /// </summary>
    [Fact]
    public async Task ShouldShowTheStyrgruppsSeatsRolesAndVotingRightsPublicly()
    {
        var page = await _app.CreateClient().GetStringAsync(BodiesPage.Url(await SodraAlvsborgAsync()));

        Assert.Contains("<td>Mats Engström</td><td>Boråsregionen Sjuhärads kommunalförbund</td><td>Boråsregionen Sjuhärads kommunalförbund</td><td>ledamot</td><td>nej</td>", page);
        Assert.Contains("<td>Koncernkontoret VGR</td><td>Koncernkontoret VGR</td><td>ledamot</td><td>nej</td>", page);
        Assert.Contains("<td>Tandvård</td><td>adjungerad</td><td>nej</td>", page);
        Assert.Contains("<td>Vårdcentral privat</td><td>ledamot</td><td>ja</td>", page);
        // Eight lokala ledningsgrupper, one per kommun of Södra Älvsborg.
        Assert.Equal(8, System.Text.RegularExpressions.Regex.Matches(page, "<h3 id=\"b-[^\"]+\">Lokal ledningsgrupp ").Count);
        // DPS 2027 has three planned meetings in the demo: "träffas fyra gånger per år" is flagged.
        Assert.Contains("Delregionalt politiskt samråd träffas fyra gånger per år; 2027 har 3 planerade.", page);
        // The DPS rotation 2026–2027 follows the main rule; the next term is proposed from VGR with the vice as chair.
        Assert.Contains("Förslag för 2028–2029: ordförande <strong>Henrik Alm</strong> (VGR)", page);
    }

    /// <summary>Seed 004: "Senast tolv månader innan avtalstiden löper ut …"; on 3 December 2026 the term is 2026–2027.</summary>
    [Fact]
    public async Task ShouldShowTheCurrentTermAndTheNoticeDeadlineOnTheAgreementPage()
    {
        var id = await SodraAlvsborgAsync();
        var page = await _app.CreateClient().GetStringAsync(AgreementPage.Url(id));
        Assert.Contains("<dt>Gällande avtalsperiod</dt><dd>2026-01-01 – 2027-12-31</dd>", page);
        Assert.Contains("<dt>Sista dag att säga upp avtalet</dt><dd><strong>2026-12-31</strong>", page);
        Assert.Contains("förlängs avtalet till 2029-12-31", page);
        Assert.Contains("2022-01-01 – 2025-12-31: uppsägning senast 2024-12-31", page);

        var in2024 = await factory.At(Instant.FromUtc(2024, 6, 1, 9, 0)).CreateClient().GetStringAsync(AgreementPage.Url(id));
        Assert.Contains("<dt>Gällande avtalsperiod</dt><dd>2022-01-01 – 2025-12-31</dd>", in2024);
        Assert.Contains("<strong>2024-12-31</strong>", in2024);
        Assert.Contains("förlängs avtalet till 2027-12-31", in2024);
    }

    [Fact]
    public async Task ShouldSendAnonymousVisitorsOfAnEditPageToSignIn()
    {
        var response = await _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .GetAsync(EditBodiesPage.Url(await SodraAlvsborgAsync()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/konto/logga-in?ReturnUrl=", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(Mas, HttpStatusCode.Forbidden)]
    [InlineData("vcchef@herrljunga-vc.demo", HttpStatusCode.Forbidden)]
    [InlineData(Coordinator, HttpStatusCode.OK)]
    [InlineData(Admin, HttpStatusCode.OK)]
    public async Task ShouldLetOnlyTheCoordinatorAndAdministratorsOpenTheEditPages(string email, HttpStatusCode expected)
    {
        var id = await SodraAlvsborgAsync();
        var client = await _app.SignedInAsync(email);
        foreach (var url in new[] { EditBodiesPage.Url(id), EditMeetingsPage.Url(id), EditMattersPage.Url(id), EditEconomyPage.Url(id) })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(expected, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync();
            Assert.Equal(expected == HttpStatusCode.OK, page.Contains("<button type=\"submit\" class=\"button"));
            if (expected == HttpStatusCode.Forbidden)
            {
                Assert.Contains(GovernanceCommands.DeniedMessage, page);
            }
        }
    }

    /// <summary>A MAS of a kommun in the delregion reads everything but cannot change it, even by calling the command.</summary>
    [Fact]
    public async Task ShouldRefuseAChangeByAKommunUserAndSaveNothing()
    {
        var id = await SodraAlvsborgAsync();
        var dps = await BodyIdAsync("Delregionalt politiskt samråd (DPS)");
        var before = await CountAsync(db => db.BodyMemberships.CountAsync());
        var result = await _app.AsUserAsync<GovernanceCommands, GovernanceResult>(Mas, (commands, principal) => commands.AddMembershipAsync(principal, id, new MembershipInput
        {
            BodyId = dps, PersonName = "Obehörig Person", Organisation = "Herrljunga kommun", From = new DateOnly(2026, 12, 1),
        }));

        Assert.True(result.Forbidden);
        Assert.Equal(before, await CountAsync(db => db.BodyMemberships.CountAsync()));
    }

    [Fact]
    public async Task ShouldSaveAMembershipByTheCoordinatorAndAuditIt()
    {
        var id = await SodraAlvsborgAsync();
        var client = await _app.SignedInAsync(Coordinator);
        var (status, page) = await PostAsync(client, EditBodiesPage.Url(id), "membership", new()
        {
            ["Membership.BodyId"] = (await BodyIdAsync("Styrgrupp närvård")).ToString(),
            ["Membership.PersonName"] = "Vera Testsson",
            ["Membership.Organisation"] = "Vårdcentralen Exempel (privat)",
            ["Membership.Seat"] = "Vårdcentral privat",
            ["Membership.Role"] = "Ersattare",
            ["Membership.Sector"] = "Primarvard",
            ["Membership.Side"] = "Region",
            ["Membership.HasVote"] = "true",
            ["Membership.From"] = "2026-12-01",
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Ledamoten är tillagd.", page);
        var saved = await _app.WithDbAsync(db => db.BodyMemberships.SingleAsync(m => m.PersonName == "Vera Testsson"));
        Assert.Equal((MemberRole.Ersattare, Sector.Primarvard, Principal.Region, true), (saved.Role, saved.Sector, saved.Side, saved.HasVote));
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(BodyMembership) && e.EntityId == saved.Id.ToString())));
        Assert.Contains("<td>Vera Testsson</td>", await _app.CreateClient().GetStringAsync(BodiesPage.Url(id)));
    }

    /// <summary>Bad input: "a membership ending before it starts".</summary>
    [Fact]
    public async Task ShouldRefuseAMembershipEndingBeforeItStartsAndKeepTheInput()
    {
        var id = await SodraAlvsborgAsync();
        var before = await CountAsync(db => db.BodyMemberships.CountAsync());
        var (status, page) = await PostAsync(await _app.SignedInAsync(Coordinator), EditBodiesPage.Url(id), "membership", new()
        {
            ["Membership.BodyId"] = (await BodyIdAsync("Styrgrupp närvård")).ToString(),
            ["Membership.PersonName"] = "Baklänges Person",
            ["Membership.Organisation"] = "Marks kommun",
            ["Membership.From"] = "2026-05-01",
            ["Membership.To"] = "2026-04-01",
        });

        AssertRefusedBesideField(status, page, "Ett medlemskap kan inte sluta (2026-04-01) före det börjar (2026-05-01).");
        Assert.Contains("value=\"Baklänges Person\"", page);
        Assert.Equal(before, await CountAsync(db => db.BodyMemberships.CountAsync()));
    }

    /// <summary>Bad input: "an AU with a fourth extra member" (seed 004: "sammanlagt max tre personer").</summary>
    [Fact]
    public async Task ShouldRefuseAFourthExtraMemberOfTheArbetsutskott()
    {
        var id = await SodraAlvsborgAsync();
        var before = await CountAsync(db => db.BodyMemberships.CountAsync());
        var (status, page) = await PostAsync(await _app.SignedInAsync(Coordinator), EditBodiesPage.Url(id), "membership", new()
        {
            ["Membership.BodyId"] = (await BodyIdAsync("Arbetsutskott (AU)")).ToString(),
            ["Membership.PersonName"] = "Fjärde Ledamot",
            ["Membership.Organisation"] = "Tranemo kommun",
            ["Membership.Role"] = "Ledamot",
            ["Membership.Sector"] = "Kommun",
            ["Membership.From"] = "2026-12-01",
        });

        AssertRefusedBesideField(status, page, "Arbetsutskottet består av styrgruppens ordförande och vice ordförande och högst 3 personer till.");
        Assert.Equal(before, await CountAsync(db => db.BodyMemberships.CountAsync()));
    }

    /// <summary>Seed 004: "Kommunen ansvarar för ordförandeskapet" in the lokal ledningsgrupp.</summary>
    [Fact]
    public async Task ShouldRefuseARegionChairOfALokalLedningsgrupp()
    {
        var id = await SodraAlvsborgAsync();
        var (status, page) = await PostAsync(await _app.SignedInAsync(Coordinator), EditBodiesPage.Url(id), "membership", new()
        {
            ["Membership.BodyId"] = (await BodyIdAsync("Lokal ledningsgrupp Tranemo")).ToString(),
            ["Membership.PersonName"] = "Regional Ordförande",
            ["Membership.Organisation"] = "Närhälsan Tranemo",
            ["Membership.Role"] = "Ordforande",
            ["Membership.Sector"] = "Primarvard",
            ["Membership.Side"] = "Region",
            ["Membership.From"] = "2027-01-01",
        });

        AssertRefusedBesideField(status, page, "Kommunen ansvarar för ordförandeskapet i den lokala ledningsgruppen.");
    }

    /// <summary>
    /// Bad input: "a third consecutive chair from the same side". The styrgrupp's VGR chair 2026–2027 followed by VGR again
    /// 2028–2029 is flagged but saved; a third VGR term 2030–2031 is refused and not saved.
    /// </summary>
    [Fact]
    public async Task ShouldFlagASecondAndRefuseAThirdConsecutiveChairFromTheSameSide()
    {
        var id = await SodraAlvsborgAsync();
        var client = await _app.SignedInAsync(Coordinator);
        var styrgrupp = (await BodyIdAsync("Styrgrupp närvård")).ToString();

        var (second, secondPage) = await PostAsync(client, EditBodiesPage.Url(id), "chair-term", new()
        {
            ["Chair.BodyId"] = styrgrupp, ["Chair.FirstYear"] = "2028",
            ["Chair.ChairName"] = "Regina Vgr", ["Chair.ChairSide"] = "Region", ["Chair.ViceName"] = "Kurt Kommun", ["Chair.ViceSide"] = "Kommun",
        });
        Assert.Equal(HttpStatusCode.OK, second);
        Assert.Contains("Ordförandeskapet alternerar inte: VGR hade det även 2026–2027.", secondPage);

        var before = await CountAsync(db => db.ChairTerms.CountAsync());
        var (third, thirdPage) = await PostAsync(client, EditBodiesPage.Url(id), "chair-term", new()
        {
            ["Chair.BodyId"] = styrgrupp, ["Chair.FirstYear"] = "2030",
            ["Chair.ChairName"] = "Rut Vgr", ["Chair.ChairSide"] = "Region", ["Chair.ViceName"] = "Kalle Kommun", ["Chair.ViceSide"] = "Kommun",
        });
        AssertRefusedBesideField(third, thirdPage,
            "Ordförandeskapet ska alternera mellan kommun och VGR: VGR har redan haft ordförandeskapet två perioder i rad.");
        Assert.Equal(before, await CountAsync(db => db.ChairTerms.CountAsync()));
    }

    /// <summary>Bad input: "an uppdragsgrupp without specialistvård or without an end date".</summary>
    [Theory]
    [InlineData("Specialistvard", "", "Uppdraget ska vara tidsbestämt: ange ett slutdatum.")]
    [InlineData("Tandvard", "2027-06-30", "Kommun, primärvård och specialistvård ska vara representerade i varje uppdragsgrupp; specialistvård saknas.")]
    public async Task ShouldRefuseAnUppdragsgruppWithoutSpecialistvardOrEndDateAndSaveNothing(string thirdSector, string end, string message)
    {
        var id = await SodraAlvsborgAsync();
        var bodies = await CountAsync(db => db.GovernanceBodies.CountAsync());
        var members = await CountAsync(db => db.BodyMemberships.CountAsync());
        var (status, page) = await PostAsync(await _app.SignedInAsync(Coordinator), EditBodiesPage.Url(id), "commission", new()
        {
            ["Commission.Name"] = "Uppdragsgrupp Prov",
            ["Commission.Question"] = "Hur prövar vi reglerna?",
            ["Commission.Start"] = "2027-01-01",
            ["Commission.End"] = end,
            ["Commission.Members[0].Name"] = "A Kommun", ["Commission.Members[0].Organisation"] = "Vårgårda kommun", ["Commission.Members[0].Sector"] = "Kommun",
            ["Commission.Members[1].Name"] = "B Primär", ["Commission.Members[1].Organisation"] = "Närhälsan", ["Commission.Members[1].Sector"] = "Primarvard",
            ["Commission.Members[2].Name"] = "C Tredje", ["Commission.Members[2].Organisation"] = "SÄS", ["Commission.Members[2].Sector"] = thirdSector,
        });

        AssertRefusedBesideField(status, page, message);
        Assert.Contains("value=\"Uppdragsgrupp Prov\"", page);
        Assert.Equal(bodies, await CountAsync(db => db.GovernanceBodies.CountAsync()));
        Assert.Equal(members, await CountAsync(db => db.BodyMemberships.CountAsync()));
    }

    [Fact]
    public async Task ShouldStartAnUppdragsgruppWithItsAssignmentAndMembers()
    {
        var id = await SodraAlvsborgAsync();
        var (status, page) = await PostAsync(await _app.SignedInAsync(Coordinator), EditBodiesPage.Url(id), "commission", new()
        {
            ["Commission.Name"] = "Uppdragsgrupp Munhälsa",
            ["Commission.Question"] = "Hur når munhälsobedömningen alla på särskilt boende?",
            ["Commission.Deliverables"] = "Rutin och återrapport till styrgruppen",
            ["Commission.Start"] = "2027-01-01",
            ["Commission.End"] = "2027-12-31",
            ["Commission.UserParticipation"] = "Anhörigråd",
            ["Commission.Members[0].Name"] = "A Kommun", ["Commission.Members[0].Organisation"] = "Vårgårda kommun", ["Commission.Members[0].Sector"] = "Kommun",
            ["Commission.Members[1].Name"] = "B Primär", ["Commission.Members[1].Organisation"] = "Närhälsan", ["Commission.Members[1].Sector"] = "Primarvard",
            ["Commission.Members[2].Name"] = "C Special", ["Commission.Members[2].Organisation"] = "SÄS", ["Commission.Members[2].Sector"] = "Specialistvard",
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Uppdragsgruppen är startad.", page);
        var group = await _app.WithDbAsync(db => db.GovernanceBodies.SingleAsync(b => b.Name == "Uppdragsgrupp Munhälsa"));
        Assert.Equal((CommissionStatus.Aktiv, new LocalDate(2027, 12, 31), "Anhörigråd"), (group.Status, group.AssignmentEnd, group.UserParticipation));
        Assert.Equal(3, await CountAsync(db => db.BodyMemberships.CountAsync(m => m.BodyId == group.Id)));
    }

    /// <summary>Bad input: "a population file with a missing kommun or a duplicate code" — the file is refused whole.</summary>
    [Theory]
    [InlineData("1442;Vårgårda;12100\n1443;Bollebygd;9900\n1452;Tranemo;11800\n1463;Mark;35400\n1465;Svenljunga;10900\n1466;Herrljunga;9600\n1490;Borås;114200",
        "Filen saknar folkmängd för kommun 1491.")]
    [InlineData("1442;Vårgårda;12100\n1443;Bollebygd;9900\n1452;Tranemo;11800\n1463;Mark;35400\n1465;Svenljunga;10900\n1466;Herrljunga;9600\n1490;Borås;114200\n1490;Borås;114200\n1491;Ulricehamn;25300",
        "Rad 8: kommunkoden 1490 finns redan i filen.")]
    public async Task ShouldRefuseAPopulationFileWithAMissingKommunOrADuplicateCode(string csv, string message)
    {
        var id = await SodraAlvsborgAsync();
        var before = await CountAsync(db => db.PopulationVersions.CountAsync());
        var (status, page) = await PostAsync(await _app.SignedInAsync(Coordinator), EditEconomyPage.Url(id), "population", new()
        {
            ["Population.ReferenceDate"] = "2026-07-01",
            ["Population.Source"] = "SCB, Folkmängd 30 juni 2026",
            ["Population.Csv"] = csv,
        });

        AssertRefusedBesideField(status, page, message);
        Assert.Contains("SCB, Folkmängd 30 juni 2026", page);
        Assert.Equal(before, await CountAsync(db => db.PopulationVersions.CountAsync()));
    }

    /// <summary>Bad input: "a budget split that does not add up".</summary>
    [Fact]
    public async Task ShouldRefuseABudgetSplitThatDoesNotAddUpAndKeepTheStoredSplit()
    {
        var id = await SodraAlvsborgAsync();
        var parts = new Dictionary<string, string> { ["Budget.Year"] = "2026", ["Budget.TotalKronor"] = "1000000", ["Budget.RegionKronor"] = "500000", ["Budget.Version"] = "0" };
        foreach (var (code, _) in GovernanceDemoDataCodes)
        {
            parts[$"Budget.Parts[{code}]"] = code == "1490" ? "62501" : "62500";
        }

        var (status, page) = await PostAsync(await _app.SignedInAsync(Coordinator), EditEconomyPage.Url(id), "budget", parts);

        AssertRefusedBesideField(status, page, "Fördelningen går inte ihop: VGR:s del och kommunernas delar blir 1 000 001 kr men budgeten är 1 000 000 kr.");
        var stored = await _app.WithDbAsync(db => db.CostSplitBudgets.Include(b => b.Parts).SingleAsync(b => b.Year == 2026));
        Assert.Equal(4_200_000, stored.TotalKronor);
        Assert.Equal(2_100_000, stored.Parts.Sum(p => p.Kronor));
    }

    /// <summary>
    /// Issue 21 Tests: "the split of 1,000,000 kr over eight kommuner adds up to exactly 500,000 kr for the kommuner", saved
    /// for 2027 from the population on 1 July 2026 ("befolkningsmängd den 1 juli föregående år"), and exported as XLSX
    /// with the amounts as number cells.
    /// </summary>
    [Fact]
    public async Task ShouldSplitAMillionKronorSoTheEightKommunerPayExactlyHalfAndExportItAsNumbers()
    {
        var id = await SodraAlvsborgAsync();
        var client = await _app.SignedInAsync(Coordinator);
        var missing = await PostAsync(client, EditEconomyPage.Url(id), "budget", new() { ["Budget.Year"] = "2028", ["Budget.TotalKronor"] = "1000000" });
        AssertRefusedBesideField(missing.Status, missing.Page, "Befolkningsmängden den 1 juli 2027 saknas");

        var csv = string.Join("\n", GovernanceDemoDataCodes.Select((k, i) => $"{k.Code};{k.Name};{10_001 + 777 * i}"));
        var imported = await PostAsync(client, EditEconomyPage.Url(id), "population", new()
        {
            ["Population.ReferenceDate"] = "2026-07-01", ["Population.Invented"] = "true", ["Population.Csv"] = "Kommun;Namn;Folkmängd\n" + csv,
        });
        Assert.Equal(HttpStatusCode.OK, imported.Status);

        var (status, page) = await PostAsync(client, EditEconomyPage.Url(id), "budget", new() { ["Budget.Year"] = "2027", ["Budget.TotalKronor"] = "1000000" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Budgeten för 2027 är sparad.", page);
        var budget = await _app.WithDbAsync(db => db.CostSplitBudgets.Include(b => b.Parts).SingleAsync(b => b.Year == 2027));
        Assert.Equal(500_000, budget.RegionKronor);
        Assert.Equal(8, budget.Parts.Count);
        Assert.Equal(500_000, budget.Parts.Sum(p => p.Kronor));

        var response = await _app.CreateClient().GetAsync(GovernanceSetup.CostSplitXlsxUrl(id, 2027));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CostSplitXlsx.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = SpreadsheetDocument.Open(stream, false);
        var cells = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToList();
        var amounts = cells.Where(c => c.CellReference!.Value!.StartsWith('E') && c.DataType?.Value == CellValues.Number).ToList();
        // Eight kommuner, the kommuner's sum, VGR and the total: all numbers, none text.
        Assert.Equal(11, amounts.Count);
        Assert.Equal(500_000, amounts.Take(8).Sum(c => long.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("1000000", amounts[^1].CellValue!.Text);
        Assert.All(cells.Where(c => c.CellReference!.Value!.StartsWith('C') && c.CellReference.Value != "C4" && c.CellReference.Value != "C1" && c.CellReference.Value != "C2"),
            c => Assert.Equal(CellValues.Number, c.DataType?.Value));
    }

    [Fact]
    public async Task ShouldPublishTheMeetingsAsAnICalendarFeedThatIcalJsReads()
    {
        var id = await SodraAlvsborgAsync();
        var response = await _app.CreateClient().GetAsync(GovernanceSetup.CalendarUrl(id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.Contains("\r\n", ics);

        var calendar = await RoundsTestSupport.ParseWithIcalJsAsync(ics);
        Assert.Equal("Närvårdssamverkan Södra Älvsborg", calendar.GetProperty("name").GetString());
        var events = calendar.GetProperty("events").EnumerateArray().ToList();
        var meetings = await CountAsync(db => db.GovernanceMeetings.CountAsync());
        Assert.Equal(meetings, events.Count);
        Assert.Equal(events.Count, events.Select(e => e.GetProperty("uid").GetString()).Distinct().Count());
        // DPS 12 February 2026 13:00 Stockholm (CET) is 12:00 UTC; 17 September 2026 13:00 (CEST) is 11:00 UTC.
        var february = events.Single(e => e.GetProperty("startLocal").GetString() == "2026-02-12T13:00:00");
        Assert.Equal("2026-02-12T12:00:00.000Z", february.GetProperty("start").GetString());
        Assert.Equal("Delregionalt politiskt samråd (DPS)", february.GetProperty("summary").GetString());
        Assert.Equal("Borås, Stadshuset", february.GetProperty("location").GetString());
        Assert.Equal("2026-09-17T11:00:00.000Z", events.Single(e => e.GetProperty("startLocal").GetString() == "2026-09-17T13:00:00").GetProperty("start").GetString());
    }

    /// <summary>Seed 004: "protokollen publiceras på hemsidan": written minutes appear on the public page once published; a stale save is refused.</summary>
    [Fact]
    public async Task ShouldPublishWrittenMinutesAndRefuseAStaleSave()
    {
        var id = await SodraAlvsborgAsync();
        var au = await BodyIdAsync("Arbetsutskott (AU)");
        var meeting = await _app.WithDbAsync(db => db.GovernanceMeetings.SingleAsync(m => m.BodyId == au));
        var client = await _app.SignedInAsync(Coordinator);
        var url = EditMinutesPage.Url(id, meeting.Id);
        var form = await client.GetStringAsync(url);

        var saved = await client.PostFormAsync(url, form, "minutes", new()
        {
            ["Minutes.Kind"] = "Minnesanteckningar", ["Minutes.Text"] = "AU beredde styrgruppens dagordning.", ["Minutes.Publish"] = "true",
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var meetingsPage = await _app.CreateClient().GetStringAsync(MeetingsPage.Url(id));
        Assert.Contains("AU beredde styrgruppens dagordning.", meetingsPage);

        // The same (now stale) form posted again is refused, and the published text stays.
        var stale = await client.PostFormAsync(url, form, "minutes", new() { ["Minutes.Kind"] = "Protokoll", ["Minutes.Text"] = "Skriver över." });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("AU beredde styrgruppens dagordning.", await _app.WithDbAsync(db => db.GovernanceMeetings.Where(m => m.Id == meeting.Id).Select(m => m.Minutes).SingleAsync()));
    }

    /// <summary>Seed 004: "Frågor som inte kan lösas på lokal nivå lyfts till Närvårdskontoret, som gör en bedömning om var frågan kan/bör hanteras."</summary>
    [Fact]
    public async Task ShouldTraceAMattersPathFromTheLokalLedningsgruppToADecision()
    {
        var id = await SodraAlvsborgAsync();
        var client = await _app.SignedInAsync(Coordinator);
        var raised = await PostAsync(client, EditMattersPage.Url(id), "matter", new()
        {
            ["Matter.RaisedByBodyId"] = (await BodyIdAsync("Lokal ledningsgrupp Ulricehamn")).ToString(),
            ["Matter.Title"] = "Läkemedelslistor vid övergång", ["Matter.RaisedOn"] = "2026-11-20",
        });
        Assert.Equal(HttpStatusCode.OK, raised.Status);
        var matter = await _app.WithDbAsync(db => db.GovernanceMatters.SingleAsync(m => m.Title == "Läkemedelslistor vid övergång"));

        var early = await PostAsync(client, EditMattersPage.Url(id), "matter-step", new()
        {
            ["Step.Matter"] = Pick.Of(matter.Id, matter.Version), ["Step.Kind"] = "Decided", ["Step.On"] = "2026-11-25", ["Step.Text"] = "Beslut utan organ",
        });
        AssertRefusedBesideField(early.Status, early.Page, "Närvårdskontoret måste först bedöma var ärendet ska hanteras och lämna det till ett organ.");

        var assigned = await PostAsync(client, EditMattersPage.Url(id), "matter-step", new()
        {
            ["Step.Matter"] = Pick.Of(matter.Id, matter.Version), ["Step.Kind"] = "Assigned", ["Step.BodyId"] = (await BodyIdAsync("Styrgrupp närvård")).ToString(),
            ["Step.On"] = "2026-11-25", ["Step.Text"] = "Till styrgruppen",
        });
        Assert.Equal(HttpStatusCode.OK, assigned.Status);
        var decided = await PostAsync(client, EditMattersPage.Url(id), "matter-step", new()
        {
            ["Step.Matter"] = Pick.Of(matter.Id, matter.Version + 1), ["Step.Kind"] = "Decided", ["Step.On"] = "2026-12-02", ["Step.Text"] = "Gemensam rutin tas fram",
        });
        Assert.Equal(HttpStatusCode.OK, decided.Status);

        var page = await _app.CreateClient().GetStringAsync(MattersPage.Url(id));
        Assert.Contains("2026-11-20 – Lyft till närvårdskontoret (Lokal ledningsgrupp Ulricehamn)", page);
        Assert.Contains("2026-11-25 – Lämnat till organ (Styrgrupp närvård): Till styrgruppen", page);
        Assert.Contains("2026-12-02 – Beslut (Styrgrupp närvård): Gemensam rutin tas fram", page);
    }

    [Fact]
    public async Task ShouldRecordOneSpridningskonferensDecisionPerYear()
    {
        var id = await SodraAlvsborgAsync();
        var client = await _app.SignedInAsync(Coordinator);
        var first = await PostAsync(client, EditMattersPage.Url(id), "conference", new()
        {
            ["Conference.Year"] = "2027", ["Conference.Held"] = "true", ["Conference.Theme"] = "Digitala vårdmöten", ["Conference.DecidedOn"] = "2026-11-19",
        });
        Assert.Equal(HttpStatusCode.OK, first.Status);
        var again = await PostAsync(client, EditMattersPage.Url(id), "conference", new()
        {
            ["Conference.Year"] = "2027", ["Conference.Held"] = "true", ["Conference.Theme"] = "Annat tema", ["Conference.DecidedOn"] = "2026-11-20",
        });
        AssertRefusedBesideField(again.Status, again.Page, "Beslutet om spridningskonferensen 2027 är redan registrerat.");
        Assert.Contains("<td>2027</td><td>Konferens anordnas</td><td>Digitala vårdmöten</td>", await _app.CreateClient().GetStringAsync(MattersPage.Url(id)));
    }

    private static readonly (string Code, string Name)[] GovernanceDemoDataCodes = Narplan.Data.Demo.GovernanceDemoData.Kommuner;
}
