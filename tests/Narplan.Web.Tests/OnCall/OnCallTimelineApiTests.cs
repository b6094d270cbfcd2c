using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Rounds;

namespace Narplan.Web.Tests.OnCall;

/// <summary>
/// Issue 22.3: the on-call timeline for phone switches — consecutive periods from the one resolution function, each
/// with its reason, agreeing with /on-call at every boundary; midsommar 2026 (afton 19 June) as the named fact.
/// </summary>
public sealed class OnCallTimelineApiTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private async Task<JsonElement> TimelineAsync(Guid unit, string from, string to)
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/units/{unit}/on-call/timeline?from={from}&to={to}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task ShouldCoverMidsommar2026WithOneBeredskapsjourPeriodFromThursdayEveningToMonderMorningNamingTheDays()
    {
        var unit = await app.UnitIdAsync("Bäckliden");
        var timeline = await TimelineAsync(unit, "2026-06-18", "2026-06-22");
        var periods = timeline.GetProperty("periods").EnumerateArray().ToList();

        Assert.Equal("2026-06-18T00:00:00+02:00", periods[0].GetProperty("from").GetString());
        Assert.Equal("2026-06-23T00:00:00+02:00", periods[^1].GetProperty("until").GetString());
        for (var i = 1; i < periods.Count; i++)
        {
            Assert.Equal(periods[i - 1].GetProperty("until").GetString(), periods[i].GetProperty("from").GetString());
        }

        var weekend = Assert.Single(periods, p => p.GetProperty("from").GetString() == "2026-06-18T17:00:00+02:00");
        Assert.Equal("beredskapsjour", weekend.GetProperty("responder").GetString());
        Assert.Equal("2026-06-22T08:00:00+02:00", weekend.GetProperty("until").GetString());
        var reason = weekend.GetProperty("reason").GetString()!;
        Assert.Contains("Midsommarafton", reason);
        Assert.Contains("Midsommardagen", reason);
        Assert.Contains("kväll", reason);
    }

    [Fact]
    public async Task ShouldAgreeWithTheOnCallApiAtEveryBoundaryIncludingTheOctoberDstNight()
    {
        var unit = await app.UnitIdAsync("Bäckliden");
        var timeline = await TimelineAsync(unit, "2026-10-23", "2026-10-27");
        var client = app.CreateClient();
        foreach (var period in timeline.GetProperty("periods").EnumerateArray())
        {
            var at = period.GetProperty("from").GetString()!;
            var single = await client.GetFromJsonAsync<JsonElement>($"/api/v1/units/{unit}/on-call?at={Uri.EscapeDataString(at)}");
            Assert.Equal(single.GetProperty("responder").GetString(), period.GetProperty("responder").GetString());
            Assert.Equal(single.GetProperty("name").GetString(), period.GetProperty("name").GetString());
            Assert.Equal(single.GetProperty("phone").ToString(), period.GetProperty("phone").ToString());
        }
    }

    [Theory]
    [InlineData("2026-01-01", "2026-06-01")]
    [InlineData("2026-06-10", "2026-06-01")]
    [InlineData("abc", "2026-06-01")]
    [InlineData("2026-06-01", "9999-12-31")]
    public async Task ShouldRefuseARangeOver93DaysReversedOrUnreadableWithProblemDetails(string from, string to)
    {
        var unit = await app.UnitIdAsync("Bäckliden");
        var response = await app.CreateClient().GetAsync($"/api/v1/units/{unit}/on-call/timeline?from={from}&to={to}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ShouldPublishTheSamePeriodsAsAnICalendarFeedThatIcalJsReads()
    {
        var unit = await app.UnitIdAsync("Bäckliden");
        var response = await app.CreateClient().GetAsync($"/feeds/units/{unit}/on-call.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var parsed = await RoundsTestSupport.ParseWithIcalJsAsync(await response.Content.ReadAsStringAsync());
        var events = parsed.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        for (var i = 1; i < events.Count; i++)
        {
            Assert.Equal(events[i - 1].GetProperty("end").GetString(), events[i].GetProperty("start").GetString());
        }

        Assert.All(events, e => Assert.Equal("Europe/Stockholm", e.GetProperty("tzid").GetString()));
    }
}
