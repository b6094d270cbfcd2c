using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Rounds;
using Narplan.Web.Features.Rounds;
using Narplan.Web.Tests.Infrastructure;
using NodaTime;

namespace Narplan.Web.Tests.Rounds;

public class RoundPagesTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    // 10 December 2026 at 12:00 Swedish time: Bäckliden's round that morning is over, julafton's is moved ahead.
    private readonly WebApplicationFactory<Program> _app = factory.At(Instant.FromUtc(2026, 12, 10, 11, 0));

    [Fact]
    public async Task TheUnitPageShouldShowTheSeriesTheNextRoundsAndTheFigures()
    {
        var page = await _app.Browser().GetStringAsync($"/enheter/{await factory.UnitIdAsync("Bäckliden")}");

        Assert.Contains("Fasta läkartider (ronder)", page);
        Assert.Contains("Varannan torsdag", page);
        Assert.Contains("2026-12-28", page);
        Assert.Contains("från 2026-12-24 09.00 (Julafton)", page); // decision 0057
        Assert.Contains("Våren 2026", page);
        Assert.Contains("<svg class=\"chart\"", page);
        Assert.Contains("/feeds/units/", page);
    }

    [Fact]
    public async Task TheKommunPageShouldShowHeldAgainstPlannedPerUnit()
    {
        var kommunId = await _app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync());

        var page = await _app.Browser().GetStringAsync($"/naromraden/{kommunId}?halvar=2026-h1");

        Assert.Contains("genomförda mot planerade, våren 2026", page);
        Assert.Contains(">Bäckliden</a>", page);
        Assert.Contains("Ronder per enhet våren 2026", page);
    }

    [Fact]
    public async Task ANurseShouldMarkARoundCancelledWithAReasonAndKeepAnAgenda()
    {
        var seriesId = await _app.SeriesIdAsync("Bäckliden");
        var client = await _app.SignedInAsync("sjukskoterska@lidkoping.demo");
        var url = OccurrencePage.Url(seriesId, new LocalDate(2026, 12, 10));
        var page = await client.GetStringAsync(url);

        var response = await client.PostFormAsync(url, page, "round-mark", new()
        {
            ["Input.Mark"] = "Cancelled",
            ["Input.Reason"] = "DoctorAbsent",
            ["Input.Note"] = "Ingen vikarie",
            ["Input.Agenda"] = "Årlig vårdplanering, rum 4",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var record = await _app.WithDbAsync(db => db.RoundOccurrenceRecords.SingleAsync(r => r.SeriesId == seriesId && r.OriginalDate == new LocalDate(2026, 12, 10)));
        Assert.Equal((RoundStatus.Cancelled, RoundCancelReason.DoctorAbsent, "Årlig vårdplanering, rum 4"), (record.Status, record.CancelReason, record.Agenda));
        var after = await client.GetStringAsync(url);
        Assert.Contains("Läkaren frånvarande", after);
        Assert.Contains("Årlig vårdplanering, rum 4", after);
    }

    [Fact]
    public async Task MarkingAFutureRoundHeldShouldBeRefusedOnTheFormInSwedish()
    {
        var seriesId = await _app.SeriesIdAsync("Margretelund");
        var client = await _app.SignedInAsync("sjukskoterska@lidkoping.demo");
        var url = OccurrencePage.Url(seriesId, new LocalDate(2026, 12, 18));
        var page = await client.GetStringAsync(url);

        var response = await client.PostFormAsync(url, page, "round-mark", new() { ["Input.Mark"] = "Held", ["Input.Agenda"] = "Behålls" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("En rond kan inte markeras som genomförd innan den har börjat.", body);
        Assert.Contains("Behålls", body);
    }

    [Fact]
    public async Task AnotherKommunShouldNotSeeTheFormNorTheAgenda()
    {
        var seriesId = await _app.SeriesIdAsync("Lugnet");
        var client = await _app.SignedInAsync("mas@herrljunga.demo");

        var page = await client.GetStringAsync(OccurrencePage.Url(seriesId, new LocalDate(2026, 12, 15)));

        Assert.DoesNotContain("round-mark", page);
        Assert.Contains("Uppföljning och agenda förs av enhetens personal", page);
    }

    [Fact]
    public async Task TheOccurrencePageShouldNeedASignIn()
    {
        var seriesId = await _app.SeriesIdAsync("Lugnet");

        var response = await _app.Browser().GetAsync(OccurrencePage.Url(seriesId, new LocalDate(2026, 12, 15)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/konto/logga-in", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task TheDoctorPageShouldListRoundsAcrossUnits()
    {
        var doctorId = await _app.WithDbAsync(db => db.People.Where(p => p.Name == "Sofia Eriksson").Select(p => p.Id).SingleAsync());

        var page = await _app.Browser().GetStringAsync(DoctorPage.Url(doctorId));

        Assert.Contains("Bäckliden", page);
        Assert.Contains("Hemvårdsområde Norr", page);
        Assert.Contains("LSS-bostäder Lidköping", page);
        Assert.DoesNotContain("Skapa ny kalenderlänk", page);
    }

    [Theory]
    [InlineData("TwiceAWeek", "Tuesday", "Tuesday", "09:00", "2027-01-01", "", "två olika dagar – båda är tisdag")]
    [InlineData("Weekly", "Tuesday", "", "02:30", "2027-01-01", "", "02:30 finns inte natten till sommartid")]
    [InlineData("Weekly", "Tuesday", "", "09:00", "2027-03-01", "2027-02-01", "Serien kan inte börja (2027-03-01) efter att den slutar (2027-02-01).")]
    public async Task ABadSeriesShouldBeRefusedOnTheFormKeepingWhatWasTyped(
        string recurrence, string day, string second, string time, string from, string to, string message)
    {
        var unitId = await factory.UnitIdAsync("Lugnet");
        var client = await _app.SignedInAsync("enhetschef@lidkoping.demo");
        var page = await client.GetStringAsync($"/enheter/{unitId}");

        var response = await client.PostFormAsync($"/enheter/{unitId}", page, "round-series", new()
        {
            ["Input.Recurrence"] = recurrence, ["Input.Weekday"] = day, ["Input.SecondWeekday"] = second, ["Input.StartTime"] = time,
            ["Input.LengthMinutes"] = "45", ["Input.MeetingForm"] = "Telefon", ["Input.Location"] = "Lugnets expedition",
            ["Input.HolidayPolicy"] = "Cancel", ["Input.ValidFrom"] = from, ["Input.ValidTo"] = to,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, body);
        Assert.Contains("value=\"Lugnets expedition\"", body);
        Assert.Equal(1, await _app.WithDbAsync(db => db.RoundSeries.CountAsync(s => s.CareUnitId == unitId)));
    }

    [Fact]
    public async Task ChangingASeriesShouldKeepEarlierOccurrencesAndTheirRecords()
    {
        var unitId = await factory.UnitIdAsync("Hemvårdsområde Centrum");
        var oldId = await _app.SeriesIdAsync("Hemvårdsområde Centrum");
        var client = await _app.SignedInAsync("enhetschef@lidkoping.demo");
        var page = await client.GetStringAsync($"/enheter/{unitId}");

        var response = await client.PostFormAsync($"/enheter/{unitId}", page, "round-series", new()
        {
            ["Input.ReplacesSeriesId"] = oldId.ToString(), ["Input.Recurrence"] = "Weekly", ["Input.Weekday"] = "Tuesday",
            ["Input.StartTime"] = "10:00", ["Input.LengthMinutes"] = "60", ["Input.MeetingForm"] = "PaPlats",
            ["Input.HolidayPolicy"] = "MoveToNextWorkingDay", ["Input.ValidFrom"] = "2027-01-01",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var rounds = await client.GetFromJsonAsync<List<System.Text.Json.JsonElement>>($"/api/v1/units/{unitId}/rounds?from=2026-10-01&to=2027-01-15");
        var starts = rounds!.Select(r => r.GetProperty("start").GetString()!).ToList();
        Assert.Contains("2026-10-05T13:00:00+02:00", starts);
        Assert.Contains("2026-12-28T13:00:00+01:00", starts);
        Assert.Contains("2027-01-05T10:00:00+01:00", starts);
        Assert.DoesNotContain("2027-01-11T13:00:00+01:00", starts);
        Assert.Equal("held", rounds!.Single(r => r.GetProperty("start").GetString() == "2026-10-05T13:00:00+02:00").GetProperty("status").GetString());
        Assert.Equal(new LocalDate(2026, 12, 31), await _app.WithDbAsync(db => db.RoundSeries.Where(s => s.Id == oldId).Select(s => s.ValidTo).SingleAsync()));
    }

    [Fact]
    public async Task EndingASeriesShouldStopItsRoundsAfterTheLastDayAndRefuseADayInThePast()
    {
        var unitId = await factory.UnitIdAsync("Hemvårdsområde Söder");
        var seriesId = await _app.SeriesIdAsync("Hemvårdsområde Söder");
        var client = await _app.SignedInAsync("enhetschef@lidkoping.demo");
        var page = await client.GetStringAsync($"/enheter/{unitId}");

        var past = await client.PostFormAsync($"/enheter/{unitId}", page, "end-round-series", new()
        {
            ["Input.SeriesId"] = seriesId.ToString(), ["Input.LastDay"] = "2026-12-01",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);
        Assert.Contains("kan inte avslutas bakåt i tiden", System.Net.WebUtility.HtmlDecode(await past.Content.ReadAsStringAsync()));

        var response = await client.PostFormAsync($"/enheter/{unitId}", page, "end-round-series", new()
        {
            ["Input.SeriesId"] = seriesId.ToString(), ["Input.LastDay"] = "2027-01-14",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var rounds = await client.GetFromJsonAsync<List<System.Text.Json.JsonElement>>($"/api/v1/units/{unitId}/rounds?from=2027-01-01&to=2027-01-31");
        // Nyårsafton's round (Thursday 31 December) moved past nyårsdagen and the weekend to Monday 4 January.
        Assert.Equal(["2027-01-04T09:00:00+01:00", "2027-01-07T09:00:00+01:00", "2027-01-14T09:00:00+01:00"], rounds!.Select(r => r.GetProperty("start").GetString()));
    }

    [Fact]
    public async Task TheRoundsPageShouldListTheWeeksRoundsOfOneKommun()
    {
        var page = System.Net.WebUtility.HtmlDecode(await _app.Browser().GetStringAsync("/ronder?kommun=Lidköping"));

        Assert.Contains("Bäckliden", page);
        Assert.Contains("tors 2026-12-10", page);
        Assert.DoesNotContain("Hagagården", page);
    }
}
