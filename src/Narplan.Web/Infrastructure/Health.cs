namespace Narplan.Web.Infrastructure;

public static class Health
{
    /// <summary>How long a probe waits for the database before it answers 503.</summary>
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// <c>/health</c>: 200 when the database answers, 503 otherwise. <c>/health/ready</c> (readiness probe: send traffic
    /// here?): 200 when the database answers and no migration is pending, else 503 with the reason in Swedish.
    /// </summary>
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (NarplanDbContext db, CancellationToken cancellationToken) =>
                await CanConnectAsync(db, cancellationToken)
                    ? Results.Text("Healthy", "text/plain")
                    : Results.Problem(statusCode: 503, title: "Databasen svarar inte"))
            .Operation("Health", "200 när databasen nås")
            .AllowAnonymous()
            .ExcludeFromDescription();

        app.MapGet("/health/ready", async (NarplanDbContext db, CancellationToken cancellationToken) =>
            {
                if (!await CanConnectAsync(db, cancellationToken))
                {
                    return Results.Problem(statusCode: 503, title: "Databasen svarar inte",
                        detail: "Närplan når inte databasen. Instansen tar inte emot trafik förrän den svarar.");
                }

                var pending = await PendingMigrationsAsync(db, cancellationToken);
                return pending switch
                {
                    null => Results.Problem(statusCode: 503, title: "Databasen svarar inte",
                        detail: "Närplan kunde inte läsa databasens migreringar."),
                    [] => Results.Text("Ready", "text/plain"),
                    _ => Results.Problem(statusCode: 503, title: "Databasen behöver migreras",
                        detail: $"{pending.Count} migrering(ar) har inte körts ({string.Join(", ", pending)}). Kör: dotnet Narplan.Web.dll migrate"),
                };
            })
            .WithName("Readiness")
            .AllowAnonymous()
            .ExcludeFromDescription();
    }

    /// <summary><c>/health/live</c>: 200 while the process serves requests, without touching the database (liveness probe; the benchmark's trivial endpoint).</summary>
    public static void MapLiveness(this IEndpointRouteBuilder app) =>
        app.MapGet("/health/live", () => Results.Text("Live", "text/plain"))
            .WithName("Liveness")
            .AllowAnonymous()
            .ExcludeFromDescription();

    private static async Task<bool> CanConnectAsync(NarplanDbContext db, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            return await db.Database.CanConnectAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static async Task<IReadOnlyList<string>?> PendingMigrationsAsync(NarplanDbContext db, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            return (await db.Database.GetPendingMigrationsAsync(timeout.Token)).ToList();
        }
        catch (Exception e) when (DatabaseOutage.IsOutage(e) || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }
}
