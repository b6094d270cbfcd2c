using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Data;
using Narplan.Data.Identity;
using Narplan.Web.Features.Demo;
using Narplan.Web.Tests.Infrastructure;
using NodaTime;
using NodaTime.Testing;

namespace Narplan.Web.Tests.PlaceReports;

internal static class PlaceReportTestSupport
{
    /// <summary>The app with its clock stopped at <paramref name="now"/> (same database).</summary>
    public static WebApplicationFactory<Program> Frozen(this NarplanAppFactory app, Instant now) =>
        app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IClock>(new FakeClock(now))));

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

    public static Task<Guid> KommunIdAsync(this WebApplicationFactory<Program> app, string name) =>
        app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == name).Select(k => k.Id).SingleAsync());

    /// <summary>The report's figures (total, vårdcentraler and units) as JSON text, without the "sent" record.</summary>
    public static async Task<string> FiguresAsync(this HttpClient client, Guid kommunId, string month)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/kommuner/{kommunId}/place-report?month={month}"));
        var root = json.RootElement;
        return $"{root.GetProperty("countedOn").GetString()} {root.GetProperty("places").GetInt32()} {root.GetProperty("careCentres").GetRawText()}";
    }
}
