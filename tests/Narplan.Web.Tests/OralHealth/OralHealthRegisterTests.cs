using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Audit;
using Narplan.Domain.OralHealth;
using Narplan.Web.Features.OralHealth;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.PlaceReports;
using NodaTime;

namespace Narplan.Web.Tests.OralHealth;

/// <summary>
/// Issue 19 item 3 over HTTP. Seed 000, "Munhälsa – uppsökande och nödvändig tandvård": "Utse tillräckligt många
/// intygsutfärdare …", "Intygsutfärdare regelbundet genomgår utbildning", "Personer med intyg om nödvändig tandvård
/// årligen erbjuds munhälsobedömning". The demo data: Karl Exempelsson (Hagagården) overdue since 2026-11-10, Greta
/// Påhittad (Hagagården) due 2026-12-15, Per Ström at Eken trained 2023 (flagged); the clock is stopped on 2 December 2026.
/// </summary>
public sealed class OralHealthRegisterTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private const string HerrljungaMas = "mas@herrljunga.demo";
    private const string LidkopingUnitManager = "enhetschef@lidkoping.demo";
    private const string HerrljungaDoctor = "lakare@herrljunga-vc.demo";
    private static readonly Instant December2 = Instant.FromUtc(2026, 12, 2, 9, 0);

    private Task<Guid> PatientIdAsync(string name) => factory.WithDbAsync(db => db.Patients.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    [Fact]
    public async Task ShouldShowTheKommunsDueListPerUnitAndFlagOldTrainingAndLogEachPatientRead()
    {
        var app = factory.At(December2);
        var herrljunga = await app.KommunIdAsync("Herrljunga");
        var karl = await PatientIdAsync("Karl Exempelsson");
        var client = await app.SignedInAsync(HerrljungaMas);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(OralHealthKommunPage.Url(herrljunga)));

        Assert.Contains("<caption>Hagagården</caption>", page);
        Assert.Contains("Karl Exempelsson", page);
        var text = System.Text.RegularExpressions.Regex.Replace(page, "<[^>]+>", "");
        Assert.Contains("2026-11-10 – försenad", text);
        Assert.Contains("Per Ström", page);
        Assert.Contains("2023-05-02 – utbildning behövs", text);
        Assert.DoesNotContain("Märta Fiktivsdotter", page); // Lidköping's patient
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e =>
            e.PatientId == karl && e.Action == AuditAction.Read && e.Details == "munhälsobedömning att göra" && e.UserName == "Lena Holm")));
    }

    [Fact]
    public async Task ShouldAnswer404ToAnotherKommunsUserAndLogTheRefusedReads()
    {
        var app = factory.At(December2);
        var herrljunga = await app.KommunIdAsync("Herrljunga");
        var karl = await PatientIdAsync("Karl Exempelsson");
        var client = await app.SignedInAsync(LidkopingUnitManager);

        var register = await client.GetAsync(OralHealthKommunPage.Url(herrljunga));
        var patient = await client.GetAsync(OralHealthPage.Url(karl));

        Assert.Equal(HttpStatusCode.NotFound, register.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, patient.StatusCode);
        Assert.DoesNotContain("Karl Exempelsson", await patient.Content.ReadAsStringAsync());
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e =>
            e.EntityType == "Kommun" && e.EntityId == herrljunga.ToString() && e.Action == AuditAction.ReadDenied && e.UserName == "Tove Markström")));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e =>
            e.PatientId == karl && e.Action == AuditAction.ReadDenied && e.UserName == "Tove Markström")));
    }

    [Fact]
    public async Task ShouldRefuseAnIntygsutfardareForAUnitOfAnotherKommunBesideTheFieldAndKeepTheName()
    {
        var app = factory.At(December2);
        var herrljunga = await app.KommunIdAsync("Herrljunga");
        var lugnet = await factory.UnitIdAsync("Lugnet");
        var client = await app.SignedInAsync(HerrljungaMas);
        var url = OralHealthKommunPage.Url(herrljunga);
        var page = await client.GetStringAsync(url);

        var response = await client.PostFormAsync(url, page, "oral-appoint", new()
        {
            ["Appoint.CareUnitId"] = lugnet.ToString(),
            ["Appoint.Name"] = "Utanför Kommunsson",
            ["Appoint.TrainedOn"] = "2026-09-01",
        });

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Lugnet hör inte till kommunen", html);
        Assert.Contains("value=\"Utanför Kommunsson\"", html);
        Assert.False(await app.WithDbAsync(db => db.Set<OralHealthCertifier>().AnyAsync(c => c.Name == "Utanför Kommunsson")));
    }

    [Fact]
    public async Task ShouldRecordABedomningMovingTheDueDateAYearOnWithAuditRowsAgainstThePatient()
    {
        var app = factory.At(December2);
        var greta = await PatientIdAsync("Greta Påhittad");
        var client = await app.SignedInAsync(HerrljungaMas);
        var url = OralHealthPage.Url(greta);
        var page = await client.GetStringAsync(url);

        var response = await client.PostFormAsync(url, page, "oral-assessment", new() { ["Assessment.On"] = "2026-12-01" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var record = await app.WithDbAsync(db => db.Set<OralHealthRecord>().AsNoTracking().SingleAsync(r => r.PatientId == greta));
        Assert.Equal(new LocalDate(2027, 12, 1), record.AssessmentDueOn);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e =>
            e.EntityType == nameof(OralHealthRecord) && e.PatientId == greta && e.Action == AuditAction.Update && e.UserName == "Lena Holm")));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e =>
            e.EntityType == nameof(OralHealthAssessment) && e.PatientId == greta && e.Action == AuditAction.Create)));
        var future = await client.PostFormAsync(url, await client.GetStringAsync(url), "oral-assessment", new() { ["Assessment.On"] = "2026-12-24" });
        Assert.Equal((HttpStatusCode)422, future.StatusCode);
        Assert.Contains("framtiden", WebUtility.HtmlDecode(await future.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ShouldListTheKommunsOverdueBedomningOnTheMasTasksButNotOnTheDoctors()
    {
        var app = factory.At(December2);

        var mas = WebUtility.HtmlDecode(await (await app.SignedInAsync(HerrljungaMas)).GetStringAsync("/uppgifter"));
        var doctor = WebUtility.HtmlDecode(await (await app.SignedInAsync(HerrljungaDoctor)).GetStringAsync("/uppgifter"));

        Assert.Contains("Munhälsobedömningar att erbjuda", mas);
        Assert.Contains("Karl Exempelsson", mas);
        Assert.DoesNotContain("Munhälsobedömningar att erbjuda", doctor);
    }

    [Fact]
    public async Task ShouldAnswerTheDueListAndFiguresApisWithProblemDetailsForBadInput()
    {
        var app = factory.At(December2);
        var herrljunga = await app.KommunIdAsync("Herrljunga");
        var karl = await PatientIdAsync("Karl Exempelsson");
        var mas = await app.SignedInAsync(HerrljungaMas);
        var lidkoping = await app.SignedInAsync(LidkopingUnitManager);

        using var due = JsonDocument.Parse(await mas.GetStringAsync("/api/v1/oral-health/due"));
        var anonymous = await app.CreateClient().GetAsync("/api/v1/oral-health/due");
        using var figures = JsonDocument.Parse(await mas.GetStringAsync($"/api/v1/kommuner/{herrljunga}/oral-health-figures?from=2025-01-01&to=2025-12-31"));
        var backwards = await mas.GetAsync($"/api/v1/kommuner/{herrljunga}/oral-health-figures?from=2026-12-31&to=2026-01-01");
        var year9999 = await mas.GetAsync($"/api/v1/kommuner/{herrljunga}/oral-health-figures?to=9999-01-01");
        var otherKommun = await lidkoping.GetAsync($"/api/v1/kommuner/{herrljunga}/oral-health-figures");

        var row = due.RootElement.EnumerateArray().Single(r => r.GetProperty("patientId").GetGuid() == karl);
        Assert.Equal("2026-11-10", row.GetProperty("assessmentDueOn").GetString());
        Assert.True(row.GetProperty("overdue").GetBoolean());
        Assert.DoesNotContain("Exempelsson", due.RootElement.GetRawText());
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(1, figures.RootElement.GetProperty("done").GetInt32()); // Karl, 2025-11-10 (due 2025-10-01: late)
        Assert.Equal(0, figures.RootElement.GetProperty("doneOnTime").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal("application/problem+json", backwards.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, year9999.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherKommun.StatusCode);
    }
}
