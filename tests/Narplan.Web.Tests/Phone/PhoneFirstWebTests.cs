using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Web.Features.Acute;
using Narplan.Web.Features.Patients;
using Narplan.Web.Infrastructure;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Rounds;
using NodaTime;

namespace Narplan.Web.Tests.Phone;

/// <summary>Issue 18 over HTTP: the nurse's acute picker, the call bar on the acute form, and the small things (item 6).</summary>
public class PhoneFirstWebTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private const string Nurse = "sjukskoterska@lidkoping.demo";

    // Thursday 10 December 2026 at 21.00 Swedish time: the beredskapsjour answers for Lidköping (seed 002).
    private static readonly Instant Evening = Instant.FromUtc(2026, 12, 10, 20, 0);

    private readonly WebApplicationFactory<Program> _app = factory.At(Evening);

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task ShouldFindAPatientByNameFromTheStartPageWithTheWordsPostedAndLinkToTheAcuteForm()
    {
        var astrid = await _app.PatientIdAsync("Astrid Påhittad");
        var nurse = await _app.SignedInAsync(Nurse);
        var start = await nurse.GetStringAsync("/");
        Assert.Contains("Akut: välj patient", WebUtility.HtmlDecode(start));
        // The search words are posted, never put in the address.
        Assert.Matches("<form method=\"post\"[^>]*class=\"acute-search\"", start);

        var response = await nurse.PostFormAsync("/", start, "acute-search", new() { ["Words"] = "påhitt" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"href=\"{AcuteContactPage.Url(astrid)}\"", await TextAsync(response));
    }

    [Fact]
    public async Task ShouldNotFindAProtectedIdentityByItsNameNorAnyoneByIdentityNumber()
    {
        var nurse = await _app.SignedInAsync(Nurse);
        var start = await nurse.GetStringAsync("/");

        var byName = await TextAsync(await nurse.PostFormAsync("/", start, "acute-search", new() { ["Words"] = "Exempelsson" }));
        var byNumber = await TextAsync(await nurse.PostFormAsync("/", start, "acute-search", new() { ["Words"] = "19121212" }));

        Assert.Contains("Inga patienter matchar ”Exempelsson”", byName);
        Assert.DoesNotContain("Gunnar", byName);
        Assert.Contains("Inga patienter matchar ”19121212”", byNumber);
    }

    [Fact]
    public async Task ShouldListTheNursesOwnRecentPatientFromTheAuditOfHerReads()
    {
        var tolvan = await _app.PatientIdAsync("Tolvan Tolvansson");
        var nurse = await _app.SignedInAsync(Nurse);
        var before = await nurse.GetStringAsync("/");
        Assert.DoesNotContain($"href=\"{AcuteContactPage.Url(tolvan)}\"", before);

        await nurse.GetStringAsync(PatientPage.Url(tolvan));
        var after = await nurse.GetStringAsync("/");

        Assert.Contains($"href=\"{AcuteContactPage.Url(tolvan)}\"", after);
        // Another nurse's reads are not her recent patients.
        var manager = await _app.SignedInAsync("enhetschef@lidkoping.demo");
        Assert.DoesNotContain($"href=\"{AcuteContactPage.Url(tolvan)}\"", await manager.GetStringAsync("/"));
    }

    [Fact]
    public async Task TheAcuteFormShouldShowTheNumberToCallOnTheFirstScreenAndKeepItAfterAWrongPulse()
    {
        var astrid = await _app.PatientIdAsync("Astrid Påhittad");
        var nurse = await _app.SignedInAsync(Nurse);
        var url = AcuteContactPage.Url(astrid);
        var first = await nurse.GetStringAsync(url);
        // Seed 002: Lidköping's beredskapsjour, Beredskapsjouren Skaraborg, 077-011 02 88.
        Assert.Matches("class=\"call-bar[^\"]*\"[\\s\\S]*href=\"tel:0770110288\"", first);

        var wrong = await nurse.PostFormAsync(url, first, "acute", new()
        {
            ["Input.Action"] = "calc", ["Input.Reason"] = "Sämre", ["Input.Pulse"] = "900", ["Input.RespirationRate"] = "24",
        });
        var html = await TextAsync(wrong);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("En puls på 900 slag per minut är inte möjlig.", html);
        Assert.Matches("class=\"call-bar[^\"]*\"[\\s\\S]*href=\"tel:0770110288\"", html);
        Assert.Contains("value=\"24\"", html);
    }

    [Fact]
    public async Task ThePatientPageShouldOfferAkutKontaktBeforeTheFacts()
    {
        var astrid = await _app.PatientIdAsync("Astrid Påhittad");
        var nurse = await _app.SignedInAsync(Nurse);
        var page = WebUtility.HtmlDecode(await nurse.GetStringAsync(PatientPage.Url(astrid)));

        var button = page.IndexOf($"href=\"{AcuteContactPage.Url(astrid)}\">Akut kontakt</a>", StringComparison.Ordinal);
        Assert.True(button > 0 && button < page.IndexOf("<dl class=\"facts\"", StringComparison.Ordinal));
    }

    [Fact]
    // "in December, next year": on 2 December 2026 the year plan opens on 2027 without a year in the address.
    public async Task ShouldOpenTheYearPlanOnNextYearInDecember2026()
    {
        var unit = await factory.UnitIdAsync("Bäckliden");
        var nurse = await factory.At(Instant.FromUtc(2026, 12, 2, 9, 0)).SignedInAsync(Nurse);
        var page = WebUtility.HtmlDecode(await nurse.GetStringAsync($"/enheter/{unit}/arsplan"));
        Assert.Contains("<h1>Årsplan för årlig medicinsk vårdplanering: Bäckliden 2027</h1>", page);

        var june = await factory.At(Instant.FromUtc(2026, 6, 15, 9, 0)).SignedInAsync(Nurse);
        Assert.Contains("Bäckliden 2026</h1>", WebUtility.HtmlDecode(await june.GetStringAsync($"/enheter/{unit}/arsplan")));
    }

    [Theory]
    [InlineData(0, "0 vårdcentraler")]
    [InlineData(1, "1 vårdcentral")]
    [InlineData(2, "2 vårdcentraler")]
    [InlineData(1200, "1 200 vårdcentraler")]
    public void ShouldWriteTheNounInTheRightNumber(int count, string expected) =>
        Assert.Equal(expected, SwedishCount.Of(count, "vårdcentral", "vårdcentraler").Replace('\u00a0', ' '));

    [Fact]
    public async Task TheStartPageShouldNeverSayOneVardcentraler()
    {
        var page = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync("/"));
        Assert.DoesNotMatch(@"\b1 (vårdcentraler|enheter)\b", page);
        Assert.Matches(@"\d+ vårdcentral(er)?\b", page);
    }

    [Fact]
    public async Task TheLoginShouldAskForAnEmailAddress()
    {
        var page = await factory.CreateClient().GetStringAsync("/konto/logga-in");
        Assert.Matches("<input[^>]*id=\"email\"[^>]*type=\"email\"|<input[^>]*type=\"email\"[^>]*id=\"email\"", page);
    }

    [Fact]
    public async Task TheRoundsFilterShouldStartAtTheNursesOwnKommunAndAllKommunerStayAChoice()
    {
        var nurse = await _app.SignedInAsync(Nurse);
        Assert.Matches("<option value=\"Lidköping\" selected", await nurse.GetStringAsync("/ronder"));
        Assert.DoesNotMatch("<option value=\"Lidköping\" selected", await nurse.GetStringAsync("/ronder?kommun="));
    }

    [Fact]
    public async Task ADoctorShouldReachHerOwnPageFromTheMenu()
    {
        var doctor = await _app.SignedInAsync("lakare@herrljunga-vc.demo");
        var start = await doctor.GetStringAsync("/");
        Assert.Contains("href=\"/lakare/min-sida\"", start);

        var response = await doctor.GetAsync("/lakare/min-sida");
        var karin = await _app.WithDbAsync(db => db.People.Where(p => p.Name == "Karin Åberg").Select(p => p.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/lakare/{karin}", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    // Decision 0065: a user is found by the person her account is linked to, never by her name.
    public async Task MinLakarsidaShouldFollowTheAccountsPersonLinkAndNotTheDisplayName()
    {
        using var app = new NarplanAppFactory();
        const string email = "lakare@herrljunga-vc.demo";
        var karin = await app.WithDbAsync(db => db.People.Where(p => p.Name == "Karin Åberg").Select(p => p.Id).SingleAsync());

        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            user.DisplayName = "Dr K. Åberg";
            return await db.SaveChangesAsync();
        });
        var renamed = await (await app.SignedInAsync(email)).GetAsync("/lakare/min-sida");
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal($"/lakare/{karin}", renamed.Headers.Location!.AbsolutePath);

        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            (user.DisplayName, user.PersonId) = ("Karin Åberg", null);
            return await db.SaveChangesAsync();
        });
        var unlinked = await (await app.SignedInAsync(email)).GetAsync("/lakare/min-sida");
        Assert.Equal(HttpStatusCode.OK, unlinked.StatusCode);
        Assert.Contains($"href=\"/lakare/{karin}\"", await unlinked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheApiReferenceShouldBeInTheFooterAndTheAdminMenuNotTheNursesMenu()
    {
        var nurse = WebUtility.HtmlDecode(await (await _app.SignedInAsync(Nurse)).GetStringAsync("/"));
        var admin = WebUtility.HtmlDecode(await (await _app.SignedInAsync("admin@narplan.demo")).GetStringAsync("/"));

        Assert.DoesNotContain("/scalar/v1", Menu(nurse));
        Assert.Contains("/scalar/v1", Menu(admin));
        Assert.Contains("/scalar/v1", nurse[nurse.IndexOf("<footer", StringComparison.Ordinal)..]);
    }

    [Fact]
    // Decision 0057: clock times on pages as "23.00"; seed 002: midsommarafton 19 June 2026 at 23.00 is beredskapsjour.
    public async Task TimesOnPagesShouldBeWrittenTheSwedishWay()
    {
        var unit = await factory.UnitIdAsync("Bäckliden");
        var page = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync($"/vem-ringer-jag?enhet={unit}&tid=2026-06-19T23:00"));
        Assert.Contains("kl. 23.00", page);
        Assert.DoesNotContain("kl. 23:00", page);
    }

    private static string Menu(string page) => page[page.IndexOf("<nav class=\"sidenav\"", StringComparison.Ordinal)..].Split("</nav>")[0];
}
