using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Data.Identity;
using Narplan.Domain.Access;
using Narplan.Web.Features.Demo;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Rounds;

namespace Narplan.Web.Tests.Patients;

internal static class PatientTestSupport
{
    public const string LidkopingNurse = "sjukskoterska@lidkoping.demo";
    public const string HerrljungaNurse = "sjukskoterska@herrljunga.test";

    public static HttpClient Browser(this WebApplicationFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

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

    public static Task<Guid> PatientIdAsync(this WebApplicationFactory<Program> app, string name) =>
        app.WithDbAsync(db => db.Patients.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    /// <summary>The demo has no Herrljunga nurse; this one exists only in the tests' database.</summary>
    private static async Task EnsureHerrljungaNurseAsync(WebApplicationFactory<Program> app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<NarplanUser>>();
        if (await users.FindByEmailAsync(HerrljungaNurse) is not null)
        {
            return;
        }

        var db = scope.ServiceProvider.GetRequiredService<Narplan.Data.NarplanDbContext>();
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
