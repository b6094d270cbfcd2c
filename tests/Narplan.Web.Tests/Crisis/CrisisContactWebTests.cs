using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Audit;
using Narplan.Domain.Crisis;
using Narplan.Web.Features.Crisis;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Crisis;

/// <summary>
/// Crisis and POSOM contacts over HTTP (issue 19 item 7). The demo data gives Herrljunga seed 000's order ("Om
/// förvaltningschefen inte finns tillgänglig ersätts denna av: 1. Verksamhetschef Socialt stöd …"), its kommun's office
/// hours ("Kontorstid vardagar 8-16"), TIB via växel 010-435 80 00, and the förvaltningschef absent 1–4 December 2026.
/// </summary>
public sealed class CrisisContactWebTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private const string HerrljungaMas = "mas@herrljunga.demo";

    private Task<Guid> KommunAsync(string name) => app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == name).Select(k => k.Id).SingleAsync());

    private async Task<JsonElement> AskAsync(Guid kommun, string at)
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/kommuner/{kommun}/crisis-contact?at={Uri.EscapeDataString(at)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    [Theory]
    [InlineData("2026-11-27T15:59:00+01:00", "forvaltningschef", "Eva Strand")] // a Friday, one minute before 16:00
    [InlineData("2026-11-27T16:00:00+01:00", "tib", "TIB (tjänsteman i beredskap) i regionen")]
    [InlineData("2026-12-24T10:00:00+01:00", "tib", "TIB (tjänsteman i beredskap) i regionen")] // julafton
    [InlineData("2026-06-19T10:00:00+02:00", "tib", "TIB (tjänsteman i beredskap) i regionen")] // midsommarafton
    [InlineData("2026-12-02T10:00:00+01:00", "ersattare", "Olle Berg")] // the förvaltningschef is absent 1–4 December
    public async Task ShouldAnswerWhomToCallInHerrljungaAtTheInstant(string at, string responder, string name)
    {
        var answer = await AskAsync(await KommunAsync("Herrljunga"), at);

        Assert.Equal(responder, answer.GetProperty("responder").GetString());
        Assert.Equal(name, answer.GetProperty("name").GetString());
        if (responder == "tib")
        {
            Assert.Equal("010-435 80 00", answer.GetProperty("phone").GetString());
        }
    }

    [Theory]
    [InlineData("igår", HttpStatusCode.BadRequest)]
    [InlineData("9999-12-31T23:59:59+00:00", HttpStatusCode.BadRequest)]
    [InlineData("2026-06-19T22:00:00+99:00", HttpStatusCode.BadRequest)]
    public async Task ShouldRefuseABadInstantWithProblemDetails(string at, HttpStatusCode status)
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/kommuner/{await KommunAsync("Herrljunga")}/crisis-contact?at={Uri.EscapeDataString(at)}");

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("'at': ", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ShouldAnswerAnUnknownKommunWith404ProblemDetails()
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/kommuner/{Guid.NewGuid()}/crisis-contact");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(CrisisSetup.UnknownKommun, problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ShouldShowThePublicAnswerWithoutTheFormsToAnonymousVisitors()
    {
        var kommun = await KommunAsync("Herrljunga");

        var page = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync(CrisisContactsPage.Url(kommun) + "?tid=2026-12-24T10:00"));

        Assert.Contains("Julafton: ingen kontorstid", page);
        Assert.Contains("010-435 80 00", page);
        Assert.DoesNotContain("crisis-contacts", page);
        Assert.DoesNotContain("Registrera frånvaro", page);
    }

    [Fact]
    public async Task ShouldWriteClockTimesOnThePageAsSeventeenDotZeroZero()
    {
        // Decision 0057: pages write "16.00", as the seed's "Kontorstid vardagar 8-16" plan documents do; Friday 27 November 2026 15.59.
        var kommun = await KommunAsync("Herrljunga");

        var page = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync(CrisisContactsPage.Url(kommun) + "?tid=2026-11-27T15:59"));

        Assert.Contains("Vem ringer jag 2026-11-27 15.59?", page);
        Assert.Contains("Gäller till 2026-11-27 16.00", page);
        var order = page[page.IndexOf("Ordning på kontorstid", StringComparison.Ordinal)..];
        Assert.Matches(@"^[^<]*</h2>\s*<p>Kontorstid vardagar \d\d\.\d\d–16\.00\. ", order);
        Assert.DoesNotContain("Gäller till 2026-11-27 16:00", page);
        Assert.DoesNotMatch(@"\d\d:\d\d–\d\d:\d\d", page);
    }

    [Fact]
    public async Task ShouldRefuseOfficeHoursEndingBeforeTheyBeginBesideTheFieldAndKeepTheRestOfTheForm()
    {
        var client = await app.SignedInAsync(HerrljungaMas);
        var kommun = await KommunAsync("Herrljunga");
        var page = await client.GetStringAsync(CrisisContactsPage.Url(kommun));
        var version = await app.WithDbAsync(db => db.Set<CrisisContactPlan>().Where(p => p.KommunId == kommun).Select(p => p.Version).SingleAsync());

        var response = await client.PostFormAsync(CrisisContactsPage.Url(kommun), page, "crisis-contacts", new()
        {
            ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.OfficeOpens"] = "17:00",
            ["Input.OfficeCloses"] = "08:00",
            ["Input.ChiefTitle"] = "Förvaltningschef",
            ["Input.ChiefName"] = "Behåll Detta Namn",
            ["Input.Substitutes"] = "Verksamhetschef Socialt stöd | Olle Berg | 031-390 06 93",
            ["Input.OutsideOfficeName"] = "TIB i regionen",
            ["Input.OutsideOfficePhone"] = "010-435 80 00",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Kontorstiden måste sluta efter att den börjar.", body);
        Assert.Contains("id=\"err-OfficeCloses\"", body);
        Assert.Contains("Behåll Detta Namn", body);
        Assert.Equal("Eva Strand", await app.WithDbAsync(db => db.Set<CrisisContactPlan>().Where(p => p.KommunId == kommun).Select(p => p.ChiefName).SingleAsync()));
    }

    [Fact]
    public async Task ShouldSaveAnAbsenceAndAuditItAsTheMas()
    {
        var client = await app.SignedInAsync(HerrljungaMas);
        var kommun = await KommunAsync("Herrljunga");
        var page = await client.GetStringAsync(CrisisContactsPage.Url(kommun));

        var response = await client.PostFormAsync(CrisisContactsPage.Url(kommun), page, "crisis-absence", new()
        {
            ["Absence.PersonName"] = "Olle Berg",
            ["Absence.FirstDay"] = "2031-03-03",
            ["Absence.LastDay"] = "2031-03-07",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var absence = await app.WithDbAsync(db => db.Set<CrisisAbsence>().AsNoTracking().SingleAsync(a => a.KommunId == kommun && a.PersonName == "Olle Berg"));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e =>
            e.EntityType == nameof(CrisisAbsence) && e.EntityId == absence.Id.ToString() && e.Action == AuditAction.Create && e.UserName == "Lena Holm")));
        // Wednesday 5 March 2031, 10:00: the förvaltningschef is present, so the absence changes nothing at the top …
        var answer = await AskAsync(kommun, "2031-03-05T10:00:00+01:00");
        Assert.Equal("Eva Strand", answer.GetProperty("name").GetString());
        Assert.True(answer.GetProperty("chain")[1].GetProperty("absent").GetBoolean());
    }

    [Fact]
    public async Task ShouldRefuseAnotherKommunsManagerAndLeaveTheContactsUnchanged()
    {
        var kommun = await KommunAsync("Herrljunga");
        var manager = await app.SignedInAsync("enhetschef@lidkoping.demo");
        var own = await manager.GetStringAsync(CrisisContactsPage.Url(await KommunAsync("Lidköping")));

        var foreign = WebUtility.HtmlDecode(await manager.GetStringAsync(CrisisContactsPage.Url(kommun)));
        var forged = await manager.PostFormAsync(CrisisContactsPage.Url(kommun), own, "crisis-contacts", new()
        {
            ["Input.OfficeOpens"] = "08:00",
            ["Input.OfficeCloses"] = "17:00",
            ["Input.ChiefTitle"] = "Förvaltningschef",
            ["Input.ChiefName"] = "Förfalskad",
            ["Input.OutsideOfficeName"] = "TIB",
            ["Input.OutsideOfficePhone"] = "010-435 80 00",
        });

        Assert.DoesNotContain("Ändra krisstödskontakter", foreign);
        Assert.Contains(forged.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Forbidden });
        Assert.False(await app.WithDbAsync(db => db.Set<CrisisContactPlan>().AnyAsync(p => p.ChiefName == "Förfalskad")));
    }
}
