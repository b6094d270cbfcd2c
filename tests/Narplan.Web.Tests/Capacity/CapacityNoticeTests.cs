using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Audit;
using Narplan.Domain.Capacity;
using Narplan.Web.Features.Capacity;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Capacity;

/// <summary>
/// Issue 19 item 5 over HTTP. Seed 002: "Vid planerad förändring av antalet boende på SÄBO … ska verksamhetschef på
/// vårdcentralen informeras … om planerat antal platser samt när denna förändring är planerad". The demo data gives
/// Eken (Herrljunga) a notice 28 → 32 from 2027-06-01 that Närhälsan Herrljunga has not acknowledged.
/// </summary>
public sealed class CapacityNoticeTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private const string HerrljungaMas = "mas@herrljunga.demo";
    private const string HerrljungaCareCentreManager = "vcchef@herrljunga-vc.demo";
    private const string LidkopingNurse = "sjukskoterska@lidkoping.demo";

    [Fact]
    public async Task ShouldShowTheUnacknowledgedNoticeOnTheCareCentreManagersTasksAndLetHerAcknowledgeIt()
    {
        var client = await app.SignedInAsync(HerrljungaCareCentreManager);
        var eken = await app.UnitIdAsync("Eken");

        var tasks = WebUtility.HtmlDecode(await client.GetStringAsync("/uppgifter"));
        Assert.Contains("Planerade förändringar av antalet platser att kvittera", tasks);
        Assert.Contains("2027-06-01", tasks);
        Assert.Contains("28 → 32", tasks);

        var page = await client.GetStringAsync(UnitPlacesPage.Url(eken));
        var response = await client.PostFormAsync(UnitPlacesPage.Url(eken), page, "capacity-ack", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var notice = await app.WithDbAsync(db => db.Set<CapacityNotice>().AsNoTracking().SingleAsync(n => n.CareUnitId == eken));
        Assert.Equal("Maria Ek", notice.AcknowledgedBy);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e =>
            e.EntityType == nameof(CapacityNotice) && e.EntityId == notice.Id.ToString() && e.Action == AuditAction.Update && e.UserName == "Maria Ek")));
        Assert.DoesNotContain("28 → 32", WebUtility.HtmlDecode(await client.GetStringAsync("/uppgifter")));
    }

    [Fact]
    public async Task ShouldRecordANoticeAndTheDatedPlacesWhenTheMasGivesIt()
    {
        var client = await app.SignedInAsync(HerrljungaMas);
        var unit = await app.UnitIdAsync("Gruppbostad Ljunghaga");
        var page = await client.GetStringAsync(UnitPlacesPage.Url(unit));

        var response = await client.PostFormAsync(UnitPlacesPage.Url(unit), page, "capacity-notice", new()
        {
            ["Input.Places"] = "8",
            ["Input.EffectiveFrom"] = "2031-03-01",
            ["Input.Note"] = "Två lägenheter till.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var places = await client.GetStringAsync($"/api/v1/units/{unit}/places?at=2031-03-01");
        using var json = JsonDocument.Parse(places);
        Assert.Equal(8, json.RootElement.GetProperty("places").GetInt32());
        Assert.Equal(6, await app.WithDbAsync(db => db.CareUnits.Where(u => u.Id == unit).Select(u => u.Places).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == "UnitPlacesPeriod" && e.Action == AuditAction.Create && e.UserName == "Lena Holm")));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(CapacityNotice) && e.Action == AuditAction.Create && e.UserName == "Lena Holm")));
    }

    [Theory]
    [InlineData("-3", "2031-03-01", "Antal platser kan inte vara negativt.")]
    [InlineData("8", "2020-01-01", "Datumet har redan varit.")]
    [InlineData("tre", "2031-03-01", "Antal platser måste vara ett heltal.")]
    [InlineData("8", "2031-02-30", "Ange ett giltigt datum (ÅÅÅÅ-MM-DD).")]
    public async Task ShouldRefuseBadInputBesideItsFieldAndKeepTheRestOfTheForm(string places, string from, string message)
    {
        var client = await app.SignedInAsync(HerrljungaMas);
        var unit = await app.UnitIdAsync("Korttidsenheten Herrljunga");
        var page = await client.GetStringAsync(UnitPlacesPage.Url(unit));

        var response = await client.PostFormAsync(UnitPlacesPage.Url(unit), page, "capacity-notice", new()
        {
            ["Input.Places"] = places,
            ["Input.EffectiveFrom"] = from,
            ["Input.Note"] = "Behåll den här kommentaren",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, body);
        Assert.Contains("class=\"field-error\"", body);
        Assert.Contains("Behåll den här kommentaren", body);
        Assert.Contains($"value=\"{places}\"", body);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<CapacityNotice>().CountAsync(n => n.CareUnitId == unit)));
    }

    [Fact]
    public async Task ShouldRefuseAPeriodOverlappingThePlannedOne()
    {
        var client = await app.SignedInAsync(HerrljungaMas);
        var eken = await app.UnitIdAsync("Eken");
        var page = await client.GetStringAsync(UnitPlacesPage.Url(eken));

        var response = await client.PostFormAsync(UnitPlacesPage.Url(eken), page, "capacity-notice", new()
        {
            ["Input.Places"] = "30",
            ["Input.EffectiveFrom"] = "2027-05-01",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Platsperioderna överlappar", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ShouldHideAnotherKommunsNoticesAndRefuseAForgedNotice()
    {
        var client = await app.SignedInAsync(LidkopingNurse);
        var eken = await app.UnitIdAsync("Eken");

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(UnitPlacesPage.Url(eken)));
        Assert.DoesNotContain("Fyra nya platser", page);
        Assert.DoesNotContain("capacity-notice", page);

        var own = await client.GetStringAsync(UnitPlacesPage.Url(await app.UnitIdAsync("Lugnet")));
        Assert.Contains("Tre platser blir korttidsplatser.", WebUtility.HtmlDecode(own));

        // Lidköping's enhetschef may give notices for Lidköping's units; a post aimed at Herrljunga's Eken is refused.
        var manager = await app.SignedInAsync("enhetschef@lidkoping.demo");
        var lugnetPage = await manager.GetStringAsync(UnitPlacesPage.Url(await app.UnitIdAsync("Lugnet")));
        var forged = await manager.PostFormAsync(UnitPlacesPage.Url(eken), lugnetPage, "capacity-notice", new()
        {
            ["Input.Places"] = "99",
            ["Input.EffectiveFrom"] = "2032-01-01",
        });

        // The page renders no notice form for her on Eken, so the post is refused (400) before the service's own check (403).
        Assert.Contains(forged.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Forbidden });
        Assert.False(await app.WithDbAsync(db => db.Set<CapacityNotice>().AnyAsync(n => n.Places == 99)));
    }

    [Fact]
    public async Task ShouldAnswerTheUnitsPlacesOnADateFromTheHistoryAndRefuseABadDateWithProblemDetails()
    {
        var client = app.CreateClient();
        var lugnet = await app.UnitIdAsync("Lugnet");

        using var before = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/units/{lugnet}/places?at=2027-03-31"));
        using var after = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/units/{lugnet}/places?at=2027-04-01"));
        var bad = await client.GetAsync($"/api/v1/units/{lugnet}/places?at=2027-13-01");

        Assert.Equal(30, before.RootElement.GetProperty("places").GetInt32());
        Assert.Equal(27, after.RootElement.GetProperty("places").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ShouldCountPlaceDaysOverAMonthFromTheDatedHistory()
    {
        var lugnet = await app.UnitIdAsync("Lugnet");
        var kommun = await app.WithDbAsync(db => db.CareUnits.Where(u => u.Id == lugnet).Select(u => u.KommunId).SingleAsync());

        var figures = await app.WithDbAsync(db => new CapacityQueries(db).MonthAsync(kommun, new NodaTime.YearMonth(2027, 4)));

        var row = figures.Units.Single(u => u.UnitId == lugnet);
        Assert.Equal(27, row.PlacesFirstDay);
        Assert.Equal(27 * 30, row.PlaceDays);
        var march = await app.WithDbAsync(db => new CapacityQueries(db).MonthAsync(kommun, new NodaTime.YearMonth(2027, 3)));
        Assert.Equal(30 * 31, march.Units.Single(u => u.UnitId == lugnet).PlaceDays);
    }
}
