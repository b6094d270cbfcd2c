using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.OnCall;

/// <summary>
/// Issue 14 items 1 and 6 over HTTP: every demo kommun gets its own beredskapsjourområde's answer (decisions 0037,
/// 0038), a missing number is <c>"phone": null</c> with a reason, and Halland's daytime acute home visits go to
/// Läkarmedverkan i hemsjukvården (decision 0039). Read-only, so it shares the demo database.
/// </summary>
public class OnCallAreaApiTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private async Task<JsonElement> OnCallAsync(string unit, string at, string? need = null)
    {
        var id = await app.UnitIdAsync(unit);
        var client = await app.SignedInAsync("sjukskoterska@lidkoping.demo");
        var response = await client.GetAsync(
            $"/api/v1/units/{id}/on-call?at={Uri.EscapeDataString(at)}" + (need is null ? "" : $"&need={need}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string? Text(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetString();

    [Theory]
    // Seed 000 (Herrljunga): "Kontakt se länk: Beredskapsjouren Älvsborg + Södra Bohuslän", no number.
    [InlineData("Hagagården", "Beredskapsjouren Älvsborg + Södra Bohuslän", null)]
    [InlineData("Hemsjukvården Herrljunga", "Beredskapsjouren Älvsborg + Södra Bohuslän", null)]
    // Seed 002 (Lidköping): "direkt till beredskapsläkaren på telefonnummer 077-011 02 88 … Beredskapsjouren Skaraborg".
    [InlineData("Bäckliden", "Beredskapsläkare, Beredskapsjouren Skaraborg", "077-011 02 88")]
    // Seed 001 is silent; decision 0038: Vänersborg → Beredskapsjouren Fyrbodal, no number known.
    [InlineData("Källstorp", "Beredskapsjouren Fyrbodal", null)]
    // Seed 003: Region Halland's allmänmedicinska beredskapsjour, no number given.
    [InlineData("Tallgården", "Allmänmedicinsk beredskapsjour", null)]
    public async Task ShouldAnswerEachDemoKommunWithItsOwnAreaAt22OnMidsummerEve(string unit, string responder, string? phone)
    {
        var answer = await OnCallAsync(unit, "2026-06-19T22:00:00+02:00");

        Assert.Equal("beredskapsjour", Text(answer, "responder"));
        Assert.Equal(responder, Text(answer, "name"));
        Assert.Equal(phone, Text(answer, "phone"));
        Assert.Equal(phone is null ? "Nummer saknas – ange det under Administration → jourregler" : null, Text(answer, "phoneMissingReason"));
        Assert.Null(Text(answer, "areaProblem"));
        var phones = answer.GetProperty("contacts").EnumerateArray().Select(c => Text(c, "phone")).ToList();
        if (phone is null)
        {
            // Never another area's numbers: Skaraborg's jour, its driver and läkarjourens office stay in Skaraborg.
            Assert.DoesNotContain("077-011 02 88", phones);
            Assert.DoesNotContain("076-880 86 80", phones);
            Assert.DoesNotContain("031-190 180", phones);
        }
    }

    [Fact]
    public async Task ShouldGiveHerrljungaTheVgrRemitIncludingContactingRelatives()
    {
        // Seed 002: "kontakta anhöriga och närstående såvida inte annan myndighet gör detta".
        var answer = await OnCallAsync("Hagagården", "2026-06-19T22:00:00+02:00");

        var scope = answer.GetProperty("scope").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Contains(scope, s => s!.Contains("kontakta anhöriga och närstående såvida inte annan myndighet gör detta", StringComparison.Ordinal));
        Assert.Equal("Beredskapsjouren Älvsborg + Södra Bohuslän", Text(answer, "ruleProfile"));
    }

    [Fact]
    public async Task ShouldRouteAHallandDaytimeAcuteHomeVisitToLakarmedverkanAndAdviceToTheVardcentral()
    {
        // Seed 003: "Läkarmedverkan i hemsjukvården ansvarar för … akuta hembesök för patienter inskrivna i hemsjukvården".
        var visit = await OnCallAsync("Hemsjukvården Falkenberg", "2026-06-16T10:00:00+02:00", "acute-home-visit");
        var advice = await OnCallAsync("Hemsjukvården Falkenberg", "2026-06-16T10:00:00+02:00");
        var night = await OnCallAsync("Hemsjukvården Falkenberg", "2026-06-16T22:00:00+02:00", "acute-home-visit");

        Assert.Equal("akut-hembesok", Text(visit, "responder"));
        Assert.Equal("Läkarmedverkan i hemsjukvården", Text(visit, "name"));
        Assert.Null(Text(visit, "phone"));
        Assert.Equal("Nummer saknas – ange det under Administration → jourregler", Text(visit, "phoneMissingReason"));
        Assert.Equal("2026-06-16T17:00:00+02:00", Text(visit, "until"));
        Assert.Equal("acute-home-visit", Text(visit, "need"));
        Assert.Equal("vardcentral", Text(advice, "responder"));
        Assert.Equal("Vårdcentralen Falkenberg", Text(advice, "name"));
        Assert.Equal("beredskapsjour", Text(night, "responder"));
    }

    [Fact]
    public async Task ShouldKeepAVgrDaytimeAcuteHomeVisitWithTheUnitsVardcentral()
    {
        var visit = await OnCallAsync("Bäckliden", "2026-06-16T10:00:00+02:00", "acute-home-visit");

        Assert.Equal("vardcentral", Text(visit, "responder"));
        Assert.Equal("Närhälsan Lidköping vårdcentral", Text(visit, "name"));
    }

    [Fact]
    public async Task AnUnknownNeedShouldBeASwedishProblemDetail()
    {
        var id = await app.UnitIdAsync("Bäckliden");

        var response = await app.CreateClient().GetAsync($"/api/v1/units/{id}/on-call?need=ambulans");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("acute-home-visit", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ThePageShouldSayLoudlyThatHerrljungasNumberIsMissing()
    {
        var id = await app.UnitIdAsync("Hagagården");
        var client = await app.SignedInAsync("sjukskoterska@lidkoping.demo");

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/vem-ringer-jag?enhet={id}&tid=2026-06-19T22:00"));

        Assert.Contains("Ring Beredskapsjouren Älvsborg + Södra Bohuslän", page);
        Assert.Contains("role=\"alert\"><strong>Nummer saknas – ange det under Administration → jourregler</strong>", page);
        Assert.DoesNotContain("077-011 02 88", page);
        Assert.DoesNotContain("chauffören i läkarbilen", page);
    }

    [Fact]
    public async Task ThePageShouldShowHallandsAcuteHomeVisitAnswerWhenAVisitIsLikely()
    {
        var id = await app.UnitIdAsync("Hemsjukvården Falkenberg");
        var client = await app.SignedInAsync("sjukskoterska@lidkoping.demo");

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/vem-ringer-jag?enhet={id}&tid=2026-06-16T10:00&behov=hembesok"));

        Assert.Contains("Ring Läkarmedverkan i hemsjukvården", page);
        Assert.Contains("Råd: ring Vårdcentralen Falkenberg direkt.", page);
        Assert.Contains("helgdagar på vardagar räknas som helg", page);
    }
}
