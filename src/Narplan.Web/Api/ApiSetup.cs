using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
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

    public static WebApplication MapNarplanApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference(options => options.WithTitle("Närplan API"));
        var v1 = app.MapGroup("/api/v1").WithTags("Närplan");
        v1.MapUnitsApi();
        v1.MapCalendarAndOnCallApi();
        Features.OnCall.OnCallTimelineApi.MapOnCallTimelineApi(v1);
        Features.OnCall.OnCallTimelineApi.MapOnCallFeed(app);
        v1.MapIdentityNumbersApi();
        v1.MapRoundsApi();
        Features.Acute.News2Api.MapNews2Api(v1);
        Features.Plans.PlansApi.MapPlansApi(v1);
        Features.Plans.PlanJsonApi.MapPlanJsonApi(v1);
        return app;
    }
}
