using System.Net;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Security;

/// <summary>
/// Issue 15.1: an admin's cookie and no antiforgery token created a plan through
/// <c>/naromraden/{id}/ny-plan</c> (endpoints that bind no form field skipped the check). Every mapped
/// state-changing endpoint is found in the app's EndpointDataSource, so a new one is covered without
/// touching this test. Decision 0030.
/// </summary>
public class AntiforgeryOnEveryEndpointTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private static readonly string[] StateChanging = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];

    /// <summary>
    /// Endpoints allowed without a token, each with its reason. Adding one here is a decision, not a fix.
    /// </summary>
    private static readonly Dictionary<string, string> Exempt = new()
    {
        ["/api/v1/identity-numbers/validate"] = "anonymous and stateless: checks a number, changes and reads nothing of the user",
        ["/api/v1/news2"] = "anonymous and stateless: scores vital signs, changes and reads nothing of the user",
    };

    [Fact]
    public async Task ShouldRefuseEveryStateChangingEndpointWithoutATokenForASignedInAdmin()
    {
        var requests = await StateChangingRequestsAsync();
        // The lifecycle buttons, the account posts and the Blazor form pages are all among them.
        Assert.Contains(requests, r => r.Path.EndsWith("/ny-plan"));
        Assert.Contains(requests, r => r.Path.EndsWith("/ny-revision"));
        Assert.Contains(requests, r => r.Path.EndsWith("/publicera"));
        Assert.Contains(requests, r => r.Path == "/konto/logga-ut");
        Assert.Contains(requests, r => r.Path.EndsWith("/palliativ"));
        Assert.True(requests.Count > 40, $"Only {requests.Count} state-changing endpoints found.");

        var admin = await app.SignedInAsync("admin@narplan.demo");
        var before = await StateAsync();
        var failures = new List<string>();
        foreach (var (method, path, display) in requests)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "CSRF" }),
            };
            using var response = await admin.SendAsync(request);
            var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            if (response.StatusCode != HttpStatusCode.BadRequest || !body.Contains("säkerhetstoken"))
            {
                failures.Add($"{method} {path} ({display}): {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(failures.Count == 0, "Accepted without a token:\n" + string.Join("\n", failures));
        Assert.Equal(before, await StateAsync());
        // Still signed in: the token-less logout did not sign the admin out either.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/administration/logg")).StatusCode);
    }

    [Fact]
    public async Task ShouldNotStartAPlanForAnAdminPostingWithoutAToken()
    {
        var admin = await app.SignedInAsync("admin@narplan.demo");
        var kommun = await app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync());

        var page = await admin.PostAsync($"/naromraden/{kommun}/ny-plan", null);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("Formuläret kunde inte tas emot", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        Assert.Equal(0, await app.WithDbAsync(db => db.Plans.CountAsync(p => p.KommunId == kommun)));
    }

    [Fact]
    public void ShouldExemptOnlyTheListedEndpoints()
    {
        var exempt = Endpoints()
            .Where(e => e.Metadata.GetMetadata<IAntiforgeryMetadata>() is { RequiresValidation: false })
            .Where(e => Methods(e).Any())
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .ToList();

        Assert.Contains("/api/v1/identity-numbers/validate", exempt);
        Assert.All(exempt, path => Assert.True(Exempt.ContainsKey(path), $"{path} takes changes without a token but is not in the list."));
    }

    private IEnumerable<RouteEndpoint> Endpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    /// <summary>The state-changing methods an endpoint answers; one without method metadata answers them all.</summary>
    private static IEnumerable<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { } methods
            ? methods.Where(m => StateChanging.Contains(m, StringComparer.OrdinalIgnoreCase))
            : StateChanging;

    private async Task<List<(string Method, string Path, string Display)>> StateChangingRequestsAsync()
    {
        // Real ids where the parameter names one, so that a request that got through would change something:
        // Lidköping has no plan yet (ny-plan would create one), Herrljunga's plan has a version 1.
        var values = await app.WithDbAsync(async db => new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["kommunId"] = (await db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync()).ToString(),
            ["planId"] = (await db.Plans.Where(p => db.Kommuner.Any(k => k.Id == p.KommunId && k.Name == "Herrljunga")).Select(p => p.Id).FirstAsync()).ToString(),
            ["n"] = "1",
            ["unitId"] = (await db.CareUnits.Select(u => u.Id).FirstAsync()).ToString(),
            ["patientId"] = (await db.Patients.Where(p => p.Name == "Tolvan Tolvansson").Select(p => p.Id).SingleAsync()).ToString(),
        });
        return Endpoints()
            .Where(e => e.Metadata.GetMetadata<IAntiforgeryMetadata>() is not { RequiresValidation: false })
            .SelectMany(e => Methods(e).Select(m => (m, Path(e.RoutePattern, values), e.DisplayName ?? "")))
            .Distinct()
            .ToList();
    }

    private static string Path(RoutePattern pattern, Dictionary<string, string> values)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => Uri.EscapeDataString(Value(parameter, values)),
                    _ => "",
                });
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    private static string Value(RoutePatternParameterPart parameter, Dictionary<string, string> values)
    {
        if (values.TryGetValue(parameter.Name, out var known))
        {
            return known;
        }

        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        return constraints.Contains("guid") ? Guid.NewGuid().ToString()
            : constraints.Any(c => c is "int" or "long" || c.StartsWith("min") || c.StartsWith("range")) ? "1"
            : constraints.Contains("datetime") ? "2026-06-19"
            : "x";
    }

    /// <summary>Every change writes an audit entry in the same transaction; the counts catch one that did not.</summary>
    private Task<(int Audit, int Plans, int Versions, int Patients, int Acute)> StateAsync() =>
        app.WithDbAsync(async db => (
            await db.AuditEntries.CountAsync(),
            await db.Plans.CountAsync(),
            await db.PlanVersions.CountAsync(),
            await db.Patients.CountAsync(),
            await db.AcuteContacts.CountAsync()));
}
