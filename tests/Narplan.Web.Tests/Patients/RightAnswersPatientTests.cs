using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Data;
using Narplan.Domain.Palliative;
using Narplan.Domain.Patients;
using Narplan.Web.Features.Acute;
using Narplan.Web.Features.Organisations;
using Narplan.Web.Features.Patients;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Rounds;
using NodaTime;

namespace Narplan.Web.Tests.Patients;

/// <summary>Issue 14 items 2, 4 and 9 as a nurse in Lidköping sees them on Tuesday 24 November 2026 at 13:00.</summary>
public class RightAnswersPatientTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private readonly WebApplicationFactory<Program> _app = factory.At(Instant.FromUtc(2026, 11, 24, 12, 0));

    private const string VaxelvardRule = "den fasta läkarkontakten på ordinarie vårdcentral har patientansvaret";

    private async Task<(HttpClient Client, Guid PatientId)> ElsaOnVaxelvardAtGaleasenAsync()
    {
        var id = await _app.PatientIdAsync("Elsa Testsson");
        var galeasen = await factory.UnitIdAsync("Galeasen");
        var client = await _app.SignedInAsync(PatientTestSupport.LidkopingNurse);
        var url = PatientPage.Url(id);
        var patient = await _app.WithDbAsync(db => db.Patients.Include(p => p.Events).SingleAsync(p => p.Id == id));
        if (!patient.Events.Any(e => e.ToUnitId == galeasen))
        {
            var response = await client.PostFormAsync(url, await client.GetStringAsync(url), "patient-event", new()
            {
                ["Event.Kind"] = "ShortTermStay", ["Event.On"] = "2026-11-23", ["Event.LastDay"] = "2026-12-04", ["Event.UnitId"] = galeasen.ToString(),
            });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        return (client, id);
    }

    // Seed 002: "För de patienter som har ett beslut om växelvård på Galeasen och Glunten har den fasta läkarkontakten
    // på ordinarie vårdcentral patientansvaret." Elsa Testsson is at Galeasen 23 November – 4 December 2026.
    [Fact]
    public async Task ShouldNotSayTheKorttidsVardcentralHasResponsibilityForAVaxelvardPatientOnGaleasensPatientList()
    {
        var (client, _) = await ElsaOnVaxelvardAtGaleasenAsync();

        var list = WebUtility.HtmlDecode(await client.GetStringAsync(UnitPatientsPage.Url(await factory.UnitIdAsync("Galeasen"))));

        Assert.Contains("Elsa Testsson", list);
        Assert.Contains($"Växelvård: {VaxelvardRule}", list);
        Assert.Contains("Undantag – växelvård", list);
        Assert.DoesNotContain("Korttidsboendets vårdcentral har behandlingsansvaret under vistelsen", list);
        Assert.DoesNotContain("(korttidsvistelse)</td>", list);
    }

    // Seed 002 (as above): the patient's own unit list, the patient page and the acute answer say the same.
    [Fact]
    public async Task ShouldShowTheVaxelvardExceptionOnTheOwnUnitListThePatientPageAndTheAcuteAnswer()
    {
        var (client, id) = await ElsaOnVaxelvardAtGaleasenAsync();

        var own = WebUtility.HtmlDecode(await client.GetStringAsync(UnitPatientsPage.Url(await factory.UnitIdAsync("Hemvårdsområde Norr"))));
        Assert.Contains($"Växelvård på Galeasen till 2026-12-04 – {VaxelvardRule}", own);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(PatientPage.Url(id)));
        Assert.Contains($"Patienten är på växelvård på <strong>Galeasen</strong>: {VaxelvardRule}", page);
        Assert.Contains("Växelvård på Galeasen:", page);

        var acuteUrl = AcuteContactPage.Url(id);
        var acute = await client.PostFormAsync(acuteUrl, await client.GetStringAsync(acuteUrl), "acute", new()
        {
            ["Input.Action"] = "calc", ["Input.Reason"] = "Har ramlat", ["Input.Pulse"] = "88",
        });
        var answer = WebUtility.HtmlDecode(await acute.Content.ReadAsStringAsync());
        Assert.Contains($"Patienten är på växelvård på Galeasen: {VaxelvardRule}. Svaret gäller patientens egen enhet, Hemvårdsområde Norr.", answer);
    }

    // Seed 000: "På korttidsboende/korttidsenhet har den/de vårdcentraler behandlingsansvar för alla patienter under
    // deras vistelsetid på boendet", and seed 002's växelvård exception where it applies (Galeasen, not Fregatten).
    [Fact]
    public async Task TheUnitPageShouldShowTheKorttidsRuleAndTheVaxelvardExceptionWhereItApplies()
    {
        var galeasen = WebUtility.HtmlDecode(await _app.CreateClient().GetStringAsync(UnitPage.Url(await factory.UnitIdAsync("Galeasen"))));
        var fregatten = WebUtility.HtmlDecode(await _app.CreateClient().GetStringAsync(UnitPage.Url(await factory.UnitIdAsync("Korttidsenheten Fregatten"))));

        Assert.Contains("Under vistelsen har Närhälsan Lidköping vårdcentral behandlingsansvar för patienterna", galeasen);
        Assert.Contains("Undantag – växelvård: för patienter med beslut om växelvård på Galeasen har den fasta läkarkontakten på ordinarie vårdcentral patientansvaret", galeasen);
        Assert.Contains("Under vistelsen har Närhälsan Lidköping vårdcentral behandlingsansvar för patienterna", fregatten);
        Assert.DoesNotContain("Undantag – växelvård", fregatten);
    }

    // Seed 000: "När en person flyttar in på ett särskilt boende så ska den personen … erbjudas att lista sig på den
    // vårdcentral som har läkaransvar på boendet." Märta Fiktivsdotter, listed at Närhälsan Lidköping, moves from
    // Margretelund (Närhälsan Lidköping) to Lugnet (Närhälsan Guldvingen) on 20 November 2026.
    [Fact]
    public async Task AMoveFromOneSaboToAnotherWithAnotherVardcentralShouldOfferListingThere()
    {
        var id = await _app.PatientIdAsync("Märta Fiktivsdotter");
        var lugnet = await factory.UnitIdAsync("Lugnet");
        var client = await _app.SignedInAsync(PatientTestSupport.LidkopingNurse);
        var url = PatientPage.Url(id);

        var response = await client.PostFormAsync(url, await client.GetStringAsync(url), "patient-event", new()
        {
            ["Event.Kind"] = "Moved", ["Event.On"] = "2026-11-20", ["Event.UnitId"] = lugnet.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var patient = await _app.WithDbAsync(db => db.Patients.Include(p => p.ListingOffers).SingleAsync(p => p.Id == id));
        var guldvingen = await _app.WithDbAsync(db => db.RegionalUnits.Where(r => r.Name == "Närhälsan Guldvingen vårdcentral").Select(r => r.Id).SingleAsync());
        var offer = Assert.Single(patient.ListingOffers, o => o.Answer == ListingAnswer.Pending);
        Assert.Equal((guldvingen, ListingOfferReason.MovedIntoSarskiltBoende, new LocalDate(2026, 11, 20)), (offer.CareCentreId, offer.Reason, offer.OfferedOn));
        Assert.Contains("Närhälsan Guldvingen vårdcentral", await client.GetStringAsync(url));
    }

    // Issue 14 item 9 and DOMAIN.md §7 ("an SBAR report (Situation, Bakgrund, Aktuellt tillstånd, Rekommendation)"):
    // the form starts B from what Närplan knows (an end-of-life decision on 10 November 2026), keeps the nurse's text on
    // a refused form, reads it in the order S, B, A, R, and stores it with the contact.
    [Fact]
    public async Task TheAcuteFormShouldPrefillBakgrundKeepItOnErrorsSayItAfterSituationAndStoreIt()
    {
        var id = await _app.PatientIdAsync("Astrid Påhittad");
        await _app.WithDbAsync(async db =>
        {
            var course = await db.PalliativeCourses.SingleOrDefaultAsync(c => c.PatientId == id) ?? db.PalliativeCourses.Add(new PalliativeCourse(id)).Entity;
            course.RecordDecision(
                new EndOfLifeDecision(Instant.FromUtc(2026, 11, 10, 9, 0), "Sofia Eriksson", "Linnea Demosdotter"),
                new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 11, 10, 9, 0)));
            return await db.SaveChangesAsync();
        });
        var client = await _app.SignedInAsync(PatientTestSupport.LidkopingNurse);
        var url = AcuteContactPage.Url(id);

        var form = await client.GetStringAsync(url);
        Assert.Contains("Beslut om vård i livets slutskede 10 november 2026 av Sofia Eriksson.", WebUtility.HtmlDecode(form));

        const string background = "Hjärtsvikt och KOL. Beslut om vård i livets slutskede 2026-11-10 av Sofia Eriksson.";
        var fields = new Dictionary<string, string>
        {
            ["Input.Action"] = "calc", ["Input.Reason"] = "Ökad andfåddhet", ["Input.Background"] = background, ["Input.Pulse"] = "500",
        };
        var refused = await client.PostFormAsync(url, form, "acute", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(background, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));

        fields["Input.Pulse"] = "112";
        var calculated = WebUtility.HtmlDecode(await (await client.PostFormAsync(url, form, "acute", fields)).Content.ReadAsStringAsync());
        var s = calculated.IndexOf("S – Situation", StringComparison.Ordinal);
        var b = calculated.IndexOf($"B – Bakgrund\n{background}", StringComparison.Ordinal);
        var a = calculated.IndexOf("A – Aktuellt tillstånd", StringComparison.Ordinal);
        Assert.True(s >= 0 && s < b && b < a, $"S {s}, B {b}, A {a}");

        fields["Input.Action"] = "save";
        var saved = await client.PostFormAsync(url, form, "acute", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await _app.WithDbAsync(db => db.AcuteContacts.SingleAsync(c => c.PatientId == id && c.Reason == "Ökad andfåddhet"));
        Assert.Equal(background, stored.Background);
    }
}
