using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.OnCall;

public class OnCallApiTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private async Task<JsonElement> OnCallAsync(string unit, string at, bool signedIn = true)
    {
        var id = await app.UnitIdAsync(unit);
        var client = signedIn ? await app.SignedInAsync("sjukskoterska@lidkoping.demo") : app.CreateClient();
        var response = await client.GetAsync($"/api/v1/units/{id}/on-call?at={Uri.EscapeDataString(at)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task ShouldRouteBacklidenToTheOnCallDoctorAt23OnMidsummerEveUntilMonday()
    {
        var answer = await OnCallAsync("Bäckliden", "2026-06-19T23:00:00+02:00");

        Assert.Equal("beredskapsjour", answer.GetProperty("responder").GetString());
        // Midsommarafton counts as a holiday in the VGR rule: the jour starts on Thursday at 17:00.
        Assert.Equal("2026-06-18T17:00:00+02:00", answer.GetProperty("from").GetString());
        Assert.Equal("2026-06-22T08:00:00+02:00", answer.GetProperty("until").GetString());
        Assert.Equal("vardcentral", answer.GetProperty("next").GetProperty("responder").GetString());
        Assert.Equal("Närhälsan Lidköping vårdcentral", answer.GetProperty("next").GetProperty("name").GetString());
        var contacts = answer.GetProperty("contacts").EnumerateArray().ToList();
        Assert.Equal(1, contacts[0].GetProperty("order").GetInt32());
        Assert.Equal("077-011 02 88", contacts[0].GetProperty("phone").GetString());
        Assert.Contains(contacts, c => c.GetProperty("phone").GetString() == "076-880 86 80");
        Assert.Equal(30, answer.GetProperty("telephoneContactWithinMinutes").GetInt32());
        Assert.Equal(120, answer.GetProperty("onSiteWithinMinutes").GetInt32());
    }

    [Fact]
    public async Task WithoutLoginTheOnCallDoctorsInternalNumbersShouldBeLeftOut()
    {
        var answer = await OnCallAsync("Bäckliden", "2026-06-19T23:00:00+02:00", signedIn: false);

        Assert.Equal("beredskapsjour", answer.GetProperty("responder").GetString());
        Assert.True(answer.GetProperty("internalNumbersHidden").GetBoolean());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("phone").ValueKind);
        var phones = answer.GetProperty("contacts").EnumerateArray().Select(c => c.GetProperty("phone").GetString()).ToList();
        Assert.DoesNotContain("077-011 02 88", phones);
        Assert.DoesNotContain("076-880 86 80", phones);
        Assert.Contains("031-190 180", phones); // läkarjourens kontor is public
    }

    [Fact]
    public async Task WithoutLoginTheVardcentralsDirectNumberFromTheBilagaShouldBeShown()
    {
        var answer = await OnCallAsync("Bäckliden", "2026-06-16T10:00:00+02:00", signedIn: false);

        Assert.False(answer.GetProperty("internalNumbersHidden").GetBoolean());
        Assert.Equal(JsonValueKind.String, answer.GetProperty("phone").ValueKind);
    }

    [Fact]
    public async Task ShouldRouteBacklidenToItsVardcentralOnATuesdayMorningUntil17()
    {
        var answer = await OnCallAsync("Bäckliden", "2026-06-16T10:00:00+02:00");

        Assert.Equal("vardcentral", answer.GetProperty("responder").GetString());
        Assert.Equal("Närhälsan Lidköping vårdcentral", answer.GetProperty("name").GetString());
        Assert.Equal("Sofia Eriksson", answer.GetProperty("doctor").GetString());
        Assert.Equal("2026-06-16T08:00:00+02:00", answer.GetProperty("from").GetString());
        Assert.Equal("2026-06-16T17:00:00+02:00", answer.GetProperty("until").GetString());
        Assert.Equal("beredskapsjour", answer.GetProperty("next").GetProperty("responder").GetString());
    }

    [Fact]
    public async Task ShouldUseTheResponsibilityInForceOnTheDateAsked()
    {
        var answer = await OnCallAsync("Bäckliden", "2025-06-17T10:00:00Z");

        Assert.Equal("Närhälsan Guldvingen vårdcentral", answer.GetProperty("name").GetString());
    }

    [Fact]
    public async Task TheSaturdayNightBeforeSummerTimeShouldEndOnMonday08LocalTime()
    {
        var answer = await OnCallAsync("Lugnet", "2026-03-28T22:00:00+01:00");

        Assert.Equal("2026-03-27T17:00:00+01:00", answer.GetProperty("from").GetString());
        Assert.Equal("2026-03-30T08:00:00+02:00", answer.GetProperty("until").GetString());
    }

    [Fact]
    public async Task HallandShouldKeepItsVardcentralOpenOnMidsummerEveMorning()
    {
        var answer = await OnCallAsync("Tallgården", "2026-06-19T10:00:00+02:00");

        Assert.Equal("vardcentral", answer.GetProperty("responder").GetString());
        Assert.Equal("Vårdcentralen Falkenberg", answer.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("igår", 400)]
    [InlineData("2026-06-19 22:00", 400)]
    [InlineData("2026-06-19T22:00:00", 400)]
    public async Task ABadInstantShouldBeASwedishProblemDetail(string at, int status)
    {
        var id = await app.UnitIdAsync("Bäckliden");

        var response = await app.CreateClient().GetAsync($"/api/v1/units/{id}/on-call?at={Uri.EscapeDataString(at)}");

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ISO 8601", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnUnknownUnitShouldBeA404ProblemDetail()
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/units/{Guid.NewGuid()}/on-call");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task HolidaysOf2027ShouldIncludeEasterPentecostAndTheEves()
    {
        var holidays = await app.CreateClient().GetFromJsonAsync<List<JsonElement>>("/api/v1/calendar/holidays?year=2027");

        string? Kind(string date, string name) => holidays!
            .SingleOrDefault(h => h.GetProperty("date").GetString() == date && h.GetProperty("name").GetString() == name)
            .GetProperty("kind").GetString();
        Assert.Equal("helgdag", Kind("2027-01-01", "Nyårsdagen"));
        Assert.Equal("helgdag", Kind("2027-03-28", "Påskdagen"));
        Assert.Equal("helgdag", Kind("2027-05-16", "Pingstdagen"));
        Assert.Equal("afton", Kind("2027-06-25", "Midsommarafton"));
        Assert.Equal("afton", Kind("2027-12-24", "Julafton"));
        Assert.Equal(16, holidays!.Count);
    }

    [Theory]
    [InlineData("1800")]
    [InlineData("tjugotjugosju")]
    public async Task AYearOutsideTheCalendarShouldBeAProblemDetail(string year)
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/calendar/holidays?year={year}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ThePageShouldShowWhomToCallAndRememberTheUnit()
    {
        var id = await app.UnitIdAsync("Bäckliden");
        var client = await app.SignedInAsync("sjukskoterska@lidkoping.demo");
        var anonymous = await app.Browser().GetStringAsync($"/vem-ringer-jag?enhet={id}&tid=2026-06-19T23:00");

        var page = await client.GetStringAsync($"/vem-ringer-jag?enhet={id}&tid=2026-06-19T23:00");

        Assert.Contains("Ring Beredskapsläkare", page);
        Assert.Contains("href=\"tel:0770110288\"", page);
        Assert.DoesNotContain("tel:0770110288", anonymous);
        Assert.Contains("Numret är internt och visas för inloggade", anonymous);
        Assert.Contains("måndag 22 juni 2026 kl. 08.00", page); // decision 0057
        Assert.Contains("ViSam/BViS", page);

        var again = await client.GetStringAsync("/vem-ringer-jag");
        Assert.Contains("Bäckliden", again);
        Assert.Contains("Ring ", again);
    }
}
