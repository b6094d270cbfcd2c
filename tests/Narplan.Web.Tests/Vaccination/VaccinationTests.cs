using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Data.Identity;
using Narplan.Domain.Audit;
using Narplan.Domain.Vaccination;
using Narplan.Web.Features.Vaccination;
using Narplan.Web.Tests.Infrastructure;
using NodaTime;

namespace Narplan.Web.Tests.Vaccination;

/// <summary>
/// Issue 19 item 2 over HTTP. Seed 000 "Vaccinationer": the kommun orders doses per unit and sends the
/// vaccinationsunderlag "senast en vecka efter given/givna doser"; the vårdcentral orders vaccine, syringes and needles
/// and registers the doses (→ NVR). Demo: the autumn 2026 campaigns of Herrljunga and Lidköping (15 October –
/// 31 December, orders by 25 September); Karl Exempelsson's covid dose of 2026-11-10 is not documented.
/// </summary>
public sealed class VaccinationTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private const string HerrljungaDoctor = "lakare@herrljunga-vc.demo";
    private const string HerrljungaMas = "mas@herrljunga.demo";
    private const string LidkopingNurse = "sjukskoterska@lidkoping.demo";

    private Task<Guid> PatientIdAsync(string name) => app.WithDbAsync(db => db.Patients.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    private Task<Guid> CampaignIdAsync(string kommun, LocalDate startsOn) => app.WithDbAsync(db =>
        (from c in db.Set<VaccinationCampaign>() join k in db.Kommuner on c.KommunId equals k.Id where k.Name == kommun && c.StartsOn == startsOn select c.Id).SingleAsync());

    private Task<Guid> AutumnAsync(string kommun) => CampaignIdAsync(kommun, new LocalDate(2026, 10, 15));

    private Task<VaccinationDose> DoseAsync(Guid patientId, Vaccine vaccine) =>
        app.WithDbAsync(db => db.Set<VaccinationDose>().AsNoTracking().SingleAsync(d => d.PatientId == patientId && d.Vaccine == vaccine));

    [Fact]
    public async Task ShouldShowTheBoardPerUnitToTheKommunAndItsVardcentralAndNotToAnotherKommun()
    {
        var url = VaccinationBoardPage.Url(await AutumnAsync("Herrljunga"));

        var mas = await (await app.SignedInAsync(HerrljungaMas)).GetAsync(url);
        var doctor = await (await app.SignedInAsync(HerrljungaDoctor)).GetAsync(url);
        var other = await (await app.SignedInAsync(LidkopingNurse)).GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, mas.StatusCode);
        var body = WebUtility.HtmlDecode(await mas.Content.ReadAsStringAsync());
        Assert.Contains("Hagagården", body);
        Assert.Contains("30 förstärkt influensa, 8 vanlig influensa, 25 covid-19", body); // the order's split, 63 doses
        Assert.Contains("<span title=\"30 förstärkt influensa, 8 vanlig influensa, 25 covid-19\">63</span>", body);
        Assert.Contains("väntar på vårdcentralen", body); // Hemsjukvården Herrljunga's order
        Assert.Equal(HttpStatusCode.OK, doctor.StatusCode);
        Assert.Contains("Bekräfta beställningen", await doctor.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain("Hagagården", await other.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ShouldListDocumentationToSendOnTheKommunsTasksAndToRegisterOnTheVardcentrals()
    {
        var mas = WebUtility.HtmlDecode(await (await app.SignedInAsync(HerrljungaMas)).GetStringAsync("/uppgifter"));
        var doctor = WebUtility.HtmlDecode(await (await app.SignedInAsync(HerrljungaDoctor)).GetStringAsync("/uppgifter"));
        var lidkoping = WebUtility.HtmlDecode(await (await app.SignedInAsync(LidkopingNurse)).GetStringAsync("/uppgifter"));

        Assert.Contains("Vaccinationsunderlag att skicka", mas);
        Assert.Contains("Covid-19-vaccin, dos 1, <span class=\"date\">2026-11-10</span>", mas); // Karl Exempelsson, due 2026-11-17
        Assert.Contains("2026-11-17</span><strong> – försenat</strong>", mas);
        Assert.Contains("Vaccinationsunderlag att registrera", doctor);
        Assert.Contains("Skickat 2026-11-09, att registrera", doctor); // Greta Påhittad
        Assert.Contains("Vaccinationsunderlag att skicka", lidkoping);
        Assert.Contains("Covid-19-vaccin, dos 1, <span class=\"date\">2026-11-16</span>", lidkoping); // Märta Fiktivsdotter
        Assert.DoesNotContain("2026-11-10", lidkoping[lidkoping.IndexOf("Vaccinationsunderlag att skicka", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task ShouldLogEveryReadAgainstThePatientAndGiveAnotherKommun404LoggedAsRefused()
    {
        var karl = await PatientIdAsync("Karl Exempelsson");
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.PatientId == karl));

        var own = await (await app.SignedInAsync(HerrljungaMas)).GetAsync(PatientVaccinationPage.Url(karl));
        var other = await (await app.SignedInAsync(LidkopingNurse)).GetAsync(PatientVaccinationPage.Url(karl));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("Covid-19-vaccin, dos 1, 2026-11-10", WebUtility.HtmlDecode(await own.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain("Covid-19-vaccin", WebUtility.HtmlDecode(await other.Content.ReadAsStringAsync()));
        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.PatientId == karl).OrderBy(e => e.Sequence).Skip(before).ToListAsync());
        Assert.Contains(entries, e => e.Action == AuditAction.Read && e.UserName == "Lena Holm" && e.Details == VaccinationService.Purpose);
        Assert.Contains(entries, e => e.Action == AuditAction.ReadDenied && e.UserName == "Ida Sjöström");
    }

    [Theory]
    [InlineData("2099-01-01", "GivenOn", "Dosen kan inte vara given i framtiden.")]
    [InlineData("2026-10-01", "GivenOn", "Dosen måste vara given under kampanjen (2026-10-15 – 2026-12-31).")]
    [InlineData("2026-13-40", "GivenOn", "Ange ett giltigt datum (ÅÅÅÅ-MM-DD).")]
    public async Task ShouldRefuseABadDoseBesideItsFieldAndKeepTheRestOfTheForm(string givenOn, string field, string message)
    {
        var client = await app.SignedInAsync(HerrljungaMas);
        var greta = await PatientIdAsync("Greta Påhittad");
        var page = await client.GetStringAsync(PatientVaccinationPage.Url(greta));

        var response = await client.PostFormAsync(PatientVaccinationPage.Url(greta), page, "vaccination-dose", new()
        {
            ["Input.CampaignId"] = (await AutumnAsync("Herrljunga")).ToString(),
            ["Input.Vaccine"] = "Covid19",
            ["Input.GivenOn"] = givenOn,
            ["Input.DoseNumber"] = "2",
            ["Input.GivenBy"] = "Syster Behållsson",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, body);
        Assert.Contains($"id=\"err-{field}\"", body);
        Assert.Contains("Syster Behållsson", body);
        Assert.False(await app.WithDbAsync(db => db.Set<VaccinationDose>().AnyAsync(d => d.PatientId == greta && d.Vaccine == Vaccine.Covid19)));
    }

    [Fact]
    public async Task ShouldRefuseDocumentationDatedBeforeTheDoseAndAStaleMark()
    {
        var client = await app.SignedInAsync(HerrljungaMas);
        var karl = await PatientIdAsync("Karl Exempelsson");
        var dose = await DoseAsync(karl, Vaccine.Covid19);
        var page = await client.GetStringAsync(PatientVaccinationPage.Url(karl));

        var early = await client.PostFormAsync(PatientVaccinationPage.Url(karl), page, "vaccination-sent", new()
        {
            ["Sent.DoseId"] = dose.Id.ToString(),
            ["Sent.Version"] = dose.Version.ToString(),
            ["Sent.On"] = "2026-11-09",
            ["Sent.By"] = "Hedda Testberg",
        });
        var stale = await client.PostFormAsync(PatientVaccinationPage.Url(karl), page, "vaccination-sent", new()
        {
            ["Sent.DoseId"] = dose.Id.ToString(),
            ["Sent.Version"] = (dose.Version + 7).ToString(),
            ["Sent.On"] = "2026-11-12",
            ["Sent.By"] = "Hedda Testberg",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("Underlaget kan inte vara skickat före dosen (2026-11-10).", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains(VaccinationService.StaleMessage, WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));
        Assert.Null((await DoseAsync(karl, Vaccine.Covid19)).DocumentationSentOn);
    }

    [Fact]
    public async Task ShouldLetTheKommunMarkSentAndTheVardcentralRegisterEachAuditedAgainstThePatient()
    {
        var bo = await PatientIdAsync("Bo Demosson");
        var mas = await app.SignedInAsync(HerrljungaMas);
        var dose = await DoseAsync(bo, Vaccine.StandardInfluenza);
        Assert.DoesNotContain("vaccination-registered", await mas.GetStringAsync(PatientVaccinationPage.Url(bo)));

        var sent = await mas.PostFormAsync(PatientVaccinationPage.Url(bo), await mas.GetStringAsync(PatientVaccinationPage.Url(bo)), "vaccination-sent", new()
        {
            ["Sent.DoseId"] = dose.Id.ToString(),
            ["Sent.Version"] = dose.Version.ToString(),
            ["Sent.On"] = "2026-11-26",
            ["Sent.By"] = "Lena Holm",
        });
        var doctor = await app.SignedInAsync(HerrljungaDoctor);
        var afterSent = await DoseAsync(bo, Vaccine.StandardInfluenza);
        var registered = await doctor.PostFormAsync(PatientVaccinationPage.Url(bo), await doctor.GetStringAsync(PatientVaccinationPage.Url(bo)), "vaccination-registered", new()
        {
            ["Registered.DoseId"] = dose.Id.ToString(),
            ["Registered.Version"] = afterSent.Version.ToString(),
            ["Registered.On"] = "2026-11-30",
            ["Registered.By"] = "Karin Åberg",
        });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var done = await DoseAsync(bo, Vaccine.StandardInfluenza);
        Assert.Equal(new LocalDate(2026, 11, 26), done.DocumentationSentOn);
        Assert.True(done.WasDocumentedOnTime); // given 2026-11-20, due 2026-11-27
        Assert.Equal(new LocalDate(2026, 11, 30), done.RegisteredOn);
        var updates = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.PatientId == bo && e.EntityType == nameof(VaccinationDose) && e.Action == AuditAction.Update).ToListAsync());
        Assert.Contains(updates, e => e.UserName == "Lena Holm");
        Assert.Contains(updates, e => e.UserName == "Karin Åberg");
    }

    [Fact]
    public async Task ShouldRefuseAnOrderAfterTheDeadline()
    {
        // The autumn 2026 campaign's orders closed on 2026-09-25: the board shows no order form, and the service refuses.
        var mas = await app.SignedInAsync(HerrljungaMas);
        var campaign = await AutumnAsync("Herrljunga");
        Assert.DoesNotContain("vaccination-order", await mas.GetStringAsync(VaccinationBoardPage.Url(campaign)));
        var unit = await app.UnitIdAsync("Gruppbostad Ljunghaga");

        var result = await app.AsUserAsync<VaccinationService, VaccinationResult>(HerrljungaMas, (service, principal) => service.OrderAsync(principal, campaign, unit, null, 4, 0, 0, "Lena Holm"));

        Assert.False(result.Succeeded);
        Assert.Equal("Sista dag att beställa doser till kampanjen var 2026-09-25. Kontakta vårdcentralen direkt.", result.Error);
        Assert.False(await app.WithDbAsync(db => db.Set<VaccineOrder>().AnyAsync(o => o.CareUnitId == unit)));
    }

    [Fact]
    public async Task ShouldPlanACampaignTakeAnOrderRefuseNegativeDosesAndLetTheVardcentralConfirm()
    {
        var mas = await app.SignedInAsync(HerrljungaMas);
        var planned = await mas.PostFormAsync(VaccinationCampaignsPage.Url, await mas.GetStringAsync(VaccinationCampaignsPage.Url), "vaccination-plan", new()
        {
            ["Input.KommunId"] = (await app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Herrljunga").Select(k => k.Id).SingleAsync())).ToString(),
            ["Input.Season"] = "Spring",
            ["Input.Covid"] = "true",
            ["Input.StartsOn"] = "2099-03-01",
            ["Input.EndsOn"] = "2099-05-31",
            ["Input.OrderDeadline"] = "2099-02-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        var url = VaccinationBoardPage.Url(await CampaignIdAsync("Herrljunga", new LocalDate(2099, 3, 1)));
        var eken = (await app.UnitIdAsync("Eken")).ToString();

        var negative = await mas.PostFormAsync(url, await mas.GetStringAsync(url), "vaccination-order", new()
        {
            ["Order.CareUnitId"] = eken,
            ["Order.CovidDoses"] = "-3",
            ["Order.OrderedBy"] = "Beställare Behållsson",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, negative.StatusCode);
        var refused = WebUtility.HtmlDecode(await negative.Content.ReadAsStringAsync());
        Assert.Contains("Antalet doser kan inte vara negativt.", refused);
        Assert.Contains("id=\"err-CovidDoses\"", refused);
        Assert.Contains("Beställare Behållsson", refused);

        var ordered = await mas.PostFormAsync(url, await mas.GetStringAsync(url), "vaccination-order", new()
        {
            ["Order.CareUnitId"] = eken,
            ["Order.CovidDoses"] = "18",
            ["Order.OrderedBy"] = "Lena Holm",
        });
        Assert.Equal(HttpStatusCode.Redirect, ordered.StatusCode);

        var order = await app.WithDbAsync(db => db.Set<VaccineOrder>().AsNoTracking().SingleAsync(o => o.CareUnitId == Guid.Parse(eken) && o.CovidDoses == 18));
        // A change from a page opened before someone else's change: the option carries the order's version.
        var stale = await mas.PostFormAsync(url, await mas.GetStringAsync(url), "vaccination-order", new()
        {
            ["Order.CareUnitId"] = $"{eken}:{order.Version + 3}",
            ["Order.CovidDoses"] = "20",
            ["Order.OrderedBy"] = "Lena Holm",
        });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(18, (await app.WithDbAsync(db => db.Set<VaccineOrder>().AsNoTracking().SingleAsync(o => o.Id == order.Id))).CovidDoses);

        var doctor = await app.SignedInAsync(HerrljungaDoctor);
        var confirmed = await doctor.PostFormAsync(url, await doctor.GetStringAsync(url), "vaccination-confirm", new()
        {
            ["Confirm.OrderId"] = order.Id.ToString(),
            ["Confirm.Version"] = order.Version.ToString(),
            ["Confirm.VaccineOrdered"] = "true",
            ["Confirm.SuppliesOrdered"] = "true",
            ["Confirm.ConfirmedBy"] = "Karin Åberg",
        });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.True((await app.WithDbAsync(db => db.Set<VaccineOrder>().AsNoTracking().SingleAsync(o => o.Id == order.Id))).IsConfirmed);
    }

    [Fact]
    public async Task ShouldAnswerTheApiWithCountsAndIdsOnlyAndProblemDetailsForAnotherKommun()
    {
        var doctor = await app.SignedInAsync(HerrljungaDoctor);
        var nurse = await app.SignedInAsync(LidkopingNurse);
        var herrljunga = await AutumnAsync("Herrljunga");

        var board = await doctor.GetStringAsync($"/api/v1/vaccination-campaigns/{herrljunga}/board");
        var due = await doctor.GetStringAsync("/api/v1/vaccination-doses/documentation-due");
        var refused = await nurse.GetAsync($"/api/v1/vaccination-campaigns/{herrljunga}/board");
        var anonymous = await app.CreateClient().GetAsync("/api/v1/vaccination-doses/documentation-due");

        Assert.Contains("\"unit\":\"Hagagården\"", board);
        Assert.Contains("\"covidOrdered\":25", board);
        Assert.Contains("\"documentationDueOn\":\"2026-11-17\"", due);
        Assert.DoesNotContain("Exempelsson", due);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task ShouldCountDosesDocumentationOnTimeAndRegistrationsForTheFollowUp()
    {
        // Lidköping's demo doses: Tolvan 10-22 (sent 10-28, on time; registered 11-02), Astrid 11-12 (due 11-19, sent
        // 11-23: late), Märta 11-16 (due 11-23, not sent), Elsa 11-18 (due 11-25, sent 11-20; registered 11-24).
        var kommun = await app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync());

        var autumn = await app.WithDbAsync(db => new VaccinationFigures(db).ForKommunAsync(kommun, new DateInterval(new(2026, 10, 1), new(2026, 11, 30))));
        var lateNovember = await app.WithDbAsync(db => new VaccinationFigures(db).ForKommunAsync(kommun, new DateInterval(new(2026, 11, 20), new(2026, 11, 30))));

        Assert.Equal(4, autumn.DosesGiven);
        Assert.Equal("2 av 4", autumn.OnTimeText);
        Assert.Equal(2, autumn.Registered);
        Assert.Equal(2, autumn.GivenByVaccine[Vaccine.EnhancedInfluenza]);
        Assert.Equal(0, lateNovember.DosesGiven);
        Assert.Equal("1 av 2", lateNovember.OnTimeText); // Märta's and Elsa's documentation fell due in the period
    }

    [Fact]
    public async Task ShouldAnswerTheFiguresApiAndRefuseABadDateWithProblemDetails()
    {
        var nurse = await app.SignedInAsync(LidkopingNurse);
        var kommun = await app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync());

        var json = await nurse.GetStringAsync($"/api/v1/kommuner/{kommun}/vaccination-figures?from=2026-10-01&to=2026-11-30");
        var bad = await nurse.GetAsync($"/api/v1/kommuner/{kommun}/vaccination-figures?from=igår");

        Assert.Contains("\"dosesGiven\":4", json);
        Assert.Contains("\"documentationOnTime\":2", json);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }
}
