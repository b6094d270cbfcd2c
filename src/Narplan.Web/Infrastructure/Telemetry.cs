using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Narplan.Web.Infrastructure;

/// <summary>
/// OpenTelemetry (issue 23 item 5, decision 0055): traces and metrics of ASP.NET Core, HttpClient, EF Core and Npgsql
/// plus Närplan's own meter (<see cref="NarplanMeters"/>), exported over OTLP when the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (protocol, headers, service name and intervals from the other standard
/// <c>OTEL_*</c> variables) and not collected at all otherwise. Spans carry routes and statuses, never SQL parameter values.
/// </summary>
public static class Telemetry
{
    public const string ServiceName = "narplan";

    public static WebApplicationBuilder AddNarplanTelemetry(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options =>
                    // Probes and static files are noise in a trace store.
                    options.Filter = context => !context.Request.Path.StartsWithSegments("/health/live") && !context.Request.Path.StartsWithSegments("/_framework"))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddMeter(NarplanMeters.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter("Microsoft.EntityFrameworkCore")
                .AddNpgsqlInstrumentation())
            .UseOtlpExporter();
        return builder;
    }
}
