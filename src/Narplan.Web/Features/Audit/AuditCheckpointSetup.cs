using System.Data.Common;
using System.Security.Cryptography;

namespace Narplan.Web.Features.Audit;

/// <summary>
/// Audit checkpoints (decision 0033): the key, the file outside the database, and the background
/// writer that seals the chain head after every <c>Audit:CheckpointEvery</c> rows and at least
/// every <c>Audit:CheckpointInterval</c> while rows are added.
/// </summary>
public static class AuditCheckpointSetup
{
    public const string KeyFileName = "audit-checkpoint.key";

    public static WebApplicationBuilder AddAuditCheckpoints(this WebApplicationBuilder builder, DatabaseSettings database, string keysPath)
    {
        var configuration = builder.Configuration;
        var settings = new AuditCheckpointSettings(Key(configuration, keysPath), FilePath(configuration, database, builder.Environment.ContentRootPath))
        {
            Every = configuration.GetValue("Audit:CheckpointEvery", 100),
            Interval = configuration.GetValue("Audit:CheckpointInterval", TimeSpan.FromMinutes(10)),
        };
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(new AuditCheckpointSignal(settings.Every));
        builder.Services.AddSingleton<AuditCheckpoints>();
        builder.Services.AddHostedService<AuditCheckpointWriter>();
        return builder;
    }

    /// <summary>
    /// <c>Audit:CheckpointKey</c> when configured (production: from a secret store, not the
    /// database). Otherwise a random key kept in <c>audit-checkpoint.key</c> in the data-protection
    /// key folder (data/keys/ for the demo), made on first start; several instances sharing that
    /// folder share the key.
    /// </summary>
    public static AuditCheckpointKey Key(IConfiguration configuration, string keysPath)
    {
        if (configuration["Audit:CheckpointKey"] is { Length: > 0 } text)
        {
            return AuditCheckpointKey.FromText(text);
        }

        var file = Path.Combine(keysPath, KeyFileName);
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(keysPath);
            var draft = file + "." + Guid.NewGuid().ToString("N");
            File.WriteAllText(draft, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            try
            {
                // Atomic: an instance starting at the same moment either wins or reads the winner's key.
                File.Move(draft, file, overwrite: false);
            }
            catch (IOException) when (File.Exists(file))
            {
                File.Delete(draft);
            }
        }

        return AuditCheckpointKey.FromText(File.ReadAllText(file));
    }

    /// <summary>
    /// <c>Audit:CheckpointFile</c>, else beside the SQLite file (data/narplan-audit-checkpoints.jsonl
    /// for the demo), else data/audit-checkpoints-&lt;database&gt;.jsonl for PostgreSQL.
    /// </summary>
    public static string FilePath(IConfiguration configuration, DatabaseSettings database, string contentRoot)
    {
        if (configuration["Audit:CheckpointFile"] is { Length: > 0 } configured)
        {
            return configured;
        }

        if (database.Provider == DatabaseProvider.Sqlite
            && new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource is { Length: > 0 } file
            && file != ":memory:")
        {
            var full = Path.GetFullPath(file);
            return Path.Combine(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full) + "-audit-checkpoints.jsonl");
        }

        var builder = new DbConnectionStringBuilder { ConnectionString = database.ConnectionString };
        var name = builder.TryGetValue("Database", out var value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : "narplan";
        return Path.Combine(Path.GetDirectoryName(DatabaseSettings.DefaultSqlitePath(contentRoot))!, $"audit-checkpoints-{name}.jsonl");
    }
}

/// <summary>
/// Seals the chain head when a save passes a multiple of <c>Audit:CheckpointEvery</c>, at least
/// every <c>Audit:CheckpointInterval</c> when there are new rows, and once more on an orderly stop.
/// A failed attempt is logged and tried again at the next wake-up.
/// </summary>
public sealed class AuditCheckpointWriter(
    IServiceScopeFactory scopes, AuditCheckpoints checkpoints, AuditCheckpointSignal signal, ILogger<AuditCheckpointWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await SealAsync(stoppingToken);
            try
            {
                await signal.WaitAsync(checkpoints.Settings.Interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await SealAsync(cancellationToken);
    }

    private async Task SealAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await checkpoints.SealHeadAsync(scope.ServiceProvider.GetRequiredService<NarplanDbContext>(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The audit chain head could not be sealed; trying again later.");
        }
    }
}
