using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Narplan.Web.Features.Patients;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Patients;
using NodaTime;

namespace Narplan.Web.Tests.Security;

/// <summary>
/// Issue 15.8: a Content-Security-Policy without inline script, no caching of anything that may carry
/// patient data, the same headers on error pages, no Server header. Decision 0031.
/// </summary>
public partial class SecurityHeadersTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    [Fact]
    public async Task ShouldSendAContentSecurityPolicyThatForbidsFramingAndInlineScript()
    {
        var response = await app.Browser().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Directives(response);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'self'", policy["default-src"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task ShouldRenderNoInlineScriptOrEventHandlerOnThePagesThatHadThem()
    {
        var tolvan = await app.PatientIdAsync("Tolvan Tolvansson");
        var nurse = await app.SignedInAsync(PatientTestSupport.LidkopingNurse);
        var unit = await app.UnitIdAsync("Lugnet");
        // The print buttons (letter, loggutdrag, on-call card) and "Kopiera SBAR" used onclick="…".
        foreach (var url in new[] { "/", PatientPage.Url(tolvan), $"/patienter/{tolvan}/brev", $"/patienter/{tolvan}/akut", $"/patienter/{tolvan}/palliativ", Narplan.Web.Features.OnCall.OnCallCardPage.Url(unit) })
        {
            var response = await nurse.GetAsync(url);
            var page = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            Assert.DoesNotMatch(InlineScript(), page);
            Assert.DoesNotMatch(EventHandlerAttribute(), page);
            Assert.Contains("<script src=\"narplan.", page);
        }
    }

    [Fact]
    public async Task ShouldForbidStoringEveryPageThatCarriesPatientData()
    {
        var tolvan = await app.PatientIdAsync("Tolvan Tolvansson");
        var greta = await app.PatientIdAsync("Greta Påhittad");
        var nurse = await app.SignedInAsync(PatientTestSupport.LidkopingNurse);
        var mas = await app.SignedInAsync("mas@herrljunga.demo");
        var requests = new (HttpClient Client, string Url)[]
        {
            (nurse, PatientPage.Url(tolvan)),
            (nurse, $"/patienter/{tolvan}/brev"),
            (nurse, $"/patienter/{tolvan}/akut"),
            (nurse, $"/patienter/{tolvan}/palliativ"),
            (mas, PatientLogPage.Url(greta)),
            (mas, PatientLogPage.CsvUrl(greta)),
        };
        foreach (var (client, url) in requests)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{url}: Cache-Control {response.Headers.CacheControl}");
        }
    }

    [Fact]
    public async Task ShouldLetBrowsersCacheTheBuildsStaticFiles()
    {
        var page = await app.Browser().GetStringAsync("/");
        var css = StyleSheet().Match(page).Groups["href"].Value;
        Assert.NotEqual("", css);

        var response = await app.Browser().GetAsync("/" + css);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        // The build's own caching rule stands (no-cache with an ETag here; a year, immutable, once published).
        Assert.NotNull(response.Headers.CacheControl);
        Assert.False(response.Headers.CacheControl.NoStore, $"Cache-Control {response.Headers.CacheControl}");
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task ShouldSendTheSameHeadersOnTheErrorPages()
    {
        var failing = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IClock>(provider => new FailingClock(provider.GetRequiredService<IHttpContextAccessor>()))));
        var client = failing.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var notFound = await client.GetAsync("/finns-inte-alls");
        var badForm = await client.PostAsync("/konto/logga-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "x" }));
        var crash = await client.GetAsync("/ronder?kasta=1");

        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badForm.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, crash.StatusCode);
        Assert.DoesNotContain("kastar", await crash.Content.ReadAsStringAsync());
        foreach (var response in new[] { notFound, badForm, crash })
        {
            Assert.Equal("'none'", Directives(response)["frame-ancestors"]);
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{response.StatusCode}: Cache-Control {response.Headers.CacheControl}");
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        }
    }

    [Fact]
    public void ShouldNotLetKestrelAnnounceItselfInAServerHeader()
    {
        // Over a real socket the published app's test checks the header itself (PublishedAppTests).
        Assert.False(app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    internal static Dictionary<string, string> Directives(HttpResponseMessage response) =>
        response.Headers.GetValues("Content-Security-Policy").Single()
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>")]
    private static partial Regex InlineScript();

    [GeneratedRegex("\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(?<href>app\\.[^\"]+\\.css)\"")]
    private static partial Regex StyleSheet();

    /// <summary>
    /// A clock that fails for a request with <c>?kasta=1</c>: an unexpected exception inside a page. Otherwise it stands
    /// at 10:00 on Wednesday 2 December 2026, so the pages are the same on any day.
    /// </summary>
    private sealed class FailingClock(IHttpContextAccessor accessor) : IClock
    {
        public Instant GetCurrentInstant() =>
            accessor.HttpContext?.Request.Query.ContainsKey("kasta") == true
                ? throw new InvalidOperationException("Klockan kastar (test).")
                : Instant.FromUtc(2026, 12, 2, 9, 0);
    }
}
