using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Calendars;
using Narplan.Domain.Rounds;
using Narplan.Web.Features.Rounds;
using Narplan.Web.Feeds;
using Narplan.Web.Tests.Infrastructure;
using NodaTime;

namespace Narplan.Web.Tests.Rounds;

public class RoundFeedTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    // 1 June 2026: the feeds' window then covers midsommarafton and the whole of December.
    private readonly WebApplicationFactory<Program> _app = factory.At(Instant.FromUtc(2026, 6, 1, 10, 0));

    private async Task<(string Ics, JsonElement Parsed)> FeedAsync(string url)
    {
        var response = await _app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        return (ics, await RoundsTestSupport.ParseWithIcalJsAsync(ics));
    }

    private static JsonElement Event(JsonElement calendar, string startLocalPrefix) =>
        calendar.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("startLocal").GetString()!.StartsWith(startLocalPrefix));

    [Fact]
    public async Task TheUnitFeedShouldParseInIcalJsWithStockholmTimesAndACancelledMidsommarafton()
    {
        var (_, calendar) = await FeedAsync(RoundFeeds.UnitUrl(await factory.UnitIdAsync("Björkhaga")));

        Assert.Equal("2.0", calendar.GetProperty("version").GetString());
        Assert.Equal("Ronder Björkhaga", calendar.GetProperty("name").GetString());
        Assert.Equal(["Europe/Stockholm"], calendar.GetProperty("timezones").EnumerateArray().Select(z => z.GetString()));
        var events = calendar.GetProperty("events").EnumerateArray().ToList();
        Assert.True(events.Count > 20);
        Assert.All(events, e => Assert.Equal("Europe/Stockholm", e.GetProperty("tzid").GetString()));
        Assert.Equal(events.Count, events.Select(e => e.GetProperty("uid").GetString()).Distinct().Count());

        var midsommarafton = Event(calendar, "2026-06-19");
        Assert.Equal("CANCELLED", midsommarafton.GetProperty("status").GetString());
        Assert.Equal("2026-06-19T08:00:00.000Z", midsommarafton.GetProperty("start").GetString());
        Assert.Contains("Midsommarafton", midsommarafton.GetProperty("description").GetString());
        Assert.Contains("Mötesform: Teams/video", midsommarafton.GetProperty("description").GetString());
        Assert.Equal("Teams", midsommarafton.GetProperty("location").GetString());
    }

    [Fact]
    public async Task IcalJsShouldSeeTenOClockAsTenOClockLocalInSummerAndWinter()
    {
        var (_, calendar) = await FeedAsync(RoundFeeds.UnitUrl(await factory.UnitIdAsync("Björkhaga")));

        // The parser applies our VTIMEZONE: 10:00 is 08:00 UTC in summer and 09:00 UTC in winter.
        Assert.Equal("2026-06-05T08:00:00.000Z", Event(calendar, "2026-06-05").GetProperty("start").GetString());
        Assert.Equal("2026-06-05T08:45:00.000Z", Event(calendar, "2026-06-05").GetProperty("end").GetString());
        Assert.Equal("2026-11-06T09:00:00.000Z", Event(calendar, "2026-11-06").GetProperty("start").GetString());
    }

    [Fact]
    public async Task AMovedJulaftonShouldKeepItsUidAndStartOnTheTwentyEighth()
    {
        var seriesId = await _app.SeriesIdAsync("Bäckliden");
        var (_, calendar) = await FeedAsync(RoundFeeds.UnitUrl(await factory.UnitIdAsync("Bäckliden")));

        var moved = Event(calendar, "2026-12-28");
        Assert.Equal(RoundOccurrence.UidFor(seriesId, new LocalDate(2026, 12, 24)), moved.GetProperty("uid").GetString());
        Assert.Equal("CONFIRMED", moved.GetProperty("status").GetString());
        Assert.Contains("Flyttad från 2026-12-24 09:00 (Julafton)", moved.GetProperty("description").GetString());
    }

    [Fact]
    public async Task TheFeedShouldBeValidContentLinesByTheLetterOfRfc5545()
    {
        var (ics, _) = await FeedAsync(RoundFeeds.UnitUrl(await factory.UnitIdAsync("LSS-bostäder Lidköping")));

        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics);
        Assert.EndsWith("END:VCALENDAR\r\n", ics);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", ""));
        var lines = ics.Split("\r\n")[..^1];
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, $"Longer than 75 octets: {l}"));
        Assert.Contains(lines, l => l.StartsWith(' '));
        Assert.Contains("BEGIN:VTIMEZONE", lines);
        Assert.Equal(lines.Count(l => l == "BEGIN:VEVENT"), lines.Count(l => l.StartsWith("DTSTAMP:") && l.EndsWith('Z')));
    }

    [Fact]
    public async Task ARecordedMoveShouldBumpTheSequenceAndNeverPublishTheAgenda()
    {
        var seriesId = await _app.SeriesIdAsync("Hemvårdsområde Norr");
        var result = await _app.AsUserAsync("sjukskoterska@lidkoping.demo", (c, user) => c.MarkAsync(
            user, seriesId, new LocalDate(2026, 11, 4), 0, RoundMark.Moved, null, null, new LocalDateTime(2026, 11, 5, 14, 0),
            "Anna Andersson 19121212-1212: årlig vårdplanering"));
        Assert.True(result.Succeeded, result.Error);

        var (ics, calendar) = await FeedAsync(RoundFeeds.UnitUrl(await factory.UnitIdAsync("Hemvårdsområde Norr")));

        var moved = Event(calendar, "2026-11-05");
        Assert.Equal(RoundOccurrence.UidFor(seriesId, new LocalDate(2026, 11, 4)), moved.GetProperty("uid").GetString());
        Assert.Equal(1, moved.GetProperty("sequence").GetInt32());
        Assert.Equal("2026-11-05T13:00:00.000Z", moved.GetProperty("start").GetString());
        Assert.DoesNotContain(calendar.GetProperty("events").EnumerateArray(), e => e.GetProperty("startLocal").GetString()!.StartsWith("2026-11-04"));
        Assert.DoesNotContain("Anna", ics);
        Assert.DoesNotContain("19121212", ics);
    }

    [Fact]
    public async Task TheCareCentreFeedShouldHoldTheRoundsOfItsUnits()
    {
        var centreId = await _app.WithDbAsync(db => db.RegionalUnits.Where(u => u.Name == "Närhälsan Lidköping vårdcentral").Select(u => u.Id).SingleAsync());

        var (_, calendar) = await FeedAsync(RoundFeeds.CareCentreUrl(centreId));

        var summaries = calendar.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("summary").GetString()).Distinct().ToList();
        Assert.Contains("Läkarrond Bäckliden", summaries);
        Assert.Contains("Läkarrond Margretelund", summaries);
        Assert.DoesNotContain("Läkarrond Lugnet", summaries);
    }

    [Fact]
    public async Task ADoctorsSecretLinkShouldWorkUntilItIsRevoked()
    {
        var doctorId = await _app.WithDbAsync(db => db.People.Where(p => p.Name == "Sofia Eriksson").Select(p => p.Id).SingleAsync());
        var (created, token) = await _app.AsUserAsync("admin@narplan.demo", (c, user) => c.NewFeedLinkAsync(user, doctorId));
        Assert.True(created.Succeeded);

        var (_, calendar) = await FeedAsync(RoundFeeds.DoctorUrl(token!));
        var summaries = calendar.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("summary").GetString()).Distinct().ToList();
        Assert.Contains("Läkarrond Bäckliden", summaries);
        Assert.Contains("Läkarrond Hemvårdsområde Norr", summaries);
        Assert.Contains("Läkarrond LSS-bostäder Lidköping", summaries);
        Assert.DoesNotContain("Läkarrond Lugnet", summaries);

        var revoked = await _app.AsUserAsync("admin@narplan.demo", (c, user) => c.RevokeFeedLinksAsync(user, doctorId));
        Assert.True(revoked.Succeeded);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateClient().GetAsync(RoundFeeds.DoctorUrl(token!))).StatusCode);
    }

    [Fact]
    public async Task AnotherVardcentralShouldNotMakeADoctorsLink()
    {
        var doctorId = await _app.WithDbAsync(db => db.People.Where(p => p.Name == "Sofia Eriksson").Select(p => p.Id).SingleAsync());

        var (result, token) = await _app.AsUserAsync("lakare@herrljunga-vc.demo", (c, user) => c.NewFeedLinkAsync(user, doctorId));

        Assert.True(result.Forbidden);
        Assert.Null(token);
    }

    [Theory]
    [InlineData("/feeds/doctors/not-a-real-token/rounds.ics")]
    [InlineData("/feeds/units/0195a000-0000-7000-8000-000000000001/rounds.ics")]
    [InlineData("/feeds/care-centres/0195a000-0000-7000-8000-000000000001/rounds.ics")]
    public async Task AnUnknownFeedShouldBe404(string url)
    {
        var response = await _app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void TheVtimezoneRuleShouldMatchTheTzDatabaseForTheYearsFeedsCover()
    {
        // VTIMEZONE says: last Sunday of March 02:00 local → +02, last Sunday of October 03:00 local → +01.
        for (var year = 2000; year <= 2040; year++)
        {
            var march = LastSunday(year, 3);
            var october = LastSunday(year, 10);
            var transitions = Stockholm.Zone.GetZoneIntervals(Instant.FromUtc(year, 1, 1, 0, 0), Instant.FromUtc(year, 12, 31, 0, 0))
                .Skip(1).Select(i => i.Start).ToList();
            Assert.Equal([march.At(new LocalTime(1, 0)).InUtc().ToInstant(), october.At(new LocalTime(1, 0)).InUtc().ToInstant()], transitions);
        }

        static LocalDate LastSunday(int year, int month) =>
            DateAdjusters.PreviousOrSame(IsoDayOfWeek.Sunday)(DateAdjusters.EndOfMonth(new LocalDate(year, month, 1)));
    }

    [Fact]
    public void FoldingShouldNotSplitAUtf8SequenceAndShouldUnfoldToTheOriginal()
    {
        var text = string.Concat(Enumerable.Repeat("Läkarrond på Bäckliden, åäö; ", 12));

        var ics = new ICalendarWriter().Text("DESCRIPTION", text).ToString();

        Assert.All(ics.Split("\r\n")[..^1], l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75));
        var unfolded = ics.Replace("\r\n ", "").TrimEnd('\r', '\n');
        Assert.Equal("DESCRIPTION:" + ICalendarWriter.Escape(text), unfolded);
        Assert.Contains("\\;", unfolded);
        Assert.Contains("\\,", unfolded);
    }
}
