using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Data;
using Narplan.Data.Identity;
using Narplan.Domain.Access;
using Narplan.Web.Features.Demo;
using NodaTime;
using NodaTime.Testing;

namespace Narplan.Web.Tests.Infrastructure;

/// <summary>
/// The steps every web test takes, on the <see cref="NarplanAppFactory"/> itself or on one derived from it with its clock
/// stopped (<see cref="At"/>): a browser-like client, a signed-in client, a database scope, an id by name.
/// One place, so a test class does not keep its own copy.
/// </summary>
public static class AppFactoryExtensions
{
    /// <summary>The demo has no Herrljunga nurse; this one exists only in the tests' database, made on first sign-in.</summary>
    public const string HerrljungaNurse = "sjukskoterska@herrljunga.test";

    /// <summary>The app with its clock (<see cref="IClock"/>) stopped at <paramref name="now"/>, on the same database.</summary>
    public static WebApplicationFactory<Program> At(this NarplanAppFactory app, Instant now) =>
        app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IClock>(new FakeClock(now))));

    /// <summary>A browser-like client: keeps cookies, does not follow redirects.</summary>
    public static HttpClient Browser(this WebApplicationFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A browser-like client signed in as the named demo user (password <see cref="DemoUsers.Password"/>).</summary>
    public static async Task<HttpClient> SignedInAsync(this WebApplicationFactory<Program> app, string email)
    {
        if (email == HerrljungaNurse)
        {
            await EnsureHerrljungaNurseAsync(app);
        }

        var client = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(email, DemoUsers.Password)).StatusCode);
        return client;
    }

    /// <summary>Runs a service as the named demo user, with the claims their sign-in would give.</summary>
    public static async Task<T> AsUserAsync<TService, T>(this WebApplicationFactory<Program> app, string email, Func<TService, ClaimsPrincipal, Task<T>> work)
        where TService : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<NarplanUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<NarplanUser>>();
        var principal = await factory.CreateAsync((await users.FindByEmailAsync(email))!);
        return await work(scope.ServiceProvider.GetRequiredService<TService>(), principal);
    }

    public static async Task<T> WithDbAsync<T>(this WebApplicationFactory<Program> app, Func<NarplanDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<NarplanDbContext>());
    }

    public static Task<Guid> UnitIdAsync(this WebApplicationFactory<Program> app, string name) =>
        app.WithDbAsync(db => db.CareUnits.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    public static Task<Guid> PatientIdAsync(this WebApplicationFactory<Program> app, string name) =>
        app.WithDbAsync(db => db.Patients.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    private static async Task EnsureHerrljungaNurseAsync(WebApplicationFactory<Program> app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<NarplanUser>>();
        if (await users.FindByEmailAsync(HerrljungaNurse) is not null)
        {
            return;
        }

        var db = scope.ServiceProvider.GetRequiredService<NarplanDbContext>();
        var kommun = await db.Kommuner.AsNoTracking().SingleAsync(k => k.Name == "Herrljunga");
        var result = await users.CreateAsync(
            new NarplanUser
            {
                UserName = HerrljungaNurse, Email = HerrljungaNurse, EmailConfirmed = true, DisplayName = "Hanna Testnurse",
                OrganisationId = kommun.Id, Role = UserRole.KommunNurse,
            },
            DemoUsers.Password);
        Assert.True(result.Succeeded);
    }
}
