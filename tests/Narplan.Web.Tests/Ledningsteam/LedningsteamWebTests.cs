using System.Net;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Audit;
using Narplan.Domain.HealthPromotion;
using Narplan.Domain.Ledningsteam;
using Narplan.Web.Features.HealthPromotion;
using Narplan.Web.Features.Ledningsteam;
using Narplan.Web.Features.Organisations;
using Narplan.Web.Tests.Infrastructure;
using NodaTime;

namespace Narplan.Web.Tests.Ledningsteam;

/// <summary>
/// Ledningsteam meetings, kompetensutveckling and health promotion over HTTP (issue 19 items 6 and 8). Seed 002: "blir
/// inbjuden till ett ledningsteamsmöte från respektive enhet 2 gånger/år"; seed 000: "hälsovecka … den infaller alltid
/// V 36". The demo data gives Eken (Herrljunga) one meeting held in 2026 and Hagagården two.
/// </summary>
public sealed class LedningsteamWebTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private const string HerrljungaMas = "mas@herrljunga.demo";

    private Task<Guid> KommunAsync(string name) => app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == name).Select(k => k.Id).SingleAsync());

    [Fact]
    public async Task ShouldFlagEkenWithOneMeetingIn2026InTheFollowUpQuery()
    {
        var herrljunga = await KommunAsync("Herrljunga");

        var rows = await app.WithDbAsync(db => new LedningsteamQueries(db).HeldPerUnitPerYearAsync(herrljunga, 2026, 2026, new LocalDate(2026, 12, 2)));

        var eken = rows.Single(r => r.Unit == "Eken");
        Assert.Equal((1, true), (eken.Held, eken.Flagged));
        var haga = rows.Single(r => r.Unit == "Hagagården");
        Assert.Equal((2, false), (haga.Held, haga.Flagged));
    }

    [Fact]
    public async Task ShouldListTheFlaggedUnitOnTheMasTasksButNotOnAnotherKommunsManagers()
    {
        var mas = await app.SignedInAsync(HerrljungaMas);
        var nurse = await app.SignedInAsync("enhetschef@lidkoping.demo");

        var tasks = WebUtility.HtmlDecode(await mas.GetStringAsync("/uppgifter"));
        var other = WebUtility.HtmlDecode(await nurse.GetStringAsync("/uppgifter"));

        Assert.Contains("Ledningsteamsmöten att planera", tasks);
        Assert.Contains(">Eken</a>: ", tasks); // one meeting held in 2026 (none yet in a later year): flagged either way
        Assert.DoesNotContain(">Eken</a>: ", other);
    }

    [Fact]
    public async Task ShouldShowTheUnitLevelAdvisoryDoctorAndTheMeetingsOnTheUnitPage()
    {
        var client = await app.SignedInAsync(HerrljungaMas);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(UnitPage.Url(await app.UnitIdAsync("Eken"))));

        Assert.Contains("Medicinskt rådgivningsansvarig läkare, enhetsnivå", page);
        Assert.Contains("genomfört ledningsteamsmöte", page);
    }

    [Fact]
    public async Task ShouldRecordAHeldMeetingAndAuditItAsTheMas()
    {
        var client = await app.SignedInAsync(HerrljungaMas);
        var unit = await app.UnitIdAsync("Korttidsenheten Herrljunga");
        var page = await client.GetStringAsync(UnitLedningsteamPage.Url(unit));

        var response = await client.PostFormAsync(UnitLedningsteamPage.Url(unit), page, "ledningsteam-meeting", new()
        {
            ["Input.On"] = "2026-11-03",
            ["Input.Held"] = "true",
            ["Input.Participants"] = "Karin Åberg (läkare), Lena Holm (MAS)",
            ["Input.PatientSafety"] = "true",
            ["Input.Guidelines"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var meeting = await app.WithDbAsync(db => db.Set<LedningsteamMeeting>().AsNoTracking().SingleAsync(m => m.CareUnitId == unit && m.On == new LocalDate(2026, 11, 3)));
        Assert.True(meeting.Held && meeting.PatientSafety && !meeting.Deviations && meeting.Guidelines);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e =>
            e.EntityType == nameof(LedningsteamMeeting) && e.EntityId == meeting.Id.ToString() && e.Action == AuditAction.Create && e.UserName == "Lena Holm")));
    }

    [Fact]
    public async Task ShouldRefuseAHeldMeetingInTheFutureBesideTheDateAndKeepTheParticipants()
    {
        var client = await app.SignedInAsync(HerrljungaMas);
        var unit = await app.UnitIdAsync("Eken");
        var page = await client.GetStringAsync(UnitLedningsteamPage.Url(unit));

        var response = await client.PostFormAsync(UnitLedningsteamPage.Url(unit), page, "ledningsteam-meeting", new()
        {
            ["Input.On"] = "2031-01-01",
            ["Input.Held"] = "true",
            ["Input.Participants"] = "Behåll dessa deltagare",
            ["Input.Deviations"] = "true",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Ett genomfört möte kan inte ligga i framtiden", body);
        Assert.Contains("id=\"err-On\"", body);
        Assert.Contains("Behåll dessa deltagare", body);
    }

    [Fact]
    public async Task ShouldHideAnotherKommunsMeetingsAndRefuseAForgedMeeting()
    {
        var eken = await app.UnitIdAsync("Eken");
        var nurse = await app.SignedInAsync("sjukskoterska@lidkoping.demo");
        var manager = await app.SignedInAsync("enhetschef@lidkoping.demo");
        var before = await app.WithDbAsync(db => db.Set<LedningsteamMeeting>().CountAsync(m => m.CareUnitId == eken));

        var page = WebUtility.HtmlDecode(await nurse.GetStringAsync(UnitLedningsteamPage.Url(eken)));
        var own = await manager.GetStringAsync(UnitLedningsteamPage.Url(await app.UnitIdAsync("Lugnet")));
        var forged = await manager.PostFormAsync(UnitLedningsteamPage.Url(eken), own, "ledningsteam-meeting", new()
        {
            ["Input.On"] = "2026-01-15",
            ["Input.Held"] = "true",
            ["Input.Participants"] = "Förfalskat",
            ["Input.PatientSafety"] = "true",
        });

        Assert.Contains("Ledningsteamets möten visas för enhetens kommun", page);
        Assert.DoesNotContain("Genomgång av avvikelser", page);
        Assert.Contains(forged.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Forbidden });
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<LedningsteamMeeting>().CountAsync(m => m.CareUnitId == eken)));
    }

    [Fact]
    public async Task ShouldShowTheHealthWeekInIsoWeek36OnTheNaromradePage()
    {
        var page = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync(KommunPage.Url(await KommunAsync("Herrljunga"))));

        Assert.Contains("Hälsovecka 2026", page);
        Assert.Contains("2026-08-31 – 2026-09-06", page);
        Assert.Contains("2027-09-06 – 2027-09-12", page);
        Assert.Contains("V 36", page);
        Assert.Contains("Hälsosamtal med invånare över 75 år", page);
    }

    [Fact]
    public async Task ShouldPlanAHealthWeekFromTheYearAloneAndAuditIt()
    {
        var client = await app.SignedInAsync("sjukskoterska@lidkoping.demo");
        var lidkoping = await KommunAsync("Lidköping");
        var page = await client.GetStringAsync(CompetenceAndHealthPage.Url(lidkoping));

        var response = await client.PostFormAsync(CompetenceAndHealthPage.Url(lidkoping), page, "health-activity", new()
        {
            ["Activity.Kind"] = "HealthWeek",
            ["Activity.Year"] = "2031",
            ["Activity.Title"] = "Hälsovecka 2031",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var week = await app.WithDbAsync(db => db.Set<HealthPromotionActivity>().AsNoTracking().SingleAsync(a => a.KommunId == lidkoping && a.Title == "Hälsovecka 2031"));
        Assert.Equal((new LocalDate(2031, 9, 1), new LocalDate(2031, 9, 7)), (week.FirstDay, week.LastDay));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e =>
            e.EntityType == nameof(HealthPromotionActivity) && e.EntityId == week.Id.ToString() && e.Action == AuditAction.Create && e.UserName == "Ida Sjöström")));
    }

    [Fact]
    public async Task ShouldRefuseHealthTalksEndingBeforeTheyStartBesideTheLastDayAndKeepTheNote()
    {
        var client = await app.SignedInAsync("sjukskoterska@lidkoping.demo");
        var lidkoping = await KommunAsync("Lidköping");
        var page = await client.GetStringAsync(CompetenceAndHealthPage.Url(lidkoping));

        var response = await client.PostFormAsync(CompetenceAndHealthPage.Url(lidkoping), page, "health-activity", new()
        {
            ["Activity.Kind"] = "HealthTalks",
            ["Activity.FirstDay"] = "2027-09-10",
            ["Activity.LastDay"] = "2027-09-01",
            ["Activity.Note"] = "Behåll denna kommentar",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Sista dagen kan inte ligga före den första.", body);
        Assert.Contains("id=\"err-LastDay\"", body);
        Assert.Contains("Behåll denna kommentar", body);
    }

    [Fact]
    public async Task ShouldRecordTheYearlyJointAssessmentOnceAYearAndRefuseASecondForTheSameYear()
    {
        var client = await app.SignedInAsync(HerrljungaMas);
        var herrljunga = await KommunAsync("Herrljunga");
        var page = await client.GetStringAsync(CompetenceAndHealthPage.Url(herrljunga));
        Dictionary<string, string> Form(string forYear) => new()
        {
            ["Assessment.AssessedOn"] = "2026-01-20",
            ["Assessment.ForYear"] = forYear,
            ["Assessment.Participants"] = "Lena Holm (MAS), Maria Ek (vårdcentralschef)",
            ["Assessment.Needs"] = "Demensvård",
            ["Assessment.Trainings"] = "Demens ABC | Undersköterskor | 2026-04-14",
        };

        var first = await client.PostFormAsync(CompetenceAndHealthPage.Url(herrljunga), page, "competence", Form("2026"));
        var second = await client.PostFormAsync(CompetenceAndHealthPage.Url(herrljunga), page, "competence", Form("2027"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var saved = await app.WithDbAsync(db => db.Set<CompetenceAssessment>().AsNoTracking().SingleAsync(a => a.KommunId == herrljunga && a.ForYear == 2026));
        Assert.Equal("Demens ABC", saved.Trainings.Single().Title);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(CompetenceAssessment) && e.EntityId == saved.Id.ToString() && e.UserName == "Lena Holm")));
        Assert.Contains("Ledningsteamsmöten per enhet", WebUtility.HtmlDecode(page));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Contains("Närområdet har redan en bedömning för 2027.", WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()));
    }
}
