using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Rounds;

public class RoundsApiTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    // 1 June 2026: every round these tests read lies ahead, so "planned" means not yet started (decision 0046)
    // whatever day the tests run.
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _app = app.At(NodaTime.Instant.FromUtc(2026, 6, 1, 10, 0));

    private sealed record Round(string Uid, string Start, string End, string Status, string OriginalStart, string MeetingForm, string? Doctor);

    private async Task<List<Round>> RoundsAsync(string unit, string from, string to)
    {
        var id = await app.UnitIdAsync(unit);
        return (await _app.CreateClient().GetFromJsonAsync<List<Round>>($"/api/v1/units/{id}/rounds?from={from}&to={to}"))!;
    }

    [Fact]
    public async Task BacklidenShouldHaveARoundEveryOtherThursdayInJune2026()
    {
        var june = await RoundsAsync("Bäckliden", "2026-06-01", "2026-06-30");

        Assert.Equal(["2026-06-11T09:00:00+02:00", "2026-06-25T09:00:00+02:00"], june.Select(r => r.Start));
        Assert.All(june, r => Assert.Equal("PåPlats", r.MeetingForm));
        Assert.All(june, r => Assert.Equal("Sofia Eriksson", r.Doctor));
        Assert.All(june, r => Assert.Equal(r.Start, r.OriginalStart));
        Assert.Equal("2026-06-11T11:00:00+02:00", june[0].End);
    }

    [Fact]
    public async Task TheSubstituteShouldComeWhileSofiaErikssonIsAwayOverChristmas()
    {
        // Demo absence: Sofia Eriksson 21 December 2026 – 8 January 2027, substitute Oskar Wallin.
        var rounds = await RoundsAsync("Bäckliden", "2026-12-01", "2027-01-31");

        Assert.Equal(
            [("2026-12-10", "Sofia Eriksson"), ("2026-12-28", "Oskar Wallin"), ("2027-01-07", "Oskar Wallin"), ("2027-01-21", "Sofia Eriksson")],
            rounds.Select(r => (r.Start[..10], r.Doctor)));
    }

    [Fact]
    public async Task BjorkhagaShouldBeCancelledOnMidsommaraftonByItsPolicy()
    {
        var june = await RoundsAsync("Björkhaga", "2026-06-01", "2026-06-30");

        var midsommarafton = Assert.Single(june, r => r.OriginalStart.StartsWith("2026-06-19"));
        Assert.Equal("cancelled", midsommarafton.Status);
        Assert.Equal("2026-06-19T10:00:00+02:00", midsommarafton.Start);
        Assert.Equal("Teams", midsommarafton.MeetingForm);
    }

    [Fact]
    public async Task MargretelundShouldBeMovedFromMidsommaraftonToTheMondayAfter()
    {
        var june = await RoundsAsync("Margretelund", "2026-06-01", "2026-06-30");

        var moved = Assert.Single(june, r => r.OriginalStart == "2026-06-19T09:00:00+02:00");
        Assert.Equal("2026-06-22T09:00:00+02:00", moved.Start);
        Assert.DoesNotContain(june, r => r.Start.StartsWith("2026-06-19"));
    }

    [Fact]
    public async Task BacklidenShouldMoveJulaftonToTheTwentyEighthOfDecember()
    {
        var december = await RoundsAsync("Bäckliden", "2026-12-01", "2026-12-31");

        Assert.Equal(
            [("2026-12-10T09:00:00+01:00", "planned", "2026-12-10T09:00:00+01:00"), ("2026-12-28T09:00:00+01:00", "moved", "2026-12-24T09:00:00+01:00")],
            december.Select(r => (r.Start, r.Status, r.OriginalStart)));
    }

    [Fact]
    public async Task NyaraftonShouldMoveIntoJanuaryAndCountThere()
    {
        var december = await RoundsAsync("Hemvårdsområde Söder", "2026-12-01", "2026-12-31");
        var january = await RoundsAsync("Hemvårdsområde Söder", "2027-01-01", "2027-01-31");

        Assert.DoesNotContain(december, r => r.OriginalStart.StartsWith("2026-12-31"));
        var moved = Assert.Single(january, r => r.OriginalStart == "2026-12-31T09:00:00+01:00");
        Assert.Equal(("2027-01-04T09:00:00+01:00", "moved"), (moved.Start, moved.Status));
    }

    [Fact]
    public async Task TwiceAWeekShouldCancelJulaftonAndNyaraftonWhenTheNextWorkingDayAlreadyHasARound()
    {
        var rounds = await RoundsAsync("Korttidsenheten Fregatten", "2026-12-21", "2027-01-08");

        Assert.Equal(
            [("2026-12-21", "planned"), ("2026-12-24", "cancelled"), ("2026-12-28", "planned"), ("2026-12-31", "cancelled"), ("2027-01-04", "planned"), ("2027-01-07", "planned")],
            rounds.Select(r => (r.Start[..10], r.Status)));
    }

    [Fact]
    public async Task UidsShouldBeStableBetweenRequests()
    {
        var first = await RoundsAsync("Lugnet", "2026-06-01", "2026-12-31");
        var second = await RoundsAsync("Lugnet", "2026-01-01", "2027-06-30");

        Assert.Equal(first.Count, first.Select(r => r.Uid).Distinct().Count());
        Assert.All(first, r => Assert.Contains(second, s => s.Uid == r.Uid && s.Start == r.Start));
    }

    [Theory]
    [InlineData("from=2026-06-30&to=2026-06-01", "ligger före")]
    [InlineData("from=2026-01-01&to=2028-01-02", "högst två år")]
    [InlineData("from=2026-13-01&to=2026-12-31", "'from' måste vara ett datum")]
    [InlineData("from=2026-06-01&to=30.6.2026", "'to' måste vara ett datum")]
    public async Task ABadRangeShouldBeA400ProblemDetailInSwedish(string query, string detail)
    {
        var id = await app.UnitIdAsync("Bäckliden");

        var response = await _app.CreateClient().GetAsync($"/api/v1/units/{id}/rounds?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(detail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ExactlyTwoYearsShouldBeAccepted()
    {
        var id = await app.UnitIdAsync("Bäckliden");

        var response = await _app.CreateClient().GetAsync($"/api/v1/units/{id}/rounds?from=2026-01-01&to=2028-01-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnUnknownUnitShouldBeA404ProblemDetail()
    {
        var response = await _app.CreateClient().GetAsync($"/api/v1/units/{Guid.NewGuid()}/rounds?from=2026-06-01&to=2026-06-30");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
