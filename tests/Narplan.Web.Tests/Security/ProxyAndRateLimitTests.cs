using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Web.Features.Demo;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Security;

/// <summary>
/// Issue 15.8 behind a TLS-terminating proxy: the app sees plain HTTP from the proxy's address and believes
/// <c>X-Forwarded-Proto</c>/<c>-For</c> only from a proxy in <c>ForwardedHeaders:KnownProxies</c>; the login
/// rate limit counts per real client. Decision 0031.
/// </summary>
public class ProxyAndRateLimitTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private const string Proxy = "10.0.0.5";
    private const string OtherMachine = "10.0.0.9";

    [Fact]
    public async Task ShouldMakeCookiesSecureAndSendHstsWhenTheConfiguredProxySaysHttps()
    {
        var client = Client(BehindProxy(), Proxy, forwardedFor: "192.0.2.10");

        var page = await client.GetAsync("/konto/logga-in");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("max-age=", page.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Contains(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith("narplan.af=") && c.Contains("secure", StringComparison.OrdinalIgnoreCase));

        var login = await client.LoginAsync("admin@narplan.demo", DemoUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("narplan.auth=") && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        // The redirect after login stays on https, as the user's browser sees the site.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/administration/logg")).StatusCode);

        // An error page behind the proxy carries HSTS too.
        var missing = await client.GetAsync("/finns-inte-alls");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True(missing.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task ShouldIgnoreForwardedHttpsFromAMachineThatIsNotAConfiguredProxy()
    {
        var client = Client(BehindProxy(), OtherMachine, forwardedFor: "192.0.2.10");

        var page = await client.GetAsync("/konto/logga-in");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
        Assert.Contains(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith("narplan.af="));
        Assert.DoesNotContain(page.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ShouldAnswer429InSwedishAfterThePermittedLoginPostsFromOneClient()
    {
        var factory = BehindProxy(permitLimit: 3);
        var client = Client(factory, Proxy, forwardedFor: "192.0.2.20");
        for (var i = 0; i < 3; i++)
        {
            var attempt = await client.LoginAsync("ingen@narplan.demo", "fel-losenord-1");
            Assert.Equal(HttpStatusCode.OK, attempt.StatusCode); // the form again, with "Fel e-postadress eller lösenord."
        }

        var refused = await client.LoginAsync("admin@narplan.demo", DemoUsers.Password);

        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        var text = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("För många inloggningsförsök", text);
        Assert.Contains("Vänta en minut", text);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) > 0);
        Assert.Equal("'none'", SecurityHeadersTests.Directives(refused)["frame-ancestors"]);
        Assert.True(refused.Headers.CacheControl?.NoStore);
        Assert.DoesNotContain(refused.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("narplan.auth="));

        // Another client behind the same proxy is counted apart (X-Forwarded-For from the configured proxy).
        var colleague = Client(factory, Proxy, forwardedFor: "192.0.2.21");
        Assert.Equal(HttpStatusCode.Redirect, (await colleague.LoginAsync("admin@narplan.demo", DemoUsers.Password)).StatusCode);
    }

    [Fact]
    public async Task ShouldNotLetAnUnconfiguredMachineEscapeTheLimitByClaimingAnotherClientAddress()
    {
        var factory = BehindProxy(permitLimit: 2);
        for (var i = 0; i < 2; i++)
        {
            var attempt = await Client(factory, OtherMachine, forwardedFor: $"192.0.2.{30 + i}").LoginAsync("ingen@narplan.demo", "fel-losenord-1");
            Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        }

        var refused = await Client(factory, OtherMachine, forwardedFor: "192.0.2.99").LoginAsync("admin@narplan.demo", DemoUsers.Password);

        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
    }

    private WebApplicationFactory<Program> BehindProxy(int permitLimit = 100000) => app.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("ForwardedHeaders:KnownProxies:0", Proxy);
        builder.UseSetting("RateLimiting:Login:PermitLimit", permitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimiting:Login:Window", "01:00:00");
        builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, ArrivesFromPeer>());
    });

    /// <summary>
    /// A browser on https://narplan.example behind the proxy: the proxy (<paramref name="peer"/>) passes the
    /// request on as plain HTTP with <c>X-Forwarded-Proto: https</c> and the client's address.
    /// </summary>
    private static HttpClient Client(WebApplicationFactory<Program> factory, string peer, string forwardedFor)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://narplan.example/"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });
        client.DefaultRequestHeaders.Add(ArrivesFromPeer.Header, peer);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return client;
    }

    /// <summary>
    /// Plays the network for the in-memory test server: the connection comes from the address in
    /// <see cref="Header"/> and is plain HTTP (TLS ended at the proxy). Runs before the app's pipeline.
    /// </summary>
    private sealed class ArrivesFromPeer : IStartupFilter
    {
        public const string Header = "X-Test-Peer";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
        {
            builder.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var peer))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                    context.Request.Headers.Remove(Header);
                }

                context.Request.Scheme = "http";
                return nextMiddleware(context);
            });
            next(builder);
        };
    }
}
