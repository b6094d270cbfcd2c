namespace Narplan.Web.Features.Governance;

/// <summary>Närvårdssamverkan (issue 21, seed 004): services, the public meeting feed and the cost split workbook.</summary>
public static class GovernanceSetup
{
    public static IServiceCollection AddGovernance(this IServiceCollection services) =>
        services.AddScoped<GovernanceQueries>().AddScoped<GovernanceCommands>();

    public static string CalendarUrl(Guid subRegionId) => $"/narvardssamverkan/{subRegionId}/moten.ics";

    public static string CostSplitXlsxUrl(Guid subRegionId, int year) => $"/narvardssamverkan/{subRegionId}/kostnader/{year}.xlsx";

    /// <summary>The feed and the workbook are public like the pages; they are files, not part of the JSON API.</summary>
    public static WebApplication MapGovernance(this WebApplication app)
    {
        var files = app.MapGroup("/narvardssamverkan/{subRegionId:guid}").AllowAnonymous().ExcludeFromDescription();
        files.MapGet("/moten.ics", CalendarAsync);
        files.MapGet("/kostnader/{year:int}.xlsx", CostSplitAsync);
        return app;
    }

    private static async Task<IResult> CalendarAsync(Guid subRegionId, GovernanceQueries queries, CancellationToken ct)
    {
        if (await queries.NameAsync(subRegionId, ct) is not { } name)
        {
            return NotFound("Det finns ingen delregion med det id:t.");
        }

        var body = GovernanceCalendar.Write(name, await queries.MeetingsAsync(subRegionId, ct), queries.Now);
        return TypedResults.Text(body, Feeds.RoundCalendar.ContentType, System.Text.Encoding.UTF8);
    }

    private static async Task<IResult> CostSplitAsync(Guid subRegionId, int year, GovernanceQueries queries, CancellationToken ct)
    {
        if (await queries.NameAsync(subRegionId, ct) is not { } name)
        {
            return NotFound("Det finns ingen delregion med det id:t.");
        }

        var budget = (await queries.BudgetsAsync(subRegionId, ct)).FirstOrDefault(b => b.Budget.Year == year);
        if (budget is null)
        {
            return NotFound($"Det finns ingen kostnadsfördelning för {year}.");
        }

        return TypedResults.File(CostSplitXlsx.Export(name, budget), CostSplitXlsx.ContentType, $"kostnadsfordelning-{year}.xlsx");
    }

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: Infrastructure.WebSetup.SwedishTitle(404), detail: detail);
}
