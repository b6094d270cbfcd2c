using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Domain.Palliative;
using Narplan.Web.Features.Palliative;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Rounds;
using NodaTime;
using PalliativeFigures = Narplan.Web.Features.Palliative.PalliativeFigures;

namespace Narplan.Web.Tests.Palliative;

/// <summary>
/// Issue 20 (decision 0088): the last week's quality items recorded on the death form, and the figures per kommun and
/// period that the follow-up dashboard shows beside Socialstyrelsen's target levels.
/// </summary>
public class PalliativeFiguresQueryTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private const string Nurse = "sjukskoterska@lidkoping.demo";

    // Wednesday 30 December 2026 at 12:00 Swedish time.
    private readonly WebApplicationFactory<Program> _app = factory.At(Instant.FromUtc(2026, 12, 30, 11, 0));

    private static readonly DateInterval Autumn2026 = new(new LocalDate(2026, 9, 1), new LocalDate(2026, 12, 31));

    private async Task<HttpClient> SignedInAsync()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(Nurse, Features.Demo.DemoUsers.Password)).StatusCode);
        return client;
    }

    private async Task<PalliativeFigureSet> FiguresAsync(string kommun, DateInterval period)
    {
        var kommunId = await _app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == kommun).Select(k => k.Id).SingleAsync());
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PalliativeFigures>().ForAsync(kommunId, period);
    }

    private static Dictionary<string, string> Death(string painRated) => new()
    {
        ["DeathForm.DiedAt"] = "2026-12-29T02:30", ["DeathForm.Expected"] = "true",
        ["DeathForm.EstablishedAt"] = "2026-12-29T08:00", ["DeathForm.Doctor"] = "Jourläkare Demo", ["DeathForm.By"] = "OnCallDoctor",
        ["DeathForm.PainRated"] = painRated, ["DeathForm.OralHealthAssessed"] = "nej", ["DeathForm.AsNeededOpioid"] = "ja",
        ["DeathForm.AsNeededAnxiolytic"] = "ja", ["DeathForm.FreeOfPressureUlcers"] = "",
    };

    [Fact]
    public async Task ShouldCountLidkopingsAutumnDeathsAndTheItemsRecordedOnTheDeathFormAmongExpectedDeaths()
    {
        // The demo's three expected deaths at Björkhaga (12 September, 21 October, 8 November), two after a brytpunktssamtal,
        // recorded before the items existed.
        var before = await FiguresAsync("Lidköping", Autumn2026);
        Assert.Equal((3, 3), (before.Deaths, before.ExpectedDeaths));
        Assert.Equal(new TargetShare(2, 3, 98), before.BreakpointConversation.Share);
        Assert.Equal(new TargetShare(0, 3, 100), before.PainRating.Share);
        Assert.Equal(3, before.PainRating.Unknown);

        // Elsa Testsson dies at 02:30 on 29 December; the nurse answers four of the five items.
        var id = await _app.WithDbAsync(db => db.Patients.Where(p => p.Name == "Elsa Testsson").Select(p => p.Id).SingleAsync());
        var client = await SignedInAsync();
        var url = PalliativePage.Url(id);
        var form = WebUtility.HtmlDecode(await client.GetStringAsync(url));
        Assert.Contains("Munhälsobedömning gjord", form);
        Assert.Contains("Fri från trycksår", form);
        var saved = await client.PostFormAsync(url, await client.GetStringAsync(url), "death", Death("ja"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(
            "Brytpunktssamtal: nej · Smärtskattning gjord: ja · Munhälsobedömning gjord: nej · Vid behov-ordination av opioid mot smärta: ja · "
            + "Vid behov-ordination av ångestdämpande: ja · Fri från trycksår: vet ej",
            WebUtility.HtmlDecode(await client.GetStringAsync(url)));

        var after = await FiguresAsync("Lidköping", Autumn2026);
        Assert.Equal((4, 4), (after.Deaths, after.ExpectedDeaths));
        Assert.Equal(new TargetShare(2, 4, 98), after.BreakpointConversation.Share);
        Assert.Equal(new TargetShare(1, 4, 100), after.PainRating.Share);
        Assert.Equal(new TargetShare(0, 4, 90), after.OralHealthAssessment.Share);
        Assert.Equal(3, after.OralHealthAssessment.Unknown);
        Assert.Equal(new TargetShare(1, 4, 98), after.AsNeededOpioid.Share);
        Assert.Equal(new TargetShare(1, 4, 98), after.AsNeededAnxiolytic.Share);
        Assert.Equal(new TargetShare(0, 4, 90), after.FreeOfPressureUlcers.Share);
        Assert.Equal(4, after.FreeOfPressureUlcers.Unknown);

        // The period is local dates with both ends included, and only the kommun's own patients count.
        Assert.Equal(1, (await FiguresAsync("Lidköping", new DateInterval(new LocalDate(2026, 12, 29), new LocalDate(2026, 12, 29)))).Deaths);
        Assert.Equal(0, (await FiguresAsync("Lidköping", new DateInterval(new LocalDate(2026, 12, 28), new LocalDate(2026, 12, 28)))).Deaths);
        Assert.Equal(0, (await FiguresAsync("Herrljunga", Autumn2026)).Deaths);
    }

    [Fact]
    public async Task AnAnswerOtherThanJaNejOrVetEjShouldBeRefusedInSwedishWithNothingStored()
    {
        var id = await _app.WithDbAsync(db => db.Patients.Where(p => p.Name == "Astrid Påhittad").Select(p => p.Id).SingleAsync());
        var client = await SignedInAsync();
        var url = PalliativePage.Url(id);

        var response = await client.PostFormAsync(url, await client.GetStringAsync(url), "death", Death("kanske"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Svara ja, nej eller vet ej för smärtskattning gjord.", html);
        Assert.Contains("Jourläkare Demo", html);
        Assert.False(await _app.WithDbAsync(db => db.PalliativeCourses.AnyAsync(c => c.PatientId == id && c.Death != null)));
    }
}
