using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Data.Postgres;
using Narplan.Data.Sqlite;

namespace Narplan.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Where the data lives: <c>Database:Provider</c> and <c>ConnectionStrings:Narplan</c>.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>
    /// Connections one instance keeps to PostgreSQL at most (<c>Database:MaxPoolSize</c>, unless the connection string
    /// names its own <c>Maximum Pool Size</c>). Npgsql's own default, 100, equals PostgreSQL's default
    /// <c>max_connections</c>: one busy instance could take every connection the server has and the next request would
    /// fail to connect. Below the pool's size a request waits for a free connection instead (decision 0098).
    /// </summary>
    public const int DefaultMaxPoolSize = 30;

    /// <summary>
    /// Reads the settings; without a connection string SQLite uses <c>data/narplan.db</c> in the
    /// repository (found by walking up to Narplan.slnx), or next to the app when deployed alone.
    /// </summary>
    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var providerText = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider is '{providerText}'; use 'Sqlite' or 'Postgres'.");
        }

        var connectionString = configuration.GetConnectionString("Narplan");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Narplan is empty.");
            }

            connectionString = $"Data Source={DefaultSqlitePath(contentRoot)}";
        }

        if (provider == DatabaseProvider.Postgres)
        {
            connectionString = WithPoolCap(connectionString, configuration.GetValue("Database:MaxPoolSize", DefaultMaxPoolSize));
        }

        return new DatabaseSettings(provider, connectionString);
    }

    /// <summary>
    /// The PostgreSQL connection string with <c>Maximum Pool Size</c> set to <paramref name="cap"/>, unless the string
    /// already sets it (an explicit choice wins). Every pooled connection the app opens (the EF contexts) uses this string;
    /// the change listener and the start-up lock open one unpooled connection each besides the pool.
    /// </summary>
    public static string WithPoolCap(string connectionString, int cap)
    {
        if (cap < 1)
        {
            throw new InvalidOperationException($"Database:MaxPoolSize is {cap}; it must be at least 1.");
        }

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Remove("Maximum Pool Size"))
        {
            return connectionString;
        }

        builder.MaxPoolSize = cap;
        if (builder.MinPoolSize > cap)
        {
            builder.MinPoolSize = cap;
        }

        return builder.ConnectionString;
    }

    public static string DefaultSqlitePath(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Narplan.slnx")))
            {
                return Path.Combine(dir.FullName, "data", "narplan.db");
            }
        }

        return Path.Combine(contentRoot, "data", "narplan.db");
    }
}

public static class DataSetup
{
    /// <summary>Registers <see cref="NarplanDbContext"/> on the configured provider, with the audit log.</summary>
    public static IServiceCollection AddNarplanData(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        // On PostgreSQL other instances' changes arrive by LISTEN/NOTIFY; until the listener hears them caches stay off.
        services.AddSingleton(new DataChangeSignal(startsDeaf: settings.Provider == DatabaseProvider.Postgres));
        services.AddScoped<AuditSaveChangesInterceptor>();
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteDirectory(settings.ConnectionString);
                services.AddDbContext<NarplanDbContext, SqliteNarplanDbContext>((sp, options) =>
                    ConfigureSqlite(options, settings.ConnectionString).AddInterceptors(sp.GetRequiredService<AuditSaveChangesInterceptor>()));
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContext<NarplanDbContext, PostgresNarplanDbContext>((sp, options) =>
                    ConfigurePostgres(options, settings.ConnectionString).AddInterceptors(sp.GetRequiredService<AuditSaveChangesInterceptor>()));
                break;
        }

        return services;
    }

    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(NarplanDbContext).Assembly.FullName));

    public static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(NarplanDbContext).Assembly.FullName));

    private static void EnsureSqliteDirectory(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory) && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(directory);
        }
    }
}
