using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Palliative;
using Narplan.Web.Features.Palliative;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Rounds;
using NodaTime;

namespace Narplan.Web.Tests.Acute;

public class PalliativePageTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private const string Nurse = "sjukskoterska@lidkoping.demo";

    // Wednesday 30 December 2026 at 12:00 Swedish time.
    private readonly WebApplicationFactory<Program> _app = factory.At(Instant.FromUtc(2026, 12, 30, 11, 0));

    private static async Task<string> Html(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task AnOrdinationOlderThan14DaysShouldBeRefusedUntilADoctorContactIsRecordedThenStartWithThatContact()
    {
        var id = await _app.PatientIdAsync("Tolvan Tolvansson");
        var client = await _app.SignedInAsync(Nurse);
        var url = PalliativePage.Url(id);

        // Ordered 15 December: 30 December is day 15, one day too old.
        var ordered = await client.PostFormAsync(url, await client.GetStringAsync(url), "order", new()
        {
            ["Order.On"] = "2026-12-15", ["Order.Doctor"] = "Sofia Eriksson", ["Order.Medications"] = "Morfin, Midazolam",
        });
        Assert.Equal(HttpStatusCode.Redirect, ordered.StatusCode);
        var orderId = await _app.WithDbAsync(db => db.PalliativeCourses.AsNoTracking().Where(c => c.PatientId == id).SelectMany(c => c.Ordinations).Select(o => o.Id).SingleAsync());

        var page = await client.GetStringAsync(url);
        Assert.Contains("är äldre än 14 dagar", WebUtility.HtmlDecode(page));
        var refused = await client.PostFormAsync(url, page, $"start-{orderId}", []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Kontakta läkare innan du startar och registrera kontakten.", await Html(refused));
        Assert.Null(await _app.WithDbAsync(db => db.PalliativeCourses.AsNoTracking().SelectMany(c => c.Ordinations).Where(o => o.Id == orderId).Select(o => o.StartedAt).SingleAsync()));

        var contact = await client.PostFormAsync(url, page, $"contact-{orderId}", new()
        {
            ["Contact.At"] = "2026-12-30T11:30", ["Contact.Doctor"] = "Sofia Eriksson", ["Contact.Note"] = "Ordinationen gäller.",
        });
        Assert.Equal(HttpStatusCode.Redirect, contact.StatusCode);

        var started = await client.PostFormAsync(url, await client.GetStringAsync(url), $"start-{orderId}", []);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var stored = (await _app.WithDbAsync(db => db.PalliativeCourses.AsNoTracking().SingleAsync(c => c.PatientId == id))).Ordinations.Single(o => o.Id == orderId);
        Assert.NotNull(stored.StartedAt);
        Assert.Equal(stored.DoctorContacts.Single().Id, stored.RenewedByContactId);
    }

    [Fact]
    public async Task ADeathInTheFutureShouldBeRefused()
    {
        var id = await _app.PatientIdAsync("Astrid Påhittad");
        var client = await _app.SignedInAsync(Nurse);
        var url = PalliativePage.Url(id);

        var response = await client.PostFormAsync(url, await client.GetStringAsync(url), "death", new()
        {
            ["DeathForm.DiedAt"] = "2026-12-30T18:00", ["DeathForm.Expected"] = "true",
            ["DeathForm.EstablishedAt"] = "2026-12-30T11:00", ["DeathForm.Doctor"] = "Jourläkare Demo", ["DeathForm.By"] = "OnCallDoctor",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Dödstidpunkten kan inte ligga i framtiden.", await Html(response));
        Assert.False(await _app.WithDbAsync(db => db.PalliativeCourses.AnyAsync(c => c.PatientId == id && c.Death != null)));
    }

    [Fact]
    public async Task ADeathOnJulaftonWithoutAListedVardcentralShouldRouteTheCertificateToTheUnitsVardcentralFlaggedAndShowTheOverdueDodsbevis()
    {
        var id = await _app.PatientIdAsync("Sven Demoström");
        Assert.Null(await _app.WithDbAsync(db => db.Patients.Where(p => p.Id == id).Select(p => p.ListedCareCentreId).SingleAsync()));
        var client = await _app.SignedInAsync(Nurse);
        var url = PalliativePage.Url(id);

        var response = await client.PostFormAsync(url, await client.GetStringAsync(url), "death", new()
        {
            ["DeathForm.DiedAt"] = "2026-12-24T22:10", ["DeathForm.Expected"] = "true",
            ["DeathForm.EstablishedAt"] = "2026-12-24T23:30", ["DeathForm.Doctor"] = "Jourläkare Demo", ["DeathForm.By"] = "OnCallDoctor",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var tasks = await _app.WithDbAsync(db => db.PalliativeCourses.AsNoTracking().Where(c => c.PatientId == id).SelectMany(c => c.Tasks).ToListAsync());
        var certificate = tasks.Single(t => t.Kind == DeathTaskKind.DeathCertificate);
        Assert.Equal(new LocalDate(2026, 12, 28), certificate.DueOn);
        Assert.Equal("Jourläkare Demo", certificate.AssigneeName);
        var cause = tasks.Single(t => t.Kind == DeathTaskKind.CauseOfDeathCertificate);
        Assert.True(cause.RoutedToUnitsCareCentre);
        Assert.Equal(new LocalDate(2027, 1, 14), cause.DueOn);
        Assert.Contains(tasks, t => t.Kind == DeathTaskKind.BereavementConversationOffer);
        Assert.Equal(new LocalDate(2026, 12, 24), await _app.WithDbAsync(db => db.Patients.Where(p => p.Id == id).Select(p => p.DiedOn).SingleAsync()));

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(url));
        Assert.Contains("Försenade intyg: Dödsbevis till Skatteverket", page);
        Assert.Contains("<tr class=\"overdue\">", page);
        Assert.Contains("Ingen listad vårdcentral: skickad till enhetens vårdcentral.", page);
    }

    [Fact]
    public async Task ACarePlanWithMissingPartsShouldGiveAMessagePerFieldAndABrytpunktssamtalWithoutUpdateShouldBeFlagged()
    {
        var id = await _app.PatientIdAsync("Elsa Testsson");
        var client = await _app.SignedInAsync(Nurse);
        var url = PalliativePage.Url(id);
        var page = await client.GetStringAsync(url);

        var conversation = await client.PostFormAsync(url, page, "bp", new()
        {
            ["Bp.On"] = "2026-12-22", ["Bp.Doctor"] = "Sofia Eriksson", ["Bp.Participants"] = "patienten\ndottern",
        });
        Assert.Equal(HttpStatusCode.Redirect, conversation.StatusCode);
        Assert.Contains("Vårdplanen är inte uppdaterad – skulle ha gjorts senast 2026-12-25.", WebUtility.HtmlDecode(await client.GetStringAsync(url)));

        var plan = await client.PostFormAsync(url, page, "plan", new() { ["Plan.Strategy"] = "Symtomlindring i hemmet", ["Plan.Doctor"] = "Sofia Eriksson" });
        var html = await Html(plan);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, plan.StatusCode);
        Assert.Contains("Ange om patienten ska återupplivas vid hjärtstopp (HLR eller ej HLR).", html);
        Assert.Contains("Ange åtgärder vid infektion.", html);
        Assert.Contains("Symtomlindring i hemmet", html);
    }
}
