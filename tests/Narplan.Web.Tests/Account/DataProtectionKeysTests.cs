using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Narplan.Web.Features.Demo;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Account;

/// <summary>A restart of the app (a deploy, a crash) must not sign everyone out: the keys live beside the SQLite file.</summary>
public sealed class DataProtectionKeysTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("narplan-keys-").FullName;

    [Fact]
    public async Task ASignInShouldSurviveARestartOfTheApp()
    {
        var database = Path.Combine(_directory, "narplan.db");
        string cookie;
        using (var first = new Host(database))
        {
            var client = first.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            var page = await client.GetAsync("/konto/logga-in");
            var antiforgeryCookie = CookiesOf(page);
            var html = await page.Content.ReadAsStringAsync();
            using var login = new HttpRequestMessage(HttpMethod.Post, "/konto/logga-in");
            login.Headers.Add("Cookie", antiforgeryCookie);
            login.Content = new FormUrlEncodedContent(FormPosts.HiddenFields(html, "login").Concat(new Dictionary<string, string>
            {
                ["Input.Email"] = "mas@herrljunga.demo",
                ["Input.Password"] = DemoUsers.Password,
            }));
            var signedIn = await client.SendAsync(login);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            cookie = CookiesOf(signedIn);
            Assert.Contains("narplan.auth=", cookie);
        }

        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_directory, "keys"), "key-*.xml"));

        using var second = new Host(database);
        var again = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);
        var home = await (await again.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("Logga ut", home);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);

    private sealed class Host(string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Narplan", $"Data Source={databasePath};Pooling=false");
        }
    }
}
