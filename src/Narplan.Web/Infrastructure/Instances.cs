using Microsoft.AspNetCore.DataProtection;
using Narplan.Data.Postgres;
using Npgsql;

namespace Narplan.Web.Infrastructure;

/// <summary>Where the data-protection key ring is kept (<c>DataProtection:Store</c>, decision 0054).</summary>
public enum KeyStore
{
    /// <summary>A folder (<c>DataProtection:KeysPath</c>): the SQLite default, one instance.</summary>
    Folder,

    /// <summary>The <c>DataProtectionKeys</c> table: the PostgreSQL default, so every instance on the database shares the ring.</summary>
    Database,
}

/// <summary>
/// Several app instances on one PostgreSQL database (issue 23 item 4, decision 0054): one key ring in the database,
/// caches told of other instances' changes by <c>LISTEN/NOTIFY</c>, start-up work (migrations, demo data, the first
/// key) done by one instance at a time under an advisory lock.
/// </summary>
public static class Instances
{
    public static KeyStore KeyStoreOf(IConfiguration configuration, DatabaseSettings settings)
    {
        var text = configuration["DataProtection:Store"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return settings.Provider == DatabaseProvider.Postgres ? KeyStore.Database : KeyStore.Folder;
        }

        return Enum.TryParse<KeyStore>(text, ignoreCase: true, out var store)
            ? store
            : throw new InvalidOperationException($"DataProtection:Store is '{text}'; use 'Database' or 'Folder'.");
    }

    /// <summary>The key ring (sign-in cookies, antiforgery tokens) in the database or in a folder, and the change listener.</summary>
    public static WebApplicationBuilder AddNarplanInstances(this WebApplicationBuilder builder, DatabaseSettings settings, string keysPath)
    {
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("Narplan");
        if (KeyStoreOf(builder.Configuration, settings) == KeyStore.Database)
        {
            dataProtection.PersistKeysToDbContext<NarplanDbContext>();
        }
        else
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keysPath));
        }

        if (settings.Provider == DatabaseProvider.Postgres)
        {
            builder.Services.AddHostedService<PostgresChangeListener>();
        }

        return builder;
    }

    /// <summary>
    /// Runs <paramref name="work"/> while holding the start-up advisory lock on PostgreSQL, so two instances starting
    /// together do not both migrate, seed or make the first key; the second then finds the work done. SQLite: at once.
    /// </summary>
    public static async Task OneAtATimeAsync(DatabaseSettings settings, Func<Task> work, CancellationToken cancellationToken = default)
    {
        if (settings.Provider != DatabaseProvider.Postgres)
        {
            await work();
            return;
        }

        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Pooling = false, Enlist = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({PostgresNarplanDbContext.StartupLockKey})", connection))
        {
            take.CommandTimeout = 0;
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            await work();
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({PostgresNarplanDbContext.StartupLockKey})", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    /// <summary>With the key ring in the database, makes its first key now (under the start-up lock) rather than on two instances at once.</summary>
    public static void EnsureKeyRing(IServiceProvider services, IConfiguration configuration, DatabaseSettings settings)
    {
        if (KeyStoreOf(configuration, settings) == KeyStore.Database)
        {
            services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Narplan.Startup").Protect([1]);
        }
    }
}

/// <summary>
/// Listens on the PostgreSQL channel <see cref="PostgresNarplanDbContext.ChangeChannel"/> and moves the
/// <see cref="DataChangeSignal"/> when any instance commits audited changes, so this instance's caches forget within
/// milliseconds. While the connection is down the signal is deaf (caches are bypassed); it reconnects every second.
/// </summary>
public sealed class PostgresChangeListener(DatabaseSettings settings, DataChangeSignal signal, ILogger<PostgresChangeListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Its own connection outside the pool; keep-alives notice a silently dropped connection.
        var connectionString = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Pooling = false, Enlist = false, KeepAlive = 5 }.ConnectionString;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, _) => signal.Bump();
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand("LISTEN " + PostgresNarplanDbContext.ChangeChannel, connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                signal.Hearing();
                if (failures > 0)
                {
                    logger.LogInformation("Listening for other instances' changes again.");
                }

                failures = 0;
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                signal.Lost();
                if (failures++ == 0)
                {
                    logger.LogWarning(e, "Lost the connection that hears other instances' changes; caches are off until it is back.");
                }
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
