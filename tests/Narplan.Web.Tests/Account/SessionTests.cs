using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Data.Identity;
using Narplan.Domain.Access;
using Narplan.Web.Features.Patients;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Patients;
using Narplan.Web.Tests.Rounds;
using NodaTime;
using NodaTime.Testing;

namespace Narplan.Web.Tests.Account;

/// <summary>
/// Issue 15.2: a sign-in cookie is only as good as its session in the database. Logout, a password
/// change, a lock and a changed role end it at once, and so does 8 hours without a request.
/// </summary>
public partial class SessionTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private const string TasksPage = "/uppgifter";

    [Fact]
    public async Task ShouldRefuseACookieCapturedBeforeLogoutWhenItIsReplayedAfterIt()
    {
        var astrid = await app.PatientIdAsync("Astrid Påhittad");
        var captured = await SignInByHandAsync(PatientTestSupport.LidkopingNurse);
        var page = await Replay(captured, PatientPage.Url(astrid));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        var logout = await PostByHandAsync(captured, "/konto/logga-ut", new()
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(await page.Content.ReadAsStringAsync()),
            ["returnUrl"] = "/",
        });
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        var replayed = await Replay(captured, PatientPage.Url(astrid));

        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/konto/logga-in", replayed.Headers.Location!.PathAndQuery);
        Assert.Contains("fel=session", replayed.Headers.Location!.Query);
        Assert.DoesNotContain("Astrid", await replayed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ShouldAnswerTheApiWith401ForACookieReplayedAfterLogout()
    {
        var kommun = await app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync());
        var api = $"/api/v1/kommuner/{kommun}/acute-figures";
        var captured = await SignInByHandAsync(PatientTestSupport.LidkopingNurse);
        Assert.Equal(HttpStatusCode.OK, (await Replay(captured, api)).StatusCode);
        var page = await (await Replay(captured, TasksPage)).Content.ReadAsStringAsync();

        await PostByHandAsync(captured, "/konto/logga-ut", new() { ["__RequestVerificationToken"] = AntiforgeryToken(page) });

        Assert.Equal(HttpStatusCode.Unauthorized, (await Replay(captured, api)).StatusCode);
    }

    [Fact]
    public async Task ShouldEndALiveSessionAtOnceWhenTheAccountIsLocked()
    {
        var manager = await app.SignedInAsync("enhetschef@lidkoping.demo");
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(TasksPage)).StatusCode);

        await ChangeUserAsync("enhetschef@lidkoping.demo", (users, user) => users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddYears(1)));

        var after = await manager.GetAsync(TasksPage);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/konto/logga-in", after.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task ShouldEndEverySessionOfAUserWhosePasswordIsChanged()
    {
        var first = await app.SignedInAsync("mas@herrljunga.demo");
        var second = await app.SignedInAsync("mas@herrljunga.demo");
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(TasksPage)).StatusCode);

        await ChangeUserAsync("mas@herrljunga.demo", async (users, user) =>
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            return await users.ResetPasswordAsync(user, token, "Ett-helt-nytt-losenord-2026");
        });

        Assert.Equal(HttpStatusCode.Redirect, (await first.GetAsync(TasksPage)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync(TasksPage)).StatusCode);
    }

    [Fact]
    public async Task ShouldEndTheSessionWhenTheUsersRoleIsTakenAway()
    {
        var chief = await app.SignedInAsync("vcchef@herrljunga-vc.demo");
        Assert.Equal(HttpStatusCode.OK, (await chief.GetAsync(TasksPage)).StatusCode);

        await ChangeUserAsync("vcchef@herrljunga-vc.demo", (users, user) =>
        {
            user.Role = UserRole.Doctor;
            return users.UpdateAsync(user);
        });

        Assert.Equal(HttpStatusCode.Redirect, (await chief.GetAsync(TasksPage)).StatusCode);
    }

    [Fact]
    public async Task ShouldKeepASessionUsedWithinTheIdleTimeoutAndEndItAfterEightIdleHours()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 24, 7, 0));
        var at = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IClock>(clock)));
        var nurse = await at.SignedInAsync(PatientTestSupport.LidkopingNurse);
        Assert.Equal(HttpStatusCode.OK, (await nurse.GetAsync(TasksPage)).StatusCode);

        // Used every 7 hours: each request renews it, so 14 hours after sign-in it still works.
        clock.Advance(Duration.FromHours(7));
        Assert.Equal(HttpStatusCode.OK, (await nurse.GetAsync(TasksPage)).StatusCode);
        clock.Advance(Duration.FromHours(7));
        Assert.Equal(HttpStatusCode.OK, (await nurse.GetAsync(TasksPage)).StatusCode);

        // Then 8 hours and a minute without a request: ended.
        clock.Advance(Duration.FromHours(8) + Duration.FromMinutes(1));
        var idle = await nurse.GetAsync(TasksPage);

        Assert.Equal(HttpStatusCode.Redirect, idle.StatusCode);
        Assert.Contains("fel=session", idle.Headers.Location!.Query);
        Assert.Equal(0, await at.WithDbAsync(db => db.UserSessions.CountAsync(s => s.User!.Email == PatientTestSupport.LidkopingNurse && s.LastSeenAt < clock.GetCurrentInstant() - Duration.FromHours(8))));
    }

    [Fact]
    public async Task ShouldHonourAConfiguredIdleTimeout()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 24, 7, 0));
        var at = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Authentication:SessionIdleTimeout", "00:30:00");
            b.ConfigureTestServices(s => s.AddSingleton<IClock>(clock));
        });
        var nurse = await at.SignedInAsync(PatientTestSupport.LidkopingNurse);

        clock.Advance(Duration.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await nurse.GetAsync(TasksPage)).StatusCode);
        clock.Advance(Duration.FromMinutes(31));

        Assert.Equal(HttpStatusCode.Redirect, (await nurse.GetAsync(TasksPage)).StatusCode);
    }

    [Fact]
    public async Task TheLoginPageShouldSayWhyTheUserHasToSignInAgain()
    {
        var page = await app.Browser().GetStringAsync("/konto/logga-in?fel=session");

        Assert.Contains("Du är utloggad", page);
    }

    private async Task ChangeUserAsync(string email, Func<UserManager<NarplanUser>, NarplanUser, Task<IdentityResult>> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<NarplanUser>>();
        var result = await change(users, (await users.FindByEmailAsync(email))!);
        Assert.True(result.Succeeded);
    }

    /// <summary>Signs in without a cookie container and returns the cookies as an attacker would copy them from the browser.</summary>
    private async Task<string> SignInByHandAsync(string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync("/konto/logga-in");
        var antiforgery = CookiesOf(page);
        using var login = new HttpRequestMessage(HttpMethod.Post, "/konto/logga-in");
        login.Headers.Add("Cookie", antiforgery);
        login.Content = new FormUrlEncodedContent(FormPosts.HiddenFields(await page.Content.ReadAsStringAsync(), "login")
            .Concat(new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Narplan.Web.Features.Demo.DemoUsers.Password }));
        var signedIn = await client.SendAsync(login);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = CookiesOf(signedIn);
        Assert.Contains("narplan.auth=", auth);
        return antiforgery + "; " + auth;
    }

    private async Task<HttpResponseMessage> PostByHandAsync(string cookie, string url, Dictionary<string, string> fields)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);

    private async Task<HttpResponseMessage> Replay(string cookie, string url)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private static string AntiforgeryToken(string page) =>
        AntiforgeryField().Match(page) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("No antiforgery token on the page.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
