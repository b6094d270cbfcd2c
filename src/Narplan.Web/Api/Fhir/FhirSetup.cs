using System.Text.RegularExpressions;
using F = Hl7.Fhir.Model;

namespace Narplan.Web.Api.Fhir;

/// <summary>
/// The read-only FHIR R4 directory under <c>/fhir</c> (issue 22 item 2, decision 0047): regions, kommuner, vårdcentraler
/// and the beredskapsjour as Organization, kommunal enheter as Location, fast läkarkontakt and advisory doctors as
/// PractitionerRole, daytime responsibility and beredskapsjour as HealthcareService, round series and occurrences as
/// Schedule and Slot. Public plan data like <c>/api/v1</c>: no patient resource, no internal numbers.
/// </summary>
public static partial class FhirSetup
{
    public static IServiceCollection AddFhirDirectory(this IServiceCollection services)
    {
        services.AddScoped<FhirDirectory>();
        return services;
    }

    public static WebApplication MapFhirDirectory(this WebApplication app)
    {
        var fhir = app.MapGroup("/fhir").AllowAnonymous().ExcludeFromDescription();
        fhir.MapGet("/metadata", (HttpRequest request, IClock clock) => new FhirResult(CapabilityStatement(BaseUrl(request), clock)));
        fhir.MapGet("/{type}", SearchAsync);
        fhir.MapGet("/{type}/{id}", ReadAsync);
        return app;
    }

    private static async Task<IResult> SearchAsync(
        string type, HttpRequest request, ApiResponseCache responses, IClock clock, CancellationToken ct)
    {
        if (!FhirSearch.Parameters.ContainsKey(type))
        {
            return FhirOutcomes.UnknownType(type);
        }

        var (search, error) = FhirSearch.Parse(type, request);
        if (error is not null)
        {
            return error;
        }

        try
        {
            // The same search on unchanged data on the same day gives the same Bundle (issue 22's performance, decision 0051).
            var baseUrl = BaseUrl(request);
            var key = CacheKey(responses, clock, "search", search!.SelfLink(baseUrl), string.Join('&', search.Ignored));
            var body = await responses.GetOrAddAsync(key, async () =>
            {
                // The directory (and its database context) is made only when the answer is not in the cache.
                var (total, page) = await request.HttpContext.RequestServices.GetRequiredService<FhirDirectory>().SearchAsync(search, ct);
                return FhirResult.Serialize(search.Bundle(baseUrl, total, page));
            });
            return new FhirBytesResult(body);
        }
        catch (FhirSearchException e)
        {
            return FhirOutcomes.BadRequest(e.Message);
        }
    }

    private static async Task<IResult> ReadAsync(
        string type, string id, HttpRequest request, ApiResponseCache responses, IClock clock, CancellationToken ct)
    {
        if (!FhirSearch.Parameters.ContainsKey(type))
        {
            return FhirOutcomes.UnknownType(type);
        }

        if (!ValidId().IsMatch(id))
        {
            return FhirOutcomes.NotFound(type, id);
        }

        var key = CacheKey(responses, clock, "read", type, id);
        var body = await responses.GetOrAddAsync<byte[]?>(key, async () =>
            await request.HttpContext.RequestServices.GetRequiredService<FhirDirectory>().ReadAsync(type, id, ct) is { } resource ? FhirResult.Serialize(resource) : null, b => b!.Length);
        return body is null ? FhirOutcomes.NotFound(type, id) : new FhirBytesResult(body);
    }

    /// <summary>
    /// What a directory answer depends on besides the request: the saved data (the change counter) and today's date
    /// (PractitionerRole.active, HealthcareService.notAvailable, the default Slot window). Null: do not cache.
    /// </summary>
    private static object? CacheKey(ApiResponseCache responses, IClock clock, string kind, string first, string second) =>
        responses.Generation is { } generation ? ("fhir", kind, first, second, Stockholm.Today(clock), generation) : null;

    /// <summary>The directory's base URL as the client reached it (links and fullUrls are absolute).</summary>
    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/fhir";

    public static F.CapabilityStatement CapabilityStatement(string baseUrl, IClock clock) => new()
    {
        Id = "narplan",
        Url = baseUrl + "/metadata",
        Name = "NarplanFhirDirectory",
        Title = "Närplans FHIR-katalog",
        Status = F.PublicationStatus.Active,
        Experimental = false,
        Date = FhirMapping.Date(Stockholm.Today(clock)),
        Publisher = "Närplan",
        Description = "Läsbar katalog över den gemensamma närområdesplanen: regioner, kommuner, vårdcentraler, beredskapsjour, " +
            "kommunala enheter, fast läkarkontakt, läkaransvar och ronder. Offentliga plandata: inga patientuppgifter, inga interna nummer.",
        Kind = F.CapabilityStatementKind.Instance,
        Software = new F.CapabilityStatement.SoftwareComponent { Name = "Närplan" },
        Implementation = new F.CapabilityStatement.ImplementationComponent { Description = "Närplans FHIR-katalog", Url = baseUrl },
        FhirVersion = F.FHIRVersion.N4_0_1,
        Format = ["json"],
        Rest =
        [
            new F.CapabilityStatement.RestComponent
            {
                Mode = F.CapabilityStatement.RestfulCapabilityMode.Server,
                Documentation = "Endast läsning och sökning. Okända sökparametrar ignoreras och redovisas i Bundle; med Prefer: handling=strict ger de 400. " +
                    "Sidor med _count (högst 200) och länkarna next/previous.",
                Security = new F.CapabilityStatement.SecurityComponent
                {
                    Cors = false,
                    Description = "Öppen utan inloggning: katalogen innehåller bara offentliga plandata.",
                },
                Resource = [.. FhirSearch.Parameters.Select(p => new F.CapabilityStatement.ResourceComponent
                {
                    Type = p.Key,
                    Interaction =
                    [
                        new F.CapabilityStatement.ResourceInteractionComponent { Code = F.CapabilityStatement.TypeRestfulInteraction.Read },
                        new F.CapabilityStatement.ResourceInteractionComponent { Code = F.CapabilityStatement.TypeRestfulInteraction.SearchType },
                    ],
                    Versioning = F.CapabilityStatement.ResourceVersionPolicy.NoVersion,
                    ReadHistory = false,
                    UpdateCreate = false,
                    SearchParam = [.. p.Value.Select(s => new F.CapabilityStatement.SearchParamComponent
                    {
                        Name = s.Name,
                        Type = s.Type,
                        Documentation = s.Documentation,
                    })],
                })],
            },
        ],
    };

    [GeneratedRegex("^[A-Za-z0-9\\-\\.]{1,64}$")]
    private static partial Regex ValidId();
}
