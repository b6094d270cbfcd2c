using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Web.Features.Acute;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Rounds;
using NodaTime;

namespace Narplan.Web.Tests.Acute;

/// <summary>
/// The ViSam/BViS lines a nurse ticks on the acute form are said in the SBAR and stored on the contact. Its own
/// factory (database): the administrator's version from 10 December must not meet the one in
/// <see cref="DecisionSupportTriggersTests"/>. The lines are marked as test text: Närplan ships no triggers.
/// </summary>
public class TickedTriggersTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private const string Admin = "admin@narplan.demo";
    private const string Nurse = "sjukskoterska@lidkoping.demo";
    private const string Breathing = "Test: andningsfrekvens över 25/min";
    private const string Confusion = "Test: nytillkommen förvirring";
    private const string Pulse = "Test: puls över 130/min";

    // Thursday 10 December 2026 at 21:00 Swedish time.
    private static readonly Instant Evening = Instant.FromUtc(2026, 12, 10, 20, 0);

    private readonly WebApplicationFactory<Program> _app = factory.At(Evening);

    // Checkboxes post one field per ticked line, so the form is a list of pairs rather than a dictionary.
    private static Task<HttpResponseMessage> PostAcuteAsync(HttpClient client, string url, string page, string action, params string[] ticked)
    {
        var fields = FormPosts.HiddenFields(page, "acute").ToList();
        fields.AddRange(new Dictionary<string, string>
        {
            ["Input.Action"] = action,
            ["Input.Reason"] = "Ökad andfåddhet sedan i morse",
            ["Input.RespirationRate"] = "27",
            ["Input.SpO2"] = "93",
            ["Input.Scale"] = "1",
            ["Input.AirOrOxygen"] = "Air",
            ["Input.SystolicBloodPressure"] = "105",
            ["Input.Pulse"] = "118",
            ["Input.Consciousness"] = "NewConfusion",
            ["Input.Temperature"] = "38,4",
            ["Input.DecisionSupport"] = "Red",
        });
        fields.AddRange(ticked.Select(t => new KeyValuePair<string, string>("Input.TriggersTicked", t)));
        return client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task TwoTickedLinesShouldBeSaidInTheSbarAndStoredOnTheContactAndALineNotInTheChecklistIgnored()
    {
        var admin = await _app.SignedInAsync(Admin);
        var adminUrl = DecisionSupportProfilesPage.Url();
        var saved = await admin.PostFormAsync(adminUrl, await admin.GetStringAsync(adminUrl), "decision-support", new()
        {
            ["Input.Key"] = "Skaraborg",
            ["Input.Tool"] = "BViS",
            ["Input.ValidFrom"] = "2026-12-10",
            ["Input.Triggers"] = $"{Breathing}\n{Confusion}\n{Pulse}",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var patientId = await _app.WithDbAsync(db => db.Patients.Where(p => p.Name == "Astrid Påhittad").Select(p => p.Id).SingleAsync());
        var nurse = await _app.SignedInAsync(Nurse);
        var url = AcuteContactPage.Url(patientId);

        // Ticked out of order, plus a line that is not the region's (an older version's, or typed by hand).
        var calculated = await PostAcuteAsync(nurse, url, await nurse.GetStringAsync(url), "calc", Confusion, Breathing, "Test: påhittad rad");
        var html = WebUtility.HtmlDecode(await calculated.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, calculated.StatusCode);
        Assert.Contains($"Bedömning enligt BViS: röd. Uppfyllda kriterier: {Breathing}; {Confusion}.", html);
        Assert.DoesNotContain("påhittad rad", html);
        Assert.Contains($"value=\"{Breathing}\" checked", html);

        var stored = await PostAcuteAsync(nurse, url, html, "save", Confusion, Breathing, "Test: påhittad rad");
        Assert.Equal(HttpStatusCode.Redirect, stored.StatusCode);
        var contact = await _app.WithDbAsync(db => db.AcuteContacts.SingleAsync(c => c.PatientId == patientId));
        Assert.Equal([Breathing, Confusion], contact.TriggersMet);

        var contactPage = WebUtility.HtmlDecode(await nurse.GetStringAsync(AcuteFollowUpPage.Url(contact.Id)));
        Assert.Contains("Uppfyllda kriterier", contactPage);
        Assert.Contains($"<li>{Breathing}</li>", contactPage);
        Assert.DoesNotContain(Pulse, contactPage);
    }
}
