using Narplan.Data;

namespace Narplan.Web.Infrastructure;

public static class Health
{
    /// <summary><c>/health</c>: 200 when the database answers, 503 otherwise.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", async (NarplanDbContext db, CancellationToken cancellationToken) =>
                await db.Database.CanConnectAsync(cancellationToken)
                    ? Results.Text("Healthy", "text/plain")
                    : Results.Problem(statusCode: 503, title: "Databasen svarar inte"))
            .WithName("Health")
            .WithSummary("200 när databasen nås")
            .AllowAnonymous()
            .ExcludeFromDescription();

    /// <summary><c>/health/live</c>: 200 while the process serves requests, without touching the database (liveness probe; the benchmark's trivial endpoint).</summary>
    public static void MapLiveness(this IEndpointRouteBuilder app) =>
        app.MapGet("/health/live", () => Results.Text("Live", "text/plain"))
            .WithName("Liveness")
            .AllowAnonymous()
            .ExcludeFromDescription();
}
