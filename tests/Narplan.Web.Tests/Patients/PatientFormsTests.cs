using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Patients;
using Narplan.Web.Features.Patients;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Rounds;
using NodaTime;

namespace Narplan.Web.Tests.Patients;

public class PatientFormsTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private readonly WebApplicationFactory<Program> _app = factory.At(Instant.FromUtc(2026, 11, 24, 12, 0));

    /// <summary>A valid personnummer for a woman born 1 April 1938 (check digit computed, not anyone we know of).</summary>
    private static string NewNumber(string serial) => $"19380401-{serial}{IdentityNumber.CheckDigit($"380401{serial}")}";

    private async Task<(HttpClient Client, string Url, string Page)> NewPatientFormAsync()
    {
        var unitId = await factory.UnitIdAsync("Margretelund");
        var client = await _app.SignedInAsync(PatientTestSupport.LidkopingNurse);
        var url = NewPatientPage.Url(unitId);
        return (client, url, await client.GetStringAsync(url));
    }

    private Dictionary<string, string> Fields(string number, string name) => new()
    {
        ["Input.UnitId"] = factory.UnitIdAsync("Margretelund").GetAwaiter().GetResult().ToString(),
        ["Input.IdentityNumber"] = number,
        ["Input.Name"] = name,
        ["Input.EnrolledOn"] = "2026-11-20",
        ["Input.PreviousReview"] = "",
    };

    [Fact]
    public async Task AnInvalidPersonnummerShouldBeRefusedInSwedishAndKeepTheRestOfTheForm()
    {
        var (client, url, page) = await NewPatientFormAsync();
        var wrongCheckDigit = NewNumber("242")[..^1] + ((IdentityNumber.CheckDigit("380401242") + 1) % 10);

        var response = await client.PostFormAsync(url, page, "patient-new", Fields(wrongCheckDigit, "Ingrid Formulärsdotter"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(IdentityNumber.Messages.CheckDigit, body);
        Assert.Contains($"value=\"{wrongCheckDigit}\"", body);
        Assert.Contains("value=\"Ingrid Formulärsdotter\"", body);
        Assert.Contains("value=\"2026-11-20\"", body);
        Assert.False(await _app.WithDbAsync(db => db.Patients.AnyAsync(p => p.Name == "Ingrid Formulärsdotter")));
    }

    [Fact]
    public async Task TwentyNinthFebruaryInANonLeapYearShouldBeRefusedOnTheForm()
    {
        var (client, url, page) = await NewPatientFormAsync();

        var response = await client.PostFormAsync(url, page, "patient-new", Fields("19310229-1234", "Skottårs Testsson"));

        Assert.Contains(IdentityNumber.Messages.NotLeapYear(1931), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task APatientWithoutAUnitShouldBeRefusedInSwedish()
    {
        var (client, url, page) = await NewPatientFormAsync();
        var fields = Fields(NewNumber("250"), "Utan Enhetsson");
        fields["Input.UnitId"] = "";

        var response = await client.PostFormAsync(url, page, "patient-new", fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(Patient.Messages.UnitRequired, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AValidPatientShouldBeEnrolledAndRedirectedByIdWithoutTheNumberInTheUrl()
    {
        var (client, url, page) = await NewPatientFormAsync();
        var number = NewNumber("246");

        var response = await client.PostFormAsync(url, page, "patient-new", Fields(number, "Berit Inskrivensson"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = new Uri(new Uri("http://localhost"), response.Headers.Location!).PathAndQuery;
        var patient = await _app.WithDbAsync(db => db.Patients.Include(p => p.ListingOffers).SingleAsync(p => p.Name == "Berit Inskrivensson"));
        Assert.Equal($"/patienter/{patient.Id}?sparat=ny", location);
        Assert.DoesNotContain("380401", location);
        Assert.Equal("193804012460"[..8], patient.StoredIdentityNumber[..8]);
        // Margretelund is a SÄBO and the patient was not listed there: the listing offer is open.
        Assert.Equal(ListingOfferReason.MovedIntoSarskiltBoende, Assert.Single(patient.ListingOffers).Reason);
        Assert.Contains("Patienten är inskriven.", await client.GetStringAsync(location));
    }

    [Fact]
    public async Task ADuplicateIdentityNumberShouldGiveAFriendlyMessage()
    {
        var (client, url, page) = await NewPatientFormAsync();

        var response = await client.PostFormAsync(url, page, "patient-new", Fields("191212121212", "Tolvan Igen"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(Patient.Messages.Duplicate, body);
        Assert.Equal(1, await _app.WithDbAsync(db => db.Patients.CountAsync(p => p.StoredIdentityNumber == "191212121212")));
    }

    [Fact]
    public async Task AStaleEditShouldBeRefusedWithTheSwedishMessageAndKeepTheInput()
    {
        var id = await _app.PatientIdAsync("Märta Fiktivsdotter");
        var client = await _app.SignedInAsync(PatientTestSupport.LidkopingNurse);
        var url = PatientPage.Url(id);
        var opened = await client.GetStringAsync(url);

        var first = await client.PostFormAsync(url, opened, "patient-event", new()
        {
            ["Event.Kind"] = "Deterioration", ["Event.On"] = "2026-11-23", ["Event.Note"] = "Nedsatt aptit",
        });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var second = await client.PostFormAsync(url, opened, "patient-contacts", new() { ["Contacts.RegularCareWorker"] = "Omsorgskontakt Sent" });
        var body = await second.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains(PatientCommands.StaleMessage, body);
        Assert.Contains("value=\"Omsorgskontakt Sent\"", body);
        var patient = await _app.WithDbAsync(db => db.Patients.Include(p => p.Events).SingleAsync(p => p.Id == id));
        Assert.Null(patient.RegularCareWorker);
        Assert.Contains(patient.Events, e => e.Kind == PatientEventKind.Deterioration && e.On == new LocalDate(2026, 11, 23));

        // Saving again from the refreshed form succeeds.
        var retry = await client.PostFormAsync(url, body, "patient-contacts", new() { ["Contacts.RegularCareWorker"] = "Omsorgskontakt Sent" });
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
    }

    [Fact]
    public async Task AKorttidsStayShouldBeRegisteredWithDatesAndShowTheTaskSplit()
    {
        var id = await _app.PatientIdAsync("Tolvan Tolvansson");
        var fregatten = await factory.UnitIdAsync("Korttidsenheten Fregatten");
        var client = await _app.SignedInAsync(PatientTestSupport.LidkopingNurse);
        var url = PatientPage.Url(id);
        var page = await client.GetStringAsync(url);

        var response = await client.PostFormAsync(url, page, "patient-event", new()
        {
            ["Event.Kind"] = "ShortTermStay", ["Event.On"] = "2026-11-24", ["Event.LastDay"] = "2026-12-09", ["Event.UnitId"] = fregatten.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetStringAsync(url);
        Assert.Contains("2026-11-24 – 2026-12-09", after);
        Assert.Contains("Patienten är på korttidsvistelse på <strong>Korttidsenheten Fregatten</strong>", after);
        Assert.Contains("Korttidsvistelse på Korttidsenheten Fregatten till 2026-12-09 – korttidsboendets vårdcentral har behandlingsansvaret", await client.GetStringAsync(UnitPatientsPage.Url(await factory.UnitIdAsync("Bäckliden"))));
        var atFregatten = await client.GetStringAsync(UnitPatientsPage.Url(fregatten));
        Assert.Contains("På korttidsvistelse här", atFregatten);
        Assert.Contains("Tolvan Tolvansson", atFregatten);
        Assert.Contains("2026-11-24 – 2026-12-09", atFregatten);
        Assert.Contains(ShortTermCareSplit.ShortTermDoctor, after);
    }

    [Fact]
    public async Task AMoveToAnotherKommunsUnitShouldBeRefusedInSwedish()
    {
        var id = await _app.PatientIdAsync("Elsa Testsson");
        var hagagarden = await factory.UnitIdAsync("Hagagården");
        var client = await _app.SignedInAsync(PatientTestSupport.LidkopingNurse);
        var url = PatientPage.Url(id);
        var page = await client.GetStringAsync(url);

        var response = await client.PostFormAsync(url, page, "patient-event", new()
        {
            ["Event.Kind"] = "Moved", ["Event.On"] = "2026-11-20", ["Event.UnitId"] = hagagarden.ToString(),
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Enheten tillhör en annan kommun.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnAcceptedListingOfferShouldListThePatient()
    {
        var id = await _app.PatientIdAsync("Sven Demoström");
        var client = await _app.SignedInAsync(PatientTestSupport.LidkopingNurse);
        var url = PatientPage.Url(id);
        var page = await client.GetStringAsync(url);

        var response = await client.PostFormAsync(url, page, "patient-listing", new() { ["Listing.Answer"] = "Accepted", ["Listing.On"] = "2026-11-10" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var patient = await _app.WithDbAsync(db => db.Patients.Include(p => p.ListingOffers).SingleAsync(p => p.Id == id));
        var offer = Assert.Single(patient.ListingOffers);
        Assert.Equal((ListingAnswer.Accepted, new LocalDate(2026, 11, 10)), (offer.Answer, offer.AnsweredOn!.Value));
        Assert.Equal(offer.CareCentreId, patient.ListedCareCentreId);
    }

    [Fact]
    public async Task AnOpenKorttidsStayShouldBeEndedFromThePatientPage()
    {
        var id = await _app.PatientIdAsync("Bo Demosson");
        var korttids = await factory.UnitIdAsync("Korttidsenheten Herrljunga");
        var client = await _app.SignedInAsync("mas@herrljunga.demo");
        var url = PatientPage.Url(id);
        var page = await client.GetStringAsync(url);
        var started = await client.PostFormAsync(url, page, "patient-event", new()
        {
            ["Event.Kind"] = "ShortTermStay", ["Event.On"] = "2026-11-16", ["Event.LastDay"] = "", ["Event.UnitId"] = korttids.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        page = await client.GetStringAsync(url);
        Assert.Contains("2026-11-16 – tills vidare", page);

        var ended = await client.PostFormAsync(url, page, "patient-endstay", new() { ["EndStay.LastDay"] = "2026-11-22" });

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("2026-11-16 – 2026-11-22", await client.GetStringAsync(url));
    }
}
