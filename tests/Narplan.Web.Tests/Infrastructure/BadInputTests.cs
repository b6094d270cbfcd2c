using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Narplan.Web.Features.Demo;

namespace Narplan.Web.Tests.Infrastructure;

/// <summary>
/// Issue 15, finding 4: the probe's bad inputs, each answered with a Swedish 400 page or problem details instead of a
/// 500; dates outside 1901-01-01–2199-12-31 refused by the one rule (SupportedDates).
/// </summary>
public sealed class BadInputTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private async Task<(HttpClient Admin, Guid Unit, Guid Plan, Guid Kommun)> SetUpAsync()
    {
        var unit = await app.UnitIdAsync("Bäckliden");
        var plan = await app.WithDbAsync(db => db.Plans.Select(p => p.Id).FirstAsync());
        var kommun = await app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync());
        return (await app.SignedInAsync("admin@narplan.demo"), unit, plan, kommun);
    }

    [Theory]
    [InlineData("/enheter?vardcentral=x", "vardcentral")]
    [InlineData("/patienter/ny?enhet=1", "enhet")]
    [InlineData("/enheter/{unit}/arsplan?ar=abc", "ar")]
    [InlineData("/administration/logg?sida=abc", "sida")]
    [InlineData("/planer/{plan}/jamfor?fran=abc", "fran")]
    [InlineData("/uppgifter?alla=x", "alla")]
    [InlineData("/administration/jourregler?andra=x", "andra")]
    public async Task ShouldAnswerAnUnreadableQueryValueOnAPageWithASwedish400NamingTheParameter(string url, string parameter)
    {
        var (admin, unit, plan, _) = await SetUpAsync();

        var response = await admin.GetAsync(url.Replace("{unit}", unit.ToString()).Replace("{plan}", plan.ToString()));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Adressen kunde inte läsas", body);
        Assert.Contains($"Värdet för ”{parameter}” i adressen", body);
        Assert.DoesNotContain("Exception", body);
    }

    [Fact]
    public async Task ShouldRefuseAYearPlanForTheYear2147483647WithASwedish400()
    {
        var (admin, unit, _, _) = await SetUpAsync();

        var response = await admin.GetAsync($"/enheter/{unit}/arsplan?ar=2147483647");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Året måste vara mellan 1901 och 2199.", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59+00:00")]
    [InlineData("-0001-01-01T00:00:00Z")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("1900-12-31T22:59:59Z")] // 1900-12-31 23:59:59 in Stockholm: the day before the first supported date
    [InlineData("2199-12-31T23:00:00Z")] // 2200-01-01 00:00 in Stockholm: the day after the last
    public async Task ShouldRefuseAnOnCallInstantOutsideTheSupportedDatesWithProblemDetails(string at)
    {
        var unit = await app.UnitIdAsync("Bäckliden");

        var response = await app.CreateClient().GetAsync($"/api/v1/units/{unit}/on-call?at={Uri.EscapeDataString(at)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("mellan 1901-01-01 och 2199-12-31", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("1901-01-01T00:00:00+01:00")]
    [InlineData("2199-12-31T23:59:59+01:00")]
    public async Task ShouldAnswerOnCallAtTheEdgesOfTheSupportedDates(string at)
    {
        var unit = await app.UnitIdAsync("Bäckliden");

        var response = await app.CreateClient().GetAsync($"/api/v1/units/{unit}/on-call?at={Uri.EscapeDataString(at)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("from=9999-01-01&to=9999-12-31")]
    [InlineData("from=2199-12-31")] // the default 30 days would run past 2199; the range stops at the last supported date
    [InlineData("from=0001-01-01&to=0001-12-31")]
    [InlineData("from=2026-01-01&to=-9999-01-01")]
    public async Task ShouldNeverAnswerTheRoundsApiWithA500ForExtremeRanges(string query)
    {
        var unit = await app.UnitIdAsync("Bäckliden");

        var response = await app.CreateClient().GetAsync($"/api/v1/units/{unit}/rounds?{query}");

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task ShouldRefuseAcuteFiguresFromYear1To9999WithProblemDetails()
    {
        var (admin, _, _, kommun) = await SetUpAsync();

        var response = await admin.GetAsync($"/api/v1/kommuner/{kommun}/acute-figures?from=0001-01-01&to=9999-12-31");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("mellan 1901-01-01 och 2199-12-31", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ShouldAnswerAcuteFiguresOverTheWholeSupportedRange()
    {
        var (admin, _, _, kommun) = await SetUpAsync();

        var response = await admin.GetAsync($"/api/v1/kommuner/{kommun}/acute-figures?from=1901-01-01&to=2199-12-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"value":"\ud800"}""")]
    [InlineData("""{"value":"19121212-\udc00"}""")]
    public async Task ShouldAnswerALoneSurrogateInJsonWithProblemDetails(string json)
    {
        var response = await app.CreateClient().PostAsync("/api/v1/identity-numbers/validate", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Begäran ska vara JSON", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ShouldTellTheUserWhyTheTimeOnWhoToCallIsOutsideTheSupportedDates()
    {
        var unit = await app.UnitIdAsync("Bäckliden");

        var response = await app.Browser().GetAsync($"/vem-ringer-jag?enhet={unit}&tid=9999-12-31T23:59");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("mellan 1901-01-01 och 2199-12-31", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/\r\n/evil.example")]
    [InlineData("/\u3000/evil.example")]
    [InlineData("/enheter\r\nSet-Cookie: x=1")]
    public async Task ShouldSendSignInWithAReturnUrlHoldingATabLineBreakOrIdeographicSpaceToTheStartPage(string returnUrl)
    {
        var response = await SignInAsync(returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("http://localhost/", response.Headers.Location?.AbsoluteUri);
    }

    [Fact]
    public async Task ShouldKeepAPlainReturnUrlAfterSignIn()
    {
        var response = await SignInAsync("/enheter?q=s%C3%B6dra");

        Assert.Equal("http://localhost/enheter?q=s%C3%B6dra", response.Headers.Location?.AbsoluteUri);
    }

    /// <summary>Signs in from /konto/logga-in?ReturnUrl=… as a browser sent there by a link would.</summary>
    private async Task<HttpResponseMessage> SignInAsync(string returnUrl)
    {
        var client = app.Browser();
        var url = "/konto/logga-in?ReturnUrl=" + Uri.EscapeDataString(returnUrl);
        var page = await client.GetStringAsync(url);
        return await client.PostFormAsync(url, page, "login", new()
        {
            ["Input.Email"] = "admin@narplan.demo",
            ["Input.Password"] = DemoUsers.Password,
        });
    }

    [Fact]
    public async Task ShouldAnswerAFormPostOverTheBodyLimitWithoutA500()
    {
        var client = await app.SignedInAsync("admin@narplan.demo");
        var content = new ByteArrayContent(new byte[31 * 1024 * 1024]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");

        var response = await client.PostAsync("/enheter", content);

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{response.StatusCode}");
    }
}
