using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Data.Identity;
using Narplan.Domain.Audit;
using Narplan.Domain.Calendars;
using Narplan.Domain.OnCall;
using Narplan.Domain.Organisations;
using Narplan.Web.Features.OnCall;
using Narplan.Web.Features.Organisations;
using Narplan.Web.Tests.Infrastructure;
using NodaTime;

namespace Narplan.Web.Tests.OnCall;

/// <summary>Rule profiles, redirects and absences as stored data, feeding the one resolution function.</summary>
public class OnCallDataTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    /// <summary>Wednesday 2 December 2026 at 10:00 Swedish time: the app's clock, so "today" is the same on any day the tests run.</summary>
    private static readonly Instant Now = Instant.FromUtc(2026, 12, 2, 9, 0);

    private readonly WebApplicationFactory<Program> _app = factory.At(Now);

    private async Task<JsonElement> OnCallAsync(string unit, string at)
    {
        var id = await _app.UnitIdAsync(unit);
        var client = await _app.SignedInAsync("sjukskoterska@lidkoping.demo");
        var response = await client.GetAsync($"/api/v1/units/{id}/on-call?at={Uri.EscapeDataString(at)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<CommandResult> AsAsync(string email, Func<OnCallCommands, ClaimsPrincipal, Task<CommandResult>> work) =>
        _app.AsUserAsync<OnCallCommands, CommandResult>(email, work);

    private Task<Guid> CentreIdAsync(string name) =>
        _app.WithDbAsync(db => db.RegionalUnits.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    private static LocalDate Today => Now.InZone(Stockholm.Zone).Date;

    private Task<Guid> AreaIdAsync(string name) =>
        _app.WithDbAsync(db => db.OnCallAreas.Where(a => a.Name == name).Select(a => a.Id).SingleAsync());

    private const string HallandArea = "Region Halland – allmänmedicinsk beredskapsjour";

    [Theory]
    [InlineData("2026-06-19T23:00:00+02:00", "beredskapsjour")] // midsommarafton
    [InlineData("2026-12-24T10:00:00+01:00", "beredskapsjour")] // julafton, VGR; Halland: a weekday
    [InlineData("2027-03-02T10:00:00+01:00", "vardcentral")] // an ordinary Tuesday
    [InlineData("2026-10-25T02:30:00+01:00", "beredskapsjour")] // the repeated hour of the October DST night
    public async Task EveryDemoUnitShouldGetAnAnswerOnAnyDate(string at, string expected)
    {
        var units = await _app.WithDbAsync(db => db.CareUnits
            .Join(db.Kommuner, u => u.KommunId, k => k.Id, (u, k) => new { u.Id, u.Name, k.RegionId })
            .Join(db.Regions, x => x.RegionId, r => r.Id, (x, r) => new { x.Id, x.Name, r.ShortName })
            .ToListAsync());
        var client = await _app.SignedInAsync("sjukskoterska@lidkoping.demo");

        Assert.True(units.Count > 20);
        foreach (var unit in units)
        {
            var response = await client.GetAsync($"/api/v1/units/{unit.Id}/on-call?at={Uri.EscapeDataString(at)}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
            var halland = unit.ShortName == "Halland";
            var want = halland && at.StartsWith("2026-12-24", StringComparison.Ordinal) ? "vardcentral" : expected;
            Assert.True(want == answer.GetProperty("responder").GetString(), $"{unit.Name} vid {at}: {answer}");
            Assert.True(DateTimeOffset.Parse(answer.GetProperty("from").GetString()!) <= DateTimeOffset.Parse(at));
            Assert.True(DateTimeOffset.Parse(answer.GetProperty("until").GetString()!) > DateTimeOffset.Parse(at));
        }
    }

    [Fact]
    public async Task TheDemoClosureMorningShouldRedirectLidkopingsUnitsAndEndAtNoon()
    {
        var answer = await OnCallAsync("Bäckliden", "2026-12-03T09:00:00+01:00");

        Assert.Equal("tillfallig", answer.GetProperty("responder").GetString());
        Assert.Equal("Närhälsan Guldvingen vårdcentral", answer.GetProperty("name").GetString());
        Assert.Equal("2026-12-03T08:00:00+01:00", answer.GetProperty("from").GetString());
        Assert.Equal("2026-12-03T12:00:00+01:00", answer.GetProperty("until").GetString());
        Assert.Equal("vardcentral", answer.GetProperty("next").GetProperty("responder").GetString());

        var afternoon = await OnCallAsync("Bäckliden", "2026-12-03T13:00:00+01:00");
        Assert.Equal("vardcentral", afternoon.GetProperty("responder").GetString());
        Assert.Equal("2026-12-03T12:00:00+01:00", afternoon.GetProperty("from").GetString());
    }

    [Fact]
    public async Task TheRedirectShouldNotConcernUnitsOfAnotherVardcentral()
    {
        // Lugnet is Guldvingen's: Lidköping vårdcentral's closure does not touch it.
        var answer = await OnCallAsync("Lugnet", "2026-12-03T09:00:00+01:00");

        Assert.Equal("vardcentral", answer.GetProperty("responder").GetString());
        Assert.Equal("Närhälsan Guldvingen vårdcentral", answer.GetProperty("name").GetString());
    }

    [Fact]
    public async Task DuringTheFastLakarkontaktsAbsenceTheSubstituteShouldBeNamed()
    {
        var during = await OnCallAsync("Bäckliden", "2026-12-22T10:00:00+01:00");
        var before = await OnCallAsync("Bäckliden", "2026-12-18T10:00:00+01:00");

        Assert.Equal("Oskar Wallin", during.GetProperty("doctor").GetString());
        Assert.Equal("Sofia Eriksson", before.GetProperty("doctor").GetString());
    }

    [Fact]
    public async Task AVardcentralschefShouldRedirectTheirOwnVardcentralAndTheAnswerShouldFollow()
    {
        var herrljunga = await CentreIdAsync("Närhälsan Herrljunga vårdcentral");
        var day = SwedishCalendar.Instance.NextWorkingDay(Today.PlusDays(20));

        var result = await AsAsync("vcchef@herrljunga-vc.demo", (c, u) => c.AddRedirectAsync(
            u, herrljunga, null, day + new LocalTime(8, 0), day + new LocalTime(17, 0),
            "Distriktsläkare Jonas Lind", "070-174 06 55", "Personaldag", isInternal: true));

        Assert.True(result.Succeeded, result.Error);
        var at = (day + new LocalTime(10, 0)).InZoneStrictly(Stockholm.Zone).ToOffsetDateTime().ToString("uuuu-MM-dd'T'HH:mm:sso<+HH:mm>", null);
        var answer = await OnCallAsync("Hagagården", at);
        Assert.Equal("tillfallig", answer.GetProperty("responder").GetString());
        Assert.Equal("070-174 06 55", answer.GetProperty("phone").GetString());

        var anonymous = await (await _app.CreateClient().GetAsync(
            $"/api/v1/units/{await _app.UnitIdAsync("Hagagården")}/on-call?at={Uri.EscapeDataString(at)}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("phone").ValueKind);

        var logged = await _app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(OnCallRedirect) && e.Action == AuditAction.Create));
        Assert.True(logged >= 1);
    }

    [Fact]
    public async Task ANewRedirectShouldBeAnsweredAtOnceEvenRightAfterTheSameQuestion()
    {
        var herrljunga = await CentreIdAsync("Närhälsan Herrljunga vårdcentral");
        var day = SwedishCalendar.Instance.NextWorkingDay(Today.PlusDays(40));
        var at = (day + new LocalTime(9, 0)).InZoneStrictly(Stockholm.Zone).ToOffsetDateTime().ToString("uuuu-MM-dd'T'HH:mm:sso<+HH:mm>", null);
        var before = await OnCallAsync("Eken", at);
        var eken = await _app.UnitIdAsync("Eken");

        var result = await AsAsync("vcchef@herrljunga-vc.demo", (c, u) => c.AddRedirectAsync(
            u, herrljunga, eken, day + new LocalTime(8, 0), day + new LocalTime(10, 0),
            "Närhälsan Vårgårda vårdcentral", "070-174 06 58", "Telefonstörning", isInternal: false));
        var after = await OnCallAsync("Eken", at);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("vardcentral", before.GetProperty("responder").GetString());
        Assert.Equal("tillfallig", after.GetProperty("responder").GetString());
        Assert.Equal("070-174 06 58", after.GetProperty("phone").GetString());
    }

    [Fact]
    public async Task AVardcentralschefShouldNotRedirectAnotherVardcentral()
    {
        var lidkoping = await CentreIdAsync("Närhälsan Lidköping vårdcentral");
        var day = Today.PlusDays(10);

        var result = await AsAsync("vcchef@herrljunga-vc.demo", (c, u) => c.AddRedirectAsync(
            u, lidkoping, null, day + new LocalTime(8, 0), day + new LocalTime(12, 0), "Någon", "070-174 06 56", "", false));

        Assert.True(result.Forbidden);
    }

    [Theory]
    [InlineData("0", "Telefonnumret '0' är inte ett giltigt svenskt nummer.")]
    [InlineData("070-174 06 57", "Omkopplingen måste sluta efter att den börjar.")]
    public async Task ABadRedirectShouldBeRefusedInSwedish(string phone, string message)
    {
        var herrljunga = await CentreIdAsync("Närhälsan Herrljunga vårdcentral");
        var day = Today.PlusDays(12);
        var end = phone == "0" ? new LocalTime(12, 0) : new LocalTime(7, 0);

        var result = await AsAsync("vcchef@herrljunga-vc.demo", (c, u) => c.AddRedirectAsync(
            u, herrljunga, null, day + new LocalTime(8, 0), day + end, "Jonas Lind", phone, "", false));

        Assert.False(result.Succeeded);
        Assert.Equal(message, result.Error);
    }

    [Fact]
    public async Task AnAdministratorsNewProfileVersionShouldApplyFromItsDateAndTheOldOneStayHistory()
    {
        var from = Today.PlusDays(400);
        var changed = SeedOnCallProfiles.Halland(from) with { };
        var profile = new OnCallRuleProfile(
            "Region Halland – ny dagtid", from, new LocalTime(8, 0), new LocalTime(16, 0),
            weekdayHolidaysAreOnCall: true, evesAreOnCall: true, changed.OnCallServiceName, changed.OnCallNumbers, changed.EscalationSteps,
            new ResponsePromises(Duration.FromHours(2), Duration.FromMinutes(30)), changed.Scope);

        var hallandArea = await AreaIdAsync(HallandArea);
        var result = await AsAsync("admin@narplan.demo", (c, u) => c.AddProfileVersionAsync(u, hallandArea, profile));

        Assert.True(result.Succeeded, result.Error);
        var unit = await _app.WithDbAsync(db => db.CareUnits.Where(u => u.KommunId == db.Kommuner.Single(k => k.Name == "Falkenberg").Id)
            .Select(u => u.Name).FirstAsync());
        var tuesdayAfter = from.PlusDays(((int)IsoDayOfWeek.Tuesday - (int)from.DayOfWeek + 7) % 7 + 7);
        tuesdayAfter = SwedishCalendar.Instance.NextWorkingDayOnOrAfter(tuesdayAfter);
        string At(LocalDate d, int h, int m) => (d + new LocalTime(h, m)).InZoneStrictly(Stockholm.Zone).ToOffsetDateTime().ToString("uuuu-MM-dd'T'HH:mm:sso<+HH:mm>", null);

        var after = await OnCallAsync(unit, At(tuesdayAfter, 16, 30));
        var before = await OnCallAsync(unit, At(SwedishCalendar.Instance.NextWorkingDay(Today.PlusDays(30)), 16, 30));

        Assert.Equal("beredskapsjour", after.GetProperty("responder").GetString());
        Assert.Equal("vardcentral", before.GetProperty("responder").GetString());
        var versions = await _app.WithDbAsync(db => db.RuleProfileVersions.CountAsync(v => v.AreaId == hallandArea));
        Assert.Equal(2, versions);
    }

    [Fact]
    public async Task AProfileVersionShouldNotStartInThePastAndOnlyAnAdministratorShouldAddOne()
    {
        var past = SeedOnCallProfiles.Skaraborg(Today.PlusDays(-1));
        var future = SeedOnCallProfiles.Skaraborg(Today.PlusDays(500));

        var skaraborg = await AreaIdAsync("Beredskapsjouren Skaraborg");
        var backdated = await AsAsync("admin@narplan.demo", (c, u) => c.AddProfileVersionAsync(u, skaraborg, past));
        var byMas = await AsAsync("mas@herrljunga.demo", (c, u) => c.AddProfileVersionAsync(u, skaraborg, future));

        Assert.False(backdated.Succeeded);
        Assert.Contains("bakåt i tiden", backdated.Error);
        Assert.True(byMas.Forbidden);
    }

    [Fact]
    public async Task TheVersionInForceShouldNeverBeRevised()
    {
        var skaraborg = await AreaIdAsync("Beredskapsjouren Skaraborg");
        var current = await _app.WithDbAsync(db => db.RuleProfileVersions.AsNoTracking().SingleAsync(v => v.AreaId == skaraborg && v.ValidFrom == new LocalDate(2022, 10, 1)));

        var result = await AsAsync("admin@narplan.demo", (c, u) => c.ReviseProfileVersionAsync(u, current.Id, current.Version, SeedOnCallProfiles.Skaraborg(Today.PlusDays(3))));

        Assert.False(result.Succeeded);
        Assert.Contains("gäller redan", result.Error);
    }

    [Fact]
    public async Task TheWeekViewShouldNameMidsummerAndShowTheOnCallWeekend()
    {
        var id = await _app.UnitIdAsync("Bäckliden");
        var client = await _app.SignedInAsync("sjukskoterska@lidkoping.demo");

        var html = await client.GetStringAsync($"/vem-ringer-jag/vecka?enhet={id}&vecka=2026-W25");

        Assert.Contains("Midsommarafton", html);
        Assert.Contains("Midsommardagen", html);
        Assert.Contains("fredag 19 juni", html);
        Assert.Contains("077-011 02 88", html);
        Assert.Contains("08.00–17.00", html); // decision 0057
    }

    [Fact]
    public async Task TheWeekViewWithoutLoginShouldHideTheInternalNumber()
    {
        var id = await _app.UnitIdAsync("Bäckliden");

        var html = await _app.CreateClient().GetStringAsync($"/vem-ringer-jag/vecka?enhet={id}&vecka=2026-W25");

        Assert.DoesNotContain("077-011 02 88", html);
        Assert.Contains("Visas för inloggade", html);
    }

    [Fact]
    public async Task AMalformedWeekShouldBeExplainedAndTheCurrentWeekShown()
    {
        var id = await _app.UnitIdAsync("Bäckliden");

        var html = await _app.CreateClient().GetStringAsync($"/vem-ringer-jag/vecka?enhet={id}&vecka=2026-W54");

        Assert.Contains("är ingen vecka", html);
    }

    [Fact]
    public async Task TheCardShouldListFourWeeksFromThisMonday()
    {
        var id = await _app.UnitIdAsync("Bäckliden");
        var client = await _app.SignedInAsync("sjukskoterska@lidkoping.demo");

        var html = await client.GetStringAsync($"/vem-ringer-jag/kort?enhet={id}");

        var monday = OnCallDays.MondayOf(Today);
        Assert.Equal(new LocalDate(2026, 11, 30), monday);
        Assert.Contains(monday.ToString("dddd d MMMM", System.Globalization.CultureInfo.GetCultureInfo("sv-SE")), html);
        Assert.Contains(monday.PlusDays(27).ToString("dddd d MMMM", System.Globalization.CultureInfo.GetCultureInfo("sv-SE")), html);
        Assert.DoesNotContain(monday.PlusDays(28).ToString("dddd d MMMM", System.Globalization.CultureInfo.GetCultureInfo("sv-SE")), html);
        Assert.Contains(OnCallAnswer.Reminder, html);
    }

    [Fact]
    public async Task TheRuleProfilePageShouldBeForAdministratorsOnly()
    {
        var nurse = await _app.SignedInAsync("sjukskoterska@lidkoping.demo");
        var admin = await _app.SignedInAsync("admin@narplan.demo");

        var denied = await nurse.GetAsync("/administration/jourregler");
        var page = await admin.GetStringAsync($"/administration/jourregler?omrade={await AreaIdAsync("Beredskapsjouren Skaraborg")}");

        // Exact: a signed-in user without the role is sent to the access-denied page, never a 200 or a 500.
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/konto/atkomst-nekad", denied.Headers.Location!.PathAndQuery);
        Assert.Contains("Västra Götalandsregionen", page);
        Assert.Contains("077-011 02 88 | intern", page);
    }
}
