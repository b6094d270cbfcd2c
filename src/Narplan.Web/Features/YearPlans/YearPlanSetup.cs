namespace Narplan.Web.Features.YearPlans;

/// <summary>The year plan of annual medical reviews (årsplan): services.</summary>
public static class YearPlanSetup
{
    public static IServiceCollection AddYearPlan(this IServiceCollection services) =>
        services.AddScoped<YearPlanService>().AddScoped<YearPlanSettingsCommands>();
}
