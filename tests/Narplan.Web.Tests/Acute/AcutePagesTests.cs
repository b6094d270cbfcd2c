using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Acute;
using Narplan.Domain.Audit;
using Narplan.Web.Features.Acute;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Rounds;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Narplan.Web.Tests.Acute;

public class AcutePagesTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private const string Nurse = "sjukskoterska@lidkoping.demo";

    // Thursday 10 December 2026 at 21:00 Swedish time: the beredskapsjour answers for Lidköping, with promises.
    private static readonly Instant Evening = Instant.FromUtc(2026, 12, 10, 20, 0);

    private readonly WebApplicationFactory<Program> _app = factory.At(Evening);

    internal static Dictionary<string, string> Vitals(string action, string pulse = "118", string temperature = "38,4") => new()
    {
        ["Input.Action"] = action,
        ["Input.Reason"] = "Ökad andfåddhet sedan i morse",
        ["Input.RespirationRate"] = "24",
        ["Input.SpO2"] = "93",
        ["Input.Scale"] = "1",
        ["Input.AirOrOxygen"] = "Air",
        ["Input.SystolicBloodPressure"] = "105",
        ["Input.Pulse"] = pulse,
        ["Input.Consciousness"] = "Alert",
        ["Input.Temperature"] = temperature,
        ["Input.DecisionSupport"] = "Red",
        ["Input.PatientWishes"] = "vill inte till sjukhus",
    };

    [Fact]
    public async Task BerakanaShouldShowNews2TheSbarAndTheOnCallNumberWithATelLink()
    {
        var id = await _app.PatientIdAsync("Astrid Påhittad");
        var client = await _app.SignedInAsync(Nurse);
        var url = AcuteContactPage.Url(id);
        var page = await client.GetStringAsync(url);

        var response = await client.PostFormAsync(url, page, "acute", Vitals("calc"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // 24/min = 2, 93 % = 2, air 0, 105 mmHg = 1, 118 = 2, alert 0, 38,4 = 1: total 8, high.
        Assert.Contains("NEWS2 8 poäng", html);
        Assert.Contains(News2.BandName(News2Band.High), html);
        Assert.Contains("S – Situation", html);
        Assert.Contains("Patientens önskemål: vill inte till sjukhus.", html);
        Assert.Contains("Bedömning enligt BViS: röd.", html);
        Assert.Contains("href=\"tel:", html);
        Assert.Contains("data-copy-from=\"sbar\"", html); // "Kopiera SBAR", handled by narplan.js (decision 0031)
        Assert.Contains("Ring ", html);
    }

    [Fact]
    public async Task ABadVitalSignShouldGiveTheSwedishMessageNextToTheFieldAndKeepTheRest()
    {
        var id = await _app.PatientIdAsync("Astrid Påhittad");
        var client = await _app.SignedInAsync(Nurse);
        var url = AcuteContactPage.Url(id);
        var page = await client.GetStringAsync(url);

        var response = await client.PostFormAsync(url, page, "acute", Vitals("save", pulse: "900", temperature: "98,6"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("id=\"err-Pulse\"", html);
        Assert.Contains("En puls på 900 slag per minut är inte möjlig.", html);
        Assert.Contains("ser ut att vara grader Fahrenheit (motsvarar 37,0 °C)", html);
        Assert.Contains("value=\"24\"", html);
        Assert.Contains("Ökad andfåddhet sedan i morse", html);
        Assert.Equal(0, await _app.WithDbAsync(db => db.AcuteContacts.CountAsync(c => c.PatientId == id)));
    }

    [Fact]
    public async Task SavingShouldRecordTheContactAndTheFollowUpPageShouldTakeTimesAndAnUnplannedVisit()
    {
        var id = await _app.PatientIdAsync("Märta Fiktivsdotter");
        var client = await _app.SignedInAsync(Nurse);
        var url = AcuteContactPage.Url(id);
        var page = await client.GetStringAsync(url);

        var saved = await client.PostFormAsync(url, page, "acute", Vitals("save"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var contact = await _app.WithDbAsync(db => db.AcuteContacts.SingleAsync(c => c.PatientId == id));
        Assert.Equal(Evening, contact.CalledAt);
        Assert.Equal(8, contact.News2Total);
        Assert.Equal(30, contact.TelephonePromiseMinutes);
        Assert.Equal(DecisionSupportTool.BViS, contact.DecisionSupportTool);

        // An hour later the nurse records what happened.
        ((FakeClock)_app.Services.GetRequiredService<IClock>()).AdvanceHours(1);
        var followUrl = AcuteFollowUpPage.Url(contact.Id);
        var follow = await client.GetStringAsync(followUrl);
        // The doctor answered after 40 minutes (over 30), a visit next day is booked: Friday 11 December is the next working day.
        var late = await client.PostFormAsync(followUrl, follow, "followup", new()
        {
            ["Input.Answered"] = "2026-12-10T21:40",
            ["Input.Outcome"] = nameof(AcuteContactOutcome.UnplannedHomeVisit),
            ["Input.VisitOn"] = "2026-12-14",
        });
        var lateHtml = WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Contains("senast nästa vardag, 11 december 2026", lateHtml);

        var ok = await client.PostFormAsync(followUrl, follow, "followup", new()
        {
            ["Input.Answered"] = "2026-12-10T21:40",
            ["Input.Outcome"] = nameof(AcuteContactOutcome.UnplannedHomeVisit),
            ["Input.VisitOn"] = "2026-12-11",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var after = WebUtility.HtmlDecode(await client.GetStringAsync(followUrl));
        Assert.Contains("över löftet (40 min)", after);

        var stored = await _app.WithDbAsync(db => db.AcuteContacts.SingleAsync(c => c.Id == contact.Id));
        Assert.Equal(new LocalDate(2026, 12, 11), stored.UnplannedVisitOn);
        var audited = await _app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.PatientId == id && e.Action == AuditAction.Read));
        Assert.True(audited >= 3);
    }

    [Fact]
    public async Task AFutureAnswerTimeShouldBeRefusedInSwedish()
    {
        var id = await _app.PatientIdAsync("Tolvan Tolvansson");
        var client = await _app.SignedInAsync(Nurse);
        var page = await client.GetStringAsync(AcuteContactPage.Url(id));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(AcuteContactPage.Url(id), page, "acute", Vitals("save"))).StatusCode);
        var contactId = await _app.WithDbAsync(db => db.AcuteContacts.Where(c => c.PatientId == id).Select(c => c.Id).SingleAsync());

        var followUrl = AcuteFollowUpPage.Url(contactId);
        var response = await client.PostFormAsync(followUrl, await client.GetStringAsync(followUrl), "followup", new() { ["Input.Answered"] = "2026-12-11T08:00" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("kan inte ligga i framtiden", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task AnotherKommunsNurseShouldNotSeeThePatient()
    {
        var id = await _app.PatientIdAsync("Karl Exempelsson");
        var client = await _app.SignedInAsync(Nurse);

        var response = await client.GetAsync(AcuteContactPage.Url(id));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Karl Exempelsson", await response.Content.ReadAsStringAsync());
    }

    private async Task<Guid> SaveContactAsync(HttpClient client, string patient, string decisionSupport)
    {
        var id = await _app.PatientIdAsync(patient);
        var url = AcuteContactPage.Url(id);
        var fields = Vitals("save");
        fields["Input.DecisionSupport"] = decisionSupport;
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, await client.GetStringAsync(url), "acute", fields)).StatusCode);
        var contacts = await _app.WithDbAsync(db => db.AcuteContacts.Where(c => c.PatientId == id).ToListAsync());
        return contacts.Single(c => c.CalledAt == Evening).Id;
    }

    private static async Task AnswerAsync(HttpClient client, Guid contactId, string answered)
    {
        var url = AcuteFollowUpPage.Url(contactId);
        var response = await client.PostFormAsync(url, await client.GetStringAsync(url), "followup", new() { ["Input.Answered"] = answered, ["Input.Outcome"] = "Advice" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task TheFiguresShouldShowResponseTimesAgainstThePromisesWithTheContactsOverItAndTheDecisionSupportShare()
    {
        var client = await _app.SignedInAsync(Nurse);
        var late = await SaveContactAsync(client, "Sven Demoström", "Red");
        var quick = await SaveContactAsync(client, "Elsa Testsson", "");
        ((FakeClock)_app.Services.GetRequiredService<IClock>()).AdvanceHours(1);
        await AnswerAsync(client, late, "2026-12-10T21:45");
        await AnswerAsync(client, quick, "2026-12-10T21:20");
        var kommunId = await _app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync());

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(AcuteFiguresPage.Url(kommunId) + "?fran=2026-12-01&till=2026-12-31"));

        Assert.Contains("Telefonkontakt inom 30 min", page);
        Assert.Contains("<svg class=\"chart\"", page);
        Assert.Contains($"href=\"/akut/{late}\"", page);
        Assert.DoesNotContain($"href=\"/akut/{quick}\"", page);
        Assert.Contains("45 min", page);
        Assert.Contains("mål minst 98 %", page);

        var api = await client.GetStringAsync($"/api/v1/kommuner/{kommunId}/acute-figures?from=2026-12-01&to=2026-12-31");
        using var json = System.Text.Json.JsonDocument.Parse(api);
        var telephone = json.RootElement.GetProperty("telephone");
        Assert.True(telephone.GetProperty("over").GetInt32() >= 1);
        Assert.True(telephone.GetProperty("within").GetInt32() >= 1);
        Assert.Contains(late.ToString(), api);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.CreateClient().GetAsync($"/api/v1/kommuner/{kommunId}/acute-figures")).StatusCode);
    }

    [Fact]
    public async Task DuringAKorttidsStayTheContactShouldBeRoutedToTheKorttidsboendesUnit()
    {
        // Wednesday 21 October 2026 at 10:00: Elsa Testsson is at Korttidsenheten Fregatten (19–30 October).
        var app = factory.At(Instant.FromUtc(2026, 10, 21, 8, 0));
        var id = await app.WithDbAsync(db => db.Patients.Where(p => p.Name == "Elsa Testsson").Select(p => p.Id).SingleAsync());
        var client = await app.SignedInAsync(Nurse);
        var url = AcuteContactPage.Url(id);

        var saved = await client.PostFormAsync(url, await client.GetStringAsync(url), "acute", Vitals("save"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var fregatten = await factory.UnitIdAsync("Korttidsenheten Fregatten");
        // The class shares one database: pick this test's contact by its time.
        var contacts = await app.WithDbAsync(db => db.AcuteContacts.Where(c => c.PatientId == id).ToListAsync());
        Assert.Equal(fregatten, contacts.Single(c => c.CalledAt == Instant.FromUtc(2026, 10, 21, 8, 0)).CareUnitId);
    }
}
