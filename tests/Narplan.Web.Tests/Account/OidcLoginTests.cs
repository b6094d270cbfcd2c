using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Data.Identity;
using Narplan.Web.Features.Account;

namespace Narplan.Web.Tests.Account;

/// <summary>The app with SITHS/OIDC configured against <see cref="InTestOidcProvider"/>, on its own SQLite file.</summary>
public sealed class OidcAppFactory : WebApplicationFactory<Program>
{
    public static readonly Uri AppBase = new("https://localhost");

    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"narplan-oidc-{Guid.NewGuid():N}.db");

    public InTestOidcProvider Provider { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Narplan", $"Data Source={databasePath}");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Reset", "false");
        builder.UseSetting("Authentication:Oidc:Authority", InTestOidcProvider.Issuer);
        builder.UseSetting("Authentication:Oidc:ClientId", InTestOidcProvider.ClientId);
        builder.UseSetting("Authentication:Oidc:ClientSecret", InTestOidcProvider.ClientSecret);
        builder.UseSetting("Authentication:Oidc:RequireHttpsMetadata", "true");
        // Configure (not PostConfigure): OpenIdConnectPostConfigureOptions builds the backchannel
        // HttpClient and the metadata ConfigurationManager from BackchannelHttpHandler.
        builder.ConfigureTestServices(services => services.Configure<OpenIdConnectOptions>(
            OidcSettings.Scheme, options => options.BackchannelHttpHandler = Provider.CreateHandler()));
    }

    /// <summary>A browser: HTTPS (the correlation and nonce cookies are Secure), its own cookies, no automatic redirects.</summary>
    public (HttpClient Client, CookieContainer Cookies) CreateBrowser()
    {
        var cookies = new CookieContainer();
        return (CreateDefaultClient(AppBase, new CookieContainerHandler(cookies)), cookies);
    }

    /// <summary>What an administrator does: link a SITHS identity to an existing Närplan user.</summary>
    public async Task LinkAsync(string email, string subject)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<NarplanUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException("No demo user " + email);
        var result = await users.AddLoginAsync(user, new UserLoginInfo(OidcSettings.Scheme, subject, "SITHS"));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Provider.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(databasePath + suffix);
        }
    }
}

public sealed partial class OidcLoginTests(OidcAppFactory factory) : IClassFixture<OidcAppFactory>
{
    private const string AuthCookie = "narplan.auth";
    private const string ExternalCookie = "Identity.External";

    [Fact]
    public async Task ALinkedUserShouldSignInThroughTheOidcProvider()
    {
        var subject = "hsa-" + Guid.NewGuid().ToString("N");
        await factory.LinkAsync("sjukskoterska@lidkoping.demo", subject);
        factory.Provider.Subject = subject;
        var (browser, cookies) = factory.CreateBrowser();
        Assert.DoesNotContain("Ida Sjöström", await PageTextAsync(browser, "/"));
        var tokensBefore = factory.Provider.TokensIssued;

        var callback = await ThroughProviderAsync(browser, "/vardcentraler");
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        var complete = await browser.GetAsync(callback.Headers.Location);

        Assert.Equal(tokensBefore + 1, factory.Provider.TokensIssued);
        Assert.Equal(HttpStatusCode.Redirect, complete.StatusCode);
        Assert.Equal("/vardcentraler", complete.Headers.Location?.OriginalString);
        Assert.NotNull(Cookie(cookies, AuthCookie));
        Assert.Null(Cookie(cookies, ExternalCookie));
        var home = await PageTextAsync(browser, "/");
        Assert.Contains("Du är inloggad som <strong>Ida Sjöström</strong>", home);
        Assert.Contains("Logga ut", home);
    }

    [Fact]
    public async Task AnUnlinkedSubjectShouldBeSentBackToTheLoginPageAndNotSignedIn()
    {
        factory.Provider.Subject = "hsa-unlinked-" + Guid.NewGuid().ToString("N");
        var (browser, cookies) = factory.CreateBrowser();
        var tokensBefore = factory.Provider.TokensIssued;

        var callback = await ThroughProviderAsync(browser, "/");
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.StartsWith("/konto/siths-klar", callback.Headers.Location?.OriginalString);
        var complete = await browser.GetAsync(callback.Headers.Location);

        Assert.Equal(tokensBefore + 1, factory.Provider.TokensIssued);
        Assert.Equal(HttpStatusCode.Redirect, complete.StatusCode);
        Assert.Equal("/konto/logga-in?fel=okopplad", complete.Headers.Location?.OriginalString);
        Assert.Null(Cookie(cookies, AuthCookie));
        Assert.Null(Cookie(cookies, ExternalCookie));
        Assert.Contains("inte kopplat till något konto", await PageTextAsync(browser, "/konto/logga-in?fel=okopplad"));
        var home = await PageTextAsync(browser, "/");
        Assert.DoesNotContain("Du är inloggad", home);
        Assert.DoesNotContain("Logga ut", home);
    }

    [Fact]
    public async Task AnIdTokenSignedWithAForeignKeyShouldBeRefused()
    {
        var subject = "hsa-" + Guid.NewGuid().ToString("N");
        await factory.LinkAsync("mas@herrljunga.demo", subject);
        factory.Provider.Subject = subject;
        factory.Provider.SignWithForeignKey = true;
        try
        {
            var (browser, cookies) = factory.CreateBrowser();
            var tokensBefore = factory.Provider.TokensIssued;

            var callback = await ThroughProviderAsync(browser, "/");

            Assert.Equal(tokensBefore + 1, factory.Provider.TokensIssued); // the code was redeemed, the token then refused
            Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
            Assert.Equal("/konto/logga-in?fel=extern", callback.Headers.Location?.OriginalString);
            Assert.Null(Cookie(cookies, ExternalCookie));
            Assert.Null(Cookie(cookies, AuthCookie));
            // Even going on to the completion step does not sign anyone in.
            var complete = await browser.GetAsync("/konto/siths-klar?returnUrl=%2F");
            Assert.Equal("/konto/logga-in?fel=extern", complete.Headers.Location?.OriginalString);
            Assert.Null(Cookie(cookies, AuthCookie));
            Assert.DoesNotContain("Lena Holm", await PageTextAsync(browser, "/"));
        }
        finally
        {
            factory.Provider.SignWithForeignKey = false;
        }
    }

    /// <summary>
    /// The browser's part: the login page's SITHS form (with its antiforgery token) is posted,
    /// the redirect to the provider's /authorize followed, and the provider's answer (form_post
    /// or query) delivered to the app's callback. Returns the callback's response.
    /// </summary>
    private async Task<HttpResponseMessage> ThroughProviderAsync(HttpClient browser, string returnUrl)
    {
        var loginPage = await browser.GetStringAsync("/konto/logga-in?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var (action, fields) = Form(loginPage, "/konto/siths");
        Assert.Contains("__RequestVerificationToken", fields.Keys);
        Assert.Equal(returnUrl, fields["returnUrl"]);

        var challenge = await browser.PostAsync(action, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorizeUrl = challenge.Headers.Location!;
        Assert.Equal(InTestOidcProvider.Issuer + "/authorize", authorizeUrl.GetLeftPart(UriPartial.Path));

        using var provider = factory.Provider.CreateClient();
        var answer = await provider.GetAsync(authorizeUrl);
        if (answer.StatusCode == HttpStatusCode.Redirect)
        {
            var back = answer.Headers.Location!;
            Assert.Equal(OidcAppFactory.AppBase.Authority, back.Authority);
            return await browser.GetAsync(back);
        }

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var (callbackUrl, callbackFields) = Form(await answer.Content.ReadAsStringAsync(), null);
        Assert.Equal(new Uri(OidcAppFactory.AppBase, "/konto/siths-callback"), new Uri(callbackUrl));
        return await browser.PostAsync(callbackUrl, new FormUrlEncodedContent(callbackFields));
    }

    private static async Task<string> PageTextAsync(HttpClient browser, string path)
    {
        var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static Cookie? Cookie(CookieContainer cookies, string name) =>
        cookies.GetCookies(OidcAppFactory.AppBase).FirstOrDefault(c => c.Name == name && !c.Expired && c.Value.Length > 0);

    /// <summary>The form (the first one, or the one posting to <paramref name="action"/>) and its input fields, as a browser would send them.</summary>
    private static (string Action, Dictionary<string, string> Fields) Form(string html, string? action)
    {
        foreach (Match form in FormPattern().Matches(html))
        {
            var formAction = WebUtility.HtmlDecode(Attribute(form.Groups["open"].Value, "action") ?? "");
            if (action is not null && formAction != action)
            {
                continue;
            }

            var fields = InputPattern().Matches(form.Groups["body"].Value)
                .Select(input => (Name: Attribute(input.Value, "name"), Value: Attribute(input.Value, "value")))
                .Where(f => f.Name is not null)
                .ToDictionary(f => WebUtility.HtmlDecode(f.Name!), f => WebUtility.HtmlDecode(f.Value ?? ""));
            return (formAction, fields);
        }

        Assert.Fail($"No form posting to {action ?? "anywhere"} in:\n{html}");
        return default;
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"""\s{name}\s*=\s*"(?<v>[^"]*)" """.TrimEnd(), RegexOptions.IgnoreCase);
        return match.Success ? match.Groups["v"].Value : null;
    }

    [GeneratedRegex("""(?<open><form\b[^>]*>)(?<body>.*?)</form>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("""<input\b[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex InputPattern();
}
