namespace Narplan.Web.Features.Ledningsteam;

/// <summary>Ledningsteam meetings and advisory doctors (issue 19 item 6): services.</summary>
public static class LedningsteamSetup
{
    public static IServiceCollection AddLedningsteam(this IServiceCollection services) =>
        services.AddScoped<LedningsteamService>().AddScoped<LedningsteamQueries>().AddScoped<CompetenceService>();
}
