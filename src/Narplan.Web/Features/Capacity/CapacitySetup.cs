namespace Narplan.Web.Features.Capacity;

/// <summary>Capacity-change notices and dated places (issue 19 item 5): services and the API.</summary>
public static class CapacitySetup
{
    public static IServiceCollection AddCapacity(this IServiceCollection services) =>
        services.AddScoped<CapacityService>().AddScoped<CapacityQueries>();

    public static WebApplication MapCapacity(this WebApplication app)
    {
        app.V1().MapCapacityApi();
        return app;
    }
}
