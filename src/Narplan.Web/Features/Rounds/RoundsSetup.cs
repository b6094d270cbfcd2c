using Narplan.Web.Feeds;

namespace Narplan.Web.Features.Rounds;

/// <summary>Fixed doctor rounds: services, <c>/api/v1/rounds…</c> and the public round calendars (iCal).</summary>
public static class RoundsSetup
{
    public static IServiceCollection AddRounds(this IServiceCollection services) =>
        services.AddScoped<RoundQueries>().AddScoped<RoundCommands>();

    public static WebApplication MapRounds(this WebApplication app)
    {
        app.V1().MapRoundsApi();
        app.MapCalendarFeeds();
        return app;
    }
}
