using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Acute;
using Narplan.Domain.Audit;
using Narplan.Web.Features.Acute;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Rounds;
using NodaTime;

namespace Narplan.Web.Tests.Acute;

/// <summary>
/// A region's ViSam/BViS triggers entered on /administration/beslutsstod and shown on the acute form. The test
/// triggers are marked as test text: Närplan ships no triggers of its own.
/// </summary>
public class DecisionSupportTriggersTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private const string Admin = "admin@narplan.demo";
    private const string Nurse = "sjukskoterska@lidkoping.demo";

    // Thursday 10 December 2026 at 21:00 Swedish time.
    private static readonly Instant Evening = Instant.FromUtc(2026, 12, 10, 20, 0);

    private readonly WebApplicationFactory<Program> _app = factory.At(Evening);

    private static Dictionary<string, string> Triggers(string lines, string key = "Skaraborg", string validFrom = "2026-12-10") => new()
    {
        ["Input.Key"] = key,
        ["Input.Tool"] = "BViS",
        ["Input.ValidFrom"] = validFrom,
        ["Input.Triggers"] = lines,
    };

    [Fact]
    public async Task TriggersAnAdministratorSavesShouldBeAuditedAndListedOnTheAcuteFormOfAPatientInTheRegion()
    {
        var admin = await _app.SignedInAsync(Admin);
        var url = DecisionSupportProfilesPage.Url();
        var page = await admin.GetStringAsync(url);

        var saved = await admin.PostFormAsync(url, page, "decision-support",
            Triggers("Test: andningsfrekvens över 25/min\n\nTest: nytillkommen förvirring"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(
            e => e.EntityType == nameof(DecisionSupportProfileVersion) && e.Action == AuditAction.Create)));

        var patientId = await _app.WithDbAsync(db => db.Patients.Where(p => p.Name == "Astrid Påhittad").Select(p => p.Id).SingleAsync());
        var nurse = await _app.SignedInAsync(Nurse);
        var form = WebUtility.HtmlDecode(await nurse.GetStringAsync(AcuteContactPage.Url(patientId)));

        Assert.Contains("Test: andningsfrekvens över 25/min", form);
        Assert.Contains("Test: nytillkommen förvirring", form);
        Assert.Contains("name=\"Input.TriggersTicked\"", form);
        Assert.DoesNotContain("regionens gränsvärden är inte inlagda", form);
    }

    [Fact]
    public async Task ANurseShouldBeTurnedAwayFromThePageAndRefusedByTheCommand()
    {
        var nurse = await _app.SignedInAsync(Nurse);

        var page = await nurse.GetAsync(DecisionSupportProfilesPage.Url());
        using var scope = _app.Services.CreateScope();
        var refused = await scope.ServiceProvider.GetRequiredService<DecisionSupportProfiles>().AddVersionAsync(
            new ClaimsPrincipal(new ClaimsIdentity("test")), DecisionSupportProfileKey.Halland, new LocalDate(2026, 12, 20),
            DecisionSupportTool.ViSam, [new DecisionSupportTrigger("Test: puls över 130/min")]);

        // Pages send a signed-in user without the role to the access-denied page; the API answers 403 (AccountSetup).
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/konto/atkomst-nekad", page.Headers.Location?.OriginalString.Replace("http://localhost", ""));
        Assert.True(refused.Forbidden);
        Assert.False(await _app.WithDbAsync(db => db.DecisionSupportProfileVersions.AnyAsync(v => v.Key == DecisionSupportProfileKey.Halland)));
    }

    [Fact]
    public async Task ALineOverTwoHundredCharactersShouldBeRefusedInSwedishAndKeepTheRestOfTheForm()
    {
        var admin = await _app.SignedInAsync(Admin);
        var url = DecisionSupportProfilesPage.Url();
        var page = await admin.GetStringAsync(url);

        var response = await admin.PostFormAsync(url, page, "decision-support",
            Triggers($"Test: puls över 130/min\n{new string('x', 201)}", key: "Halland", validFrom: "2026-12-20"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Utlösare, rad 2: högst 200 tecken (raden har 201).", html);
        Assert.Contains("Test: puls över 130/min", html);
        Assert.Contains("2026-12-20", html);
        Assert.Contains("value=\"Halland\" selected", html);
        Assert.False(await _app.WithDbAsync(db => db.DecisionSupportProfileVersions.AnyAsync(v => v.Key == DecisionSupportProfileKey.Halland)));
    }

    [Fact]
    public async Task AnEmptyListShouldBeSavedAsNoneEntered()
    {
        var admin = await _app.SignedInAsync(Admin);
        var url = DecisionSupportProfilesPage.Url();
        var page = await admin.GetStringAsync(url);

        var saved = await admin.PostFormAsync(url, page, "decision-support", Triggers("", key: "Vgr", validFrom: "2027-01-01"));
        var list = WebUtility.HtmlDecode(await admin.GetStringAsync(url));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("inga inlagda", list);
    }
}
