using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Narplan.Domain.Audit;
using Narplan.Domain.Sip;
using Narplan.Web.Features.Patients;
using Narplan.Web.Features.Sip;
using Narplan.Web.Tests.Infrastructure;
using NodaTime;

namespace Narplan.Web.Tests.Sip;

/// <summary>
/// Issue 19 item 1 over HTTP. Seed 000: "SIP ska erbjudas patienter vid: beslut om kommunal primärvård inkl. rehab,
/// utskrivning från sjukhus, behov om gemensam planering uppstår". Demo (DemoSip): Sven Demoström (Lidköping) enrolled
/// and discharged 2026-10-05 without an offer; Tolvan Tolvansson's SIP (Lidköping) with an overdue action; Karl
/// Exempelsson (Herrljunga) offered 2026-11-10 without an answer; Greta Påhittad (Herrljunga) with an action due 2026-12-07.
/// </summary>
public sealed class SipTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private const string LidkopingNurse = "sjukskoterska@lidkoping.demo";
    private const string HerrljungaMas = "mas@herrljunga.demo";
    private const string HerrljungaDoctor = "lakare@herrljunga-vc.demo";

    private Task<Guid> PatientIdAsync(string name) => app.WithDbAsync(db => db.Patients.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    private Task<SipOffer> OfferOfAsync(Guid patientId) =>
        app.WithDbAsync(db => db.Set<SipOffer>().AsNoTracking().Include(o => o.Actions).Include(o => o.Participants).SingleAsync(o => o.PatientId == patientId));

    [Fact]
    public async Task ShouldListSipTasksOnTheMinaUppgifterOfThePatientsKommunAndVardcentralOnly()
    {
        var lidkoping = WebUtility.HtmlDecode(await (await app.SignedInAsync(LidkopingNurse)).GetStringAsync("/uppgifter"));
        var herrljunga = WebUtility.HtmlDecode(await (await app.SignedInAsync(HerrljungaMas)).GetStringAsync("/uppgifter"));
        var doctor = WebUtility.HtmlDecode(await (await app.SignedInAsync(HerrljungaDoctor)).GetStringAsync("/uppgifter"));

        Assert.Contains("SIP att göra", lidkoping);
        Assert.Contains("Erbjud SIP", lidkoping);
        Assert.Contains("Sven Demoström", lidkoping);
        Assert.Contains("Ny rullstol provas ut", lidkoping);
        Assert.DoesNotContain("Karl Exempelsson", lidkoping);
        Assert.Contains("Inget svar på SIP-erbjudandet", herrljunga);
        Assert.Contains("Karl Exempelsson", herrljunga);
        Assert.DoesNotContain("Sven Demoström", herrljunga);
        Assert.Contains("Samtal med anhöriga om fortsatt boende", doctor);
    }

    [Fact]
    public async Task ShouldLogEveryReadOfBothSipPagesAndGiveAnotherKommun404LoggedAsRefused()
    {
        var tolvan = await PatientIdAsync("Tolvan Tolvansson");
        var offer = await OfferOfAsync(tolvan);
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.PatientId == tolvan));
        var own = await app.SignedInAsync(LidkopingNurse);
        var other = await app.SignedInAsync(HerrljungaMas);

        var list = await own.GetAsync(SipPage.Url(tolvan));
        var detail = await own.GetAsync(SipOfferPage.Url(tolvan, offer.Id));
        var refusedList = await other.GetAsync(SipPage.Url(tolvan));
        var refusedDetail = await other.GetAsync(SipOfferPage.Url(tolvan, offer.Id));
        var refusedApi = await other.GetAsync($"/api/v1/patients/{tolvan}/sip");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Contains("Ny rullstol provas ut", WebUtility.HtmlDecode(await detail.Content.ReadAsStringAsync()));
        Assert.Contains("SIP-2026-0117", WebUtility.HtmlDecode(await detail.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, refusedList.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, refusedDetail.StatusCode);
        Assert.DoesNotContain("rullstol", await refusedDetail.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, refusedApi.StatusCode);
        Assert.Equal("application/problem+json", refusedApi.Content.Headers.ContentType?.MediaType);
        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.PatientId == tolvan).OrderBy(e => e.Sequence).Skip(before).ToListAsync());
        Assert.Equal(2, entries.Count(e => e.Action == AuditAction.Read && e.UserName == "Ida Sjöström" && e.Details == SipService.Purpose));
        Assert.Equal(3, entries.Count(e => e.Action == AuditAction.ReadDenied && e.UserName == "Lena Holm"));
    }

    [Fact]
    public async Task ShouldListTheOrganisationsSipOffersOnTheOverviewAndLogEachPatientRead()
    {
        var tolvan = await PatientIdAsync("Tolvan Tolvansson");
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.PatientId == tolvan && e.Details == SipService.OverviewPurpose));

        var lidkoping = WebUtility.HtmlDecode(await (await app.SignedInAsync(LidkopingNurse)).GetStringAsync(SipOverviewPage.Url));
        var doctor = WebUtility.HtmlDecode(await (await app.SignedInAsync(HerrljungaDoctor)).GetStringAsync(SipOverviewPage.Url));

        Assert.Contains("Tolvan Tolvansson", lidkoping);
        Assert.Contains("Märta Fiktivsdotter", lidkoping);
        Assert.DoesNotContain("Greta Påhittad", lidkoping);
        Assert.Contains("Greta Påhittad", doctor);
        Assert.DoesNotContain("Tolvan Tolvansson", doctor);
        Assert.Equal(before + 1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.PatientId == tolvan && e.Details == SipService.OverviewPurpose)));
    }

    /// <summary>The "SIP att göra" section of Mina uppgifter, or "" when the page has none.</summary>
    private static string SipSection(string page)
    {
        var start = page.IndexOf("aria-labelledby=\"sip-tasks-heading\"", StringComparison.Ordinal);
        return start < 0 ? "" : page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task ShouldCreateTheErbjudSipTaskWhenADischargeIsRecordedOnThePatientPageAndCloseItWithTheOffer()
    {
        var bo = await PatientIdAsync("Bo Demosson");
        var client = await app.SignedInAsync(HerrljungaMas);
        // Only the SIP section: Bo is on the page's vaccination list too.
        Assert.DoesNotContain("Bo Demosson", SipSection(WebUtility.HtmlDecode(await client.GetStringAsync("/uppgifter"))));

        var patientPage = await client.GetStringAsync(PatientPage.Url(bo));
        var recorded = await client.PostFormAsync(PatientPage.Url(bo), patientPage, "patient-event", new()
        {
            ["Event.Kind"] = "HospitalDischarge", ["Event.On"] = "2026-11-30", ["Event.Note"] = "Utskriven från NÄL",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        var tasks = SipSection(WebUtility.HtmlDecode(await client.GetStringAsync("/uppgifter")));
        Assert.Contains("Bo Demosson", tasks);
        Assert.Contains("Utskrivning från sjukhus 2026-11-30", tasks);

        var sipPage = await client.GetStringAsync(SipPage.Url(bo));
        var discharge = await app.WithDbAsync(db => db.Patients.Where(p => p.Id == bo).SelectMany(p => p.Events)
            .Where(e => e.Kind == Narplan.Domain.Patients.PatientEventKind.HospitalDischarge).Select(e => e.Id).SingleAsync());
        var offered = await client.PostFormAsync(SipPage.Url(bo), sipPage, "sip-offer", new()
        {
            ["Input.Trigger"] = discharge.ToString(), ["Input.OfferedOn"] = "2026-12-01", ["Input.OfferedBy"] = "Lena Holm",
        });

        Assert.Equal(HttpStatusCode.Redirect, offered.StatusCode);
        var offer = await OfferOfAsync(bo);
        Assert.Equal(SipTrigger.HospitalDischarge, offer.Trigger);
        Assert.Equal(discharge, offer.TriggerEventId);
        Assert.DoesNotContain("Utskrivning från sjukhus 2026-11-30", WebUtility.HtmlDecode(await client.GetStringAsync("/uppgifter")));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e =>
            e.PatientId == bo && e.EntityType == nameof(SipOffer) && e.Action == AuditAction.Create && e.UserName == "Lena Holm" && !e.Details.Contains("Lena"))));
    }

    [Theory]
    [InlineData("2099-01-01", "OfferedOn", "Erbjudandet kan inte ligga i framtiden.")]
    [InlineData("2026-02-30", "OfferedOn", "Ange ett giltigt datum (ÅÅÅÅ-MM-DD).")]
    [InlineData("", "OfferedOn", "Ange datum då SIP erbjöds.")]
    public async Task ShouldRefuseABadOfferBesideItsFieldAndKeepTheRestOfTheForm(string offeredOn, string field, string message)
    {
        var greta = await PatientIdAsync("Greta Påhittad");
        var client = await app.SignedInAsync(HerrljungaDoctor);
        var page = await client.GetStringAsync(SipPage.Url(greta));
        var count = await app.WithDbAsync(db => db.Set<SipOffer>().CountAsync(o => o.PatientId == greta));

        var response = await client.PostFormAsync(SipPage.Url(greta), page, "sip-offer", new()
        {
            ["Input.Trigger"] = "behov", ["Input.OfferedOn"] = offeredOn, ["Input.OfferedBy"] = "Doktor Behållsson",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"<p id=\"err-{field}\" class=\"field-error\">{message}</p>", body);
        Assert.Contains("value=\"Doktor Behållsson\"", body);
        Assert.Equal(count, await app.WithDbAsync(db => db.Set<SipOffer>().CountAsync(o => o.PatientId == greta)));
    }

    [Fact]
    public async Task ShouldRefuseASipMeetingBeforeItsOfferBesideTheDateAndKeepThePlace()
    {
        var tolvan = await PatientIdAsync("Tolvan Tolvansson");
        var offer = await OfferOfAsync(tolvan);
        var client = await app.SignedInAsync(LidkopingNurse);
        var url = SipOfferPage.Url(tolvan, offer.Id);
        var page = await client.GetStringAsync(url);

        var response = await client.PostFormAsync(url, page, "sip-meeting", new()
        {
            ["Meeting.MeetingOn"] = "2026-09-01", ["Meeting.MeetingMode"] = "Place", ["Meeting.MeetingPlace"] = "Vårdcentralens konferensrum",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("SIP-mötet kan inte ligga före erbjudandet (2026-09-14).", body);
        Assert.Contains("value=\"Vårdcentralens konferensrum\"", body);
        Assert.Equal(new LocalDate(2026, 9, 29), (await OfferOfAsync(tolvan)).MeetingOn);
    }

    [Fact]
    public async Task ShouldRefuseAnActionDueBeforeTheMeetingAndAStaleEdit()
    {
        var greta = await PatientIdAsync("Greta Påhittad");
        var offer = await OfferOfAsync(greta);
        var client = await app.SignedInAsync(HerrljungaDoctor);
        var url = SipOfferPage.Url(greta, offer.Id);
        var opened = await client.GetStringAsync(url);

        var early = await client.PostFormAsync(url, opened, "sip-action", new()
        {
            ["NewAction.Description"] = "Läkemedelsgenomgång", ["NewAction.Owner"] = "Karin Åberg", ["NewAction.DueOn"] = "2026-10-20",
        });
        var body = WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("Åtgärden kan inte vara klar före SIP-mötet (2026-10-26).", body);
        Assert.Contains(">Läkemedelsgenomgång</textarea>", body);

        var saved = await client.PostFormAsync(url, opened, "sip-action", new()
        {
            ["NewAction.Description"] = "Läkemedelsgenomgång", ["NewAction.Owner"] = "Karin Åberg", ["NewAction.DueOn"] = "2026-12-15",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var stale = await client.PostFormAsync(url, opened, "sip-followup", new() { ["FollowUp.FollowUpOn"] = "2027-02-02" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains(SipService.StaleMessage, WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));
        var after = await OfferOfAsync(greta);
        Assert.Equal(new LocalDate(2027, 1, 26), after.FollowUpOn);
        Assert.Contains(after.Actions, a => a.Description == "Läkemedelsgenomgång" && a.DueOn == new LocalDate(2026, 12, 15));
    }

    [Fact]
    public async Task ShouldAddAParticipantByOrganisationAndRoleWithAnAuditRowAgainstThePatient()
    {
        var tolvan = await PatientIdAsync("Tolvan Tolvansson");
        var offer = await OfferOfAsync(tolvan);
        var client = await app.SignedInAsync(LidkopingNurse);
        var url = SipOfferPage.Url(tolvan, offer.Id);

        var added = await client.PostFormAsync(url, await client.GetStringAsync(url), "sip-participant", new()
        {
            ["Participant.Organisation"] = "Skaraborgs sjukhus", ["Participant.Role"] = "Kurator", ["Participant.Name"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var participant = Assert.Single((await OfferOfAsync(tolvan)).Participants, p => p.Role == "Kurator");
        Assert.Null(participant.Name);

        var row = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.EntityType == nameof(SipParticipant) && e.EntityId == participant.Id.ToString()));
        Assert.Equal(AuditAction.Create, row.Action);
        Assert.Equal(tolvan, row.PatientId);
    }

    [Fact]
    public async Task ShouldAnswerTheDueApiWithIdsAndDatesOnlyAndRefuseAnonymous()
    {
        var nurse = await app.SignedInAsync(LidkopingNurse);

        var json = await nurse.GetStringAsync("/api/v1/sip/due");
        var anonymous = await app.CreateClient().GetAsync("/api/v1/sip/due");

        Assert.Contains("\"kind\":\"offer\"", json);
        Assert.Contains("\"kind\":\"action\"", json);
        Assert.Contains("\"dueOn\":\"2026-11-27\"", json); // Tolvan's wheelchair action
        Assert.DoesNotContain("Demoström", json);
        Assert.DoesNotContain("rullstol", json);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task ShouldCountOfferedAcceptedAndHeldForAKommunOverAPeriod()
    {
        var kommun = await app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync());

        var figures = await app.WithDbAsync(db => new SipFigures(db).ForKommunAsync(kommun, new DateInterval(new LocalDate(2026, 9, 1), new LocalDate(2026, 11, 30))));

        // Sven Demoström's enrolment and discharge on 2026-10-05 were not followed by an offer.
        Assert.Equal(new SipCount(0, 2), figures.OfferedAtTrigger);
        // Offers: Tolvan (accepted, meeting held 2026-09-29) and Märta (declined).
        Assert.Equal(2, figures.Offers);
        Assert.Equal(new SipCount(1, 2), figures.Accepted);
        Assert.Equal(new SipCount(1, 1), figures.Held);
        Assert.Equal("1 av 2", figures.Accepted.Swedish);
    }

    [Theory]
    [InlineData("/api/v1/kommuner/{0}/sip-figures?from=2026-13-01", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/kommuner/{0}/sip-figures?from=2026-12-01&to=2026-11-01", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/kommuner/{0}/sip-figures?from=2026-09-01&to=2026-11-30", HttpStatusCode.OK)]
    public async Task ShouldAnswerTheFiguresApiWithProblemDetailsForBadDates(string template, HttpStatusCode status)
    {
        var kommun = await app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync());
        var nurse = await app.SignedInAsync(LidkopingNurse);

        var response = await nurse.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, kommun));

        Assert.Equal(status, response.StatusCode);
        if (status == HttpStatusCode.OK)
        {
            Assert.Contains("\"held\":{\"count\":1,\"of\":1}", await response.Content.ReadAsStringAsync());
        }
        else
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task ShouldRefuseTheFiguresOfAnotherKommunToAKommunUser()
    {
        var herrljunga = await app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Herrljunga").Select(k => k.Id).SingleAsync());
        var nurse = await app.SignedInAsync(LidkopingNurse);

        var response = await nurse.GetAsync($"/api/v1/kommuner/{herrljunga}/sip-figures");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void ShouldLinkOutToTheConfiguredSystemOnlyOverHttps()
    {
        var offer = SipOffer.Offer(Guid.NewGuid(), Guid.NewGuid(), SipTrigger.JointPlanningNeed, null, null, new LocalDate(2026, 11, 2), "Ida", new LocalDate(2026, 12, 2));
        offer.SetExternalReference(SipExternalSystem.Samsa, "SIP-2026-0117");
        SipLinks Links(string? samsa) => new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Sip:Links:Samsa"] = samsa }).Build());

        Assert.Equal("https://samsa.example.se/plan/SIP-2026-0117", Links("https://samsa.example.se/plan/{reference}").UrlFor(offer));
        Assert.Null(Links(null).UrlFor(offer));
        Assert.Null(Links("javascript:alert({reference})").UrlFor(offer));
        Assert.Null(Links("http://samsa.example.se/{reference}").UrlFor(offer));
    }
}
