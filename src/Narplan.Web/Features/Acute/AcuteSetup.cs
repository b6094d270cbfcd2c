namespace Narplan.Web.Features.Acute;

/// <summary>Acute contacts with decision support: services, the acute figures and the NEWS2 function under <c>/api/v1</c>.</summary>
public static class AcuteSetup
{
    public static IServiceCollection AddAcute(this IServiceCollection services) =>
        services.AddScoped<AcuteService>().AddScoped<AcutePatientPicker>().AddScoped<AcuteFiguresQueries>().AddScoped<DecisionSupportProfiles>();

    public static WebApplication MapAcute(this WebApplication app)
    {
        app.MapAcuteFiguresApi();
        News2Api.MapNews2Api(app.V1());
        return app;
    }
}
