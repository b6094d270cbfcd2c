using System.Text.Json.Serialization;
using NodaTime.Serialization.SystemTextJson;
using Scalar.AspNetCore;

namespace Narplan.Web.Api;

public static class ApiSetup
{
    public static IServiceCollection AddNarplanApi(this IServiceCollection services)
    {
        services.AddSingleton<ApiResponseCache>();
        services.AddOpenApi(options => options
            .AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Närplan API";
                document.Info.Description = "Planer, enheter och ansvar i den gemensamma närområdesplanen. Fel svaras som RFC 9457 problem details.";
                return Task.CompletedTask;
            })
            .AddNarplanContract());
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            // Swedish letters as they are, but <, >, &, ' and + escaped (\u003C …): a value a caller sent back to us
            // in a problem detail ("Okänd kommun '<script>…'") is never markup, whoever shows the JSON.
            options.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        });
        return services;
    }

    /// <summary>The public JSON API's version 1, where each feature maps its endpoints (in its own <c>…Setup.cs</c>).</summary>
    public static RouteGroupBuilder V1(this IEndpointRouteBuilder app) => app.MapGroup("/api/v1").WithTags("Närplan");

    /// <summary>An operation of the OpenAPI document: its operation id (the endpoint's name) and its Swedish summary, which every operation has.</summary>
    public static RouteHandlerBuilder Operation(this RouteHandlerBuilder endpoint, string operationId, string summary) =>
        endpoint.WithName(operationId).WithSummary(summary);

    /// <summary>The OpenAPI document and its reference page; the endpoints are mapped by the features.</summary>
    public static WebApplication MapNarplanApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference(options => options.WithTitle("Närplan API"));
        return app;
    }
}
