using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Audit;
using Narplan.Domain.Palliative;
using Narplan.Web.Features.Palliative;
using Narplan.Web.Tests.Infrastructure;
using NodaTime;

namespace Narplan.Web.Tests.Palliative;

/// <summary>
/// Issue 20 / decision 0093: the last week's quality items (Socialstyrelsen's målnivåer: smärtskattning 100 %,
/// munhälsobedömning ≥ 90 %, vid behov-ordination ≥ 98 %, fri från trycksår ≥ 90 %) completed after the death was
/// recorded. Lidköping's demo deaths at Björkhaga were recorded before the items existed, so every item is "vet ej".
/// </summary>
public sealed class LastWeekCorrectionTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private const string Nurse = "sjukskoterska@lidkoping.demo";

    /// <summary>The name the audit log stores for a <see cref="Death"/>.</summary>
    private static readonly string DeathEntity = Narplan.Data.Audit.AuditSaveChangesInterceptor.AuditedTypeName(typeof(Death));
    private const string UnitManager = "enhetschef@lidkoping.demo";

    // Wednesday 30 December 2026 at 12:00 Swedish time.
    private readonly WebApplicationFactory<Program> _app = factory.At(Instant.FromUtc(2026, 12, 30, 11, 0));

    private static Dictionary<string, string> Answers(string pain, string oral, string opioid, string anxiolytic, string pressure) => new()
    {
        ["LastWeek.PainRated"] = pain, ["LastWeek.OralHealthAssessed"] = oral, ["LastWeek.AsNeededOpioid"] = opioid,
        ["LastWeek.AsNeededAnxiolytic"] = anxiolytic, ["LastWeek.FreeOfPressureUlcers"] = pressure,
    };

    /// <summary>A Lidköping patient whose death the demo recorded (each test takes its own, so they do not meet).</summary>
    private Task<Guid> DeadPatientAsync(int which) => _app.WithDbAsync(async db =>
    {
        var lidkoping = await db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync();
        var dead = await db.PalliativeCourses.Where(c => c.Death != null && db.Patients.Any(p => p.Id == c.PatientId && p.KommunId == lidkoping))
            .Select(c => c.PatientId).OrderBy(id => id).ToListAsync();
        return dead[which];
    });

    private Task<LastWeekOfLife> StoredAsync(Guid patientId) =>
        _app.WithDbAsync(db => db.PalliativeCourses.AsNoTracking().Where(c => c.PatientId == patientId).Select(c => c.Death!).SingleAsync())
            .ContinueWith(t => t.Result.LastWeek, TaskScheduler.Default);

    [Fact]
    public async Task ShouldLetTheNurseCompleteTheItemsAfterTheDeathAuditedAndRefuseAStaleFormKeepingItsAnswers()
    {
        var patient = await DeadPatientAsync(0);
        var client = await _app.SignedInAsync(Nurse);
        var url = PalliativePage.Url(patient);
        // Two tabs opened before either is saved: both show "vet ej" everywhere.
        var first = await client.GetStringAsync(url);
        var second = await client.GetStringAsync(url);
        Assert.Contains("Komplettera eller rätta sista levnadsveckan", WebUtility.HtmlDecode(first));
        Assert.Equal(LastWeekOfLife.Unknown, await StoredAsync(patient));
        var auditBefore = await _app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.PatientId == patient && e.EntityType == DeathEntity && e.Action == AuditAction.Update));

        var saved = await client.PostFormAsync(url, first, "lastweek", Answers("ja", "ja", "ja", "nej", ""));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(new LastWeekOfLife(true, true, true, false, null), await StoredAsync(patient));
        Assert.Contains(
            "Smärtskattning gjord: ja · Munhälsobedömning gjord: ja · Vid behov-ordination av opioid mot smärta: ja · "
            + "Vid behov-ordination av ångestdämpande: nej · Fri från trycksår: vet ej",
            WebUtility.HtmlDecode(await client.GetStringAsync(url)));
        Assert.Equal(auditBefore + 1, await _app.WithDbAsync(db => db.AuditEntries.CountAsync(e =>
            e.PatientId == patient && e.EntityType == DeathEntity && e.Action == AuditAction.Update)));

        // The second tab still believes every item is "vet ej": refused in Swedish, its answers kept on the form.
        var stale = await client.PostFormAsync(url, second, "lastweek", Answers("nej", "nej", "", "", "ja"));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Contains(PalliativeCourse.StaleLastWeekMessage, html);
        Assert.Matches(@"name=""LastWeek.PainRated"" value=""nej"" checked", html);
        Assert.Matches(@"name=""LastWeek.FreeOfPressureUlcers"" value=""ja"" checked", html);
        Assert.Equal(new LastWeekOfLife(true, true, true, false, null), await StoredAsync(patient));

        // Saved again from the refused form, it now replaces the answers it was shown.
        var again = await client.PostFormAsync(url, html, "lastweek", Answers("nej", "nej", "", "", "ja"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(new LastWeekOfLife(false, false, null, null, true), await StoredAsync(patient));
    }

    [Fact]
    public async Task ShouldNotLetTheEnhetschefCorrectTheItemsAndRefuseAnAnswerOtherThanJaNejOrVetEj()
    {
        var patient = await DeadPatientAsync(1);
        var url = PalliativePage.Url(patient);
        var manager = await _app.SignedInAsync(UnitManager);
        var managersPage = WebUtility.HtmlDecode(await manager.GetStringAsync(url));
        Assert.DoesNotContain("Komplettera eller rätta sista levnadsveckan", managersPage);
        var nurse = await _app.SignedInAsync(Nurse);
        var nursesPage = await nurse.GetStringAsync(url);

        // The enhetschef posts the nurse's form anyway, with an antiforgery token of her own (from the dashboard, where
        // she may enter counts): the page does not offer her the form, so the post is refused and nothing is stored.
        var lidkoping = await _app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync());
        var token = System.Text.RegularExpressions.Regex.Match(
            await manager.GetStringAsync(Narplan.Web.Features.FollowUp.FollowUpPage.Url(lidkoping)), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        var fields = FormPosts.HiddenFields(nursesPage, "lastweek");
        fields["__RequestVerificationToken"] = token;
        foreach (var (key, value) in Answers("ja", "ja", "ja", "ja", "ja"))
        {
            fields[key] = value;
        }

        var refused = await manager.PostAsync(url, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(LastWeekOfLife.Unknown, await StoredAsync(patient));

        var bad = await nurse.PostFormAsync(url, nursesPage, "lastweek", Answers("kanske", "ja", "ja", "ja", "ja"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("Svara ja, nej eller vet ej för smärtskattning gjord.", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()));

        Assert.Equal(LastWeekOfLife.Unknown, await StoredAsync(patient));
    }
}
