using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Web.Features.Organisations;
using Narplan.Web.Features.Rounds;
using Narplan.Web.Feeds;
using Narplan.Web.Tests.Infrastructure;
using NodaTime;

namespace Narplan.Web.Tests.Rounds;

/// <summary>
/// Issue 14 item 11: one status everywhere. The demo records rounds up to 31 October 2026; Bäckliden's rounds on
/// 12 November, 26 November and 10 December 2026 (every other Thursday 09:00) were never reported. At 12:00 on
/// Thursday 10 December 2026 the half-year table counts all three as "Ej rapporterade", so every page, the API and
/// the feed must call each of them "Ej rapporterad", never "Planerad".
/// </summary>
public class RoundStatusTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private readonly WebApplicationFactory<Program> _app = factory.At(Instant.FromUtc(2026, 12, 10, 11, 0));

    private static readonly string[] Unreported = ["2026-12-10", "2026-11-26", "2026-11-12"];

    private sealed record Round(string Uid, string Start, string End, string Status, string OriginalStart, string MeetingForm, string? Doctor);

    private static string Row(string page, string date, string? also = null)
    {
        var row = Regex.Matches(page, @"<tr>(?:(?!</tr>).)*</tr>", RegexOptions.Singleline).Select(m => m.Value)
            .FirstOrDefault(r => r.Contains(date, StringComparison.Ordinal) && (also is null || r.Contains(also, StringComparison.Ordinal)));
        Assert.True(row is not null, $"no row for {date} {also}");
        return row;
    }

    [Fact]
    public async Task ShouldShowPastUnreportedRoundsAsEjRapporteradOnTheUnitPageLikeTheHalfYearTable()
    {
        var page = await _app.CreateClient().GetStringAsync(UnitPage.Url(await factory.UnitIdAsync("Bäckliden")));
        var recent = page[page.IndexOf("Senaste ronder", StringComparison.Ordinal)..page.IndexOf("Uppföljning per halvår", StringComparison.Ordinal)];

        foreach (var date in Unreported)
        {
            Assert.Contains("Ej rapporterad", Row(recent, date));
        }

        Assert.DoesNotContain("Planerad", recent);
        Assert.Equal(3, Regex.Matches(recent, "Ej rapporterad<").Count);
        // The half-year table's row for autumn 2026: planned, held, cancelled, moved, not reported — the last is 3.
        var autumn = Row(page[page.IndexOf("Uppföljning per halvår", StringComparison.Ordinal)..], "Hösten 2026");
        Assert.Matches(@"<td class=""num"">3</td>\s*<td class=""num"">[^<]*</td>\s*</tr>", autumn);
    }

    [Fact]
    public async Task ShouldShowEjRapporteradOnTheOccurrencePageTheDoctorPageAndRonder()
    {
        var seriesId = await _app.SeriesIdAsync("Bäckliden");
        var client = await _app.SignedInAsync("sjukskoterska@lidkoping.demo");

        var occurrence = await client.GetStringAsync(OccurrencePage.Url(seriesId, new LocalDate(2026, 11, 26)));
        Assert.Contains("<span class=\"round-status round-notreported\">Ej rapporterad</span>", occurrence);

        var doctorId = await _app.WithDbAsync(db => db.People.Where(p => p.Name == "Sofia Eriksson").Select(p => p.Id).SingleAsync());
        var doctor = await client.GetStringAsync(DoctorPage.Url(doctorId));
        Assert.Contains("Ej rapporterad", Row(doctor, "2026-11-26"));

        var week = await client.GetStringAsync("/ronder?kommun=Lidk%C3%B6ping");
        Assert.Contains("Ej rapporterad", Row(week, "2026-12-10", "Bäckliden"));
    }

    [Fact]
    public async Task TheApiAndTheFeedShouldSayNotReportedForTheSameRounds()
    {
        var unitId = await factory.UnitIdAsync("Bäckliden");
        var rounds = (await _app.CreateClient().GetFromJsonAsync<List<Round>>($"/api/v1/units/{unitId}/rounds?from=2026-11-01&to=2026-12-31"))!;

        Assert.Equal(
            [("2026-11-12", "not-reported"), ("2026-11-26", "not-reported"), ("2026-12-10", "not-reported"), ("2026-12-28", "moved")],
            rounds.Select(r => (r.Start[..10], r.Status)));

        var ics = await _app.CreateClient().GetStringAsync(RoundFeeds.UnitUrl(unitId));
        var calendar = await RoundsTestSupport.ParseWithIcalJsAsync(ics);
        var tenth = calendar.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("startLocal").GetString()!.StartsWith("2026-12-10"));
        Assert.Contains("Ej rapporterad.", tenth.GetProperty("description").GetString());
    }
}
