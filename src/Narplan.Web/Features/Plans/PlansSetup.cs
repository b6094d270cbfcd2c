using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Narplan.Web.Features.Plans;

/// <summary>The plan document: services, its files (DOCX, PDF, XLSX) and <c>/api/v1/plans…</c>.</summary>
public static class PlansSetup
{
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddOptions<Import.ImportLimits>().BindConfiguration(Import.ImportLimits.Section);
        services.AddScoped<PlanQueries>().AddScoped<PlanCommands>().AddSingleton<PlanAccess>().AddScoped<Import.AppendixImporter>().AddScoped<Preschools.PreschoolRegister>();
        // Bilaga 1's "Dag och tid" from the round series.
        services.TryAddScoped<IRoundSummaryProvider, RoundSeriesSummaries>();
        return services;
    }

    public static WebApplication MapPlans(this WebApplication app)
    {
        app.MapPlanEndpoints();
        var v1 = app.V1();
        PlansApi.MapPlansApi(v1);
        PlanJsonApi.MapPlanJsonApi(v1);
        return app;
    }
}
