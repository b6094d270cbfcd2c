namespace Narplan.Web.Features.OnCall;

/// <summary>Whom to call now: services, the calendar and on-call API under <c>/api/v1</c> and the on-call feed.</summary>
public static class OnCallSetup
{
    public static IServiceCollection AddOnCall(this IServiceCollection services) =>
        services.AddMemoryCache().AddScoped<OnCallService>().AddScoped<OnCallCommands>().AddScoped<OnCallAdminQueries>().AddScoped<UnitPickerQueries>();

    public static WebApplication MapOnCall(this WebApplication app)
    {
        var v1 = app.V1();
        v1.MapCalendarAndOnCallApi();
        v1.MapOnCallTimelineApi();
        app.MapOnCallFeed();
        return app;
    }
}
